// The site's security policy, in one place: astro.config.mjs gives CSP_DIRECTIVES to Astro's
// `security.csp` (which adds script-src and style-src with a hash of every inline script and
// style of each page, in a <meta http-equiv="content-security-policy">), and the _headers
// endpoint serves the response headers a <meta> cannot carry.

/**
 * Directives every page's <meta> policy carries besides Astro's hashed script-src and
 * style-src. Everything the site loads is its own: no other origin, no plugin, no <base>, forms
 * submit only to the site (the header's search form).
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * A second policy, sent as a header. Browsers enforce both policies, so this one holds only what
 * a <meta> policy cannot (frame-ancestors) and restrictions that never involve scripts or
 * styles: a default-src here would block the inline scripts the <meta> policy allows by hash.
 */
export const HEADER_CSP = ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"].join("; ");

/** Response headers for every path, for hosts that read a `_headers` file (Netlify, Cloudflare Pages). */
export const RESPONSE_HEADERS: readonly (readonly [string, string])[] = [
  ["Content-Security-Policy", HEADER_CSP],
  // Two years, the preload list's minimum is one; subdomains included.
  ["Strict-Transport-Security", "max-age=63072000; includeSubDomains"],
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", "strict-origin-when-cross-origin"],
  // frame-ancestors for browsers that predate it.
  ["X-Frame-Options", "DENY"],
];

/** The `_headers` file: one rule for every path. */
export function headersFile(headers: readonly (readonly [string, string])[] = RESPONSE_HEADERS): string {
  return ["/*", ...headers.map(([name, value]) => `  ${name}: ${value}`), ""].join("\n");
}
