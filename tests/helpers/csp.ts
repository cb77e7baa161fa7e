// Reading a page's Content Security Policy (<meta http-equiv="content-security-policy">) and
// checking it against the page: every inline script and style must carry a hash the policy
// lists, no directive may fall back on 'unsafe-inline' or 'unsafe-eval', and no markup may need
// them (style="" attributes, on* handlers, javascript: URLs).
import { createHash } from "node:crypto";
import { parseAttributes, stripNonMarkup, tagsNamed } from "./dist.ts";
import { inlineBlocks } from "./page-weight.ts";

export type Policy = ReadonlyMap<string, readonly string[]>;

export function parsePolicy(text: string): Policy {
  const policy = new Map<string, string[]>();
  for (const part of text.split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), values);
  }
  return policy;
}

/** The policy a page's <meta> declares, or null when it has none. */
export function metaPolicy(html: string): Policy | null {
  const meta = tagsNamed(stripNonMarkup(html), "meta").find((m) => m.get("http-equiv")?.toLowerCase() === "content-security-policy");
  const content = meta?.get("content");
  return content === undefined ? null : parsePolicy(content);
}

/** The hash source CSP matches an inline block's exact text against. */
export const sha256Source = (text: string): string => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** The sources a directive falls back on when the page's policy does not set it (CSP3 §6.8). */
const FALLBACK: Readonly<Record<string, readonly string[]>> = {
  "script-src-elem": ["script-src-elem", "script-src", "default-src"],
  "style-src-elem": ["style-src-elem", "style-src", "default-src"],
  "script-src-attr": ["script-src-attr", "script-src", "default-src"],
  "style-src-attr": ["style-src-attr", "style-src", "default-src"],
};
export function effective(policy: Policy, directive: keyof typeof FALLBACK): readonly string[] | undefined {
  for (const name of FALLBACK[directive]!) {
    const v = policy.get(name);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** Everything on one page the policy would block, or that weakens it. Empty when all is well. */
export function cspProblems(path: string, html: string): string[] {
  const policy = metaPolicy(html);
  if (policy === null) return [`${path}: no <meta http-equiv="content-security-policy">`];
  const problems: string[] = [];
  for (const [name, values] of policy) {
    for (const v of values) if (/^'unsafe-(inline|eval|hashes)'$/i.test(v)) problems.push(`${path}: ${name} allows ${v}`);
  }
  const scriptSrc = effective(policy, "script-src-elem");
  const styleSrc = effective(policy, "style-src-elem");
  if (scriptSrc === undefined) problems.push(`${path}: the policy sets neither script-src nor default-src`);
  if (styleSrc === undefined) problems.push(`${path}: the policy sets neither style-src nor default-src`);
  const { scripts, styles } = inlineBlocks(html);
  for (const s of scripts) {
    // JSON-LD and other data blocks never run, so the policy does not apply to them.
    if (s.attrs.has("src") || /json|importmap/i.test(s.type)) continue;
    const hash = sha256Source(s.code);
    if (!scriptSrc?.includes(hash)) problems.push(`${path}: inline script ${hash} (${s.code.slice(0, 60)}…) is not in script-src`);
  }
  for (const css of styles) {
    const hash = sha256Source(css);
    if (!styleSrc?.includes(hash)) problems.push(`${path}: inline style ${hash} (${css.slice(0, 60)}…) is not in style-src`);
  }
  const markup = stripNonMarkup(html);
  const attrs = [...markup.matchAll(/<([a-zA-Z][\w:-]*)\b(?:[^>"]|"[^"]*")*>/g)].flatMap((m) =>
    [...parseAttributes(m[0]).keys()].filter((a) => a === "style" || /^on[a-z]+$/.test(a)).map((a) => `<${m[1]} ${a}="…">`),
  );
  for (const a of new Set(attrs)) problems.push(`${path}: ${a} needs 'unsafe-inline'`);
  if (/\s(?:href|src|action)\s*=\s*["']?\s*javascript:/i.test(markup)) problems.push(`${path}: a javascript: URL`);
  return problems;
}

/** Names of the headers a `_headers` file sets for every path ("/*"), lower-cased, with their values. */
export function headersForAll(file: string): Map<string, string> {
  const out = new Map<string, string>();
  let inAll = false;
  for (const line of file.split("\n")) {
    if (/^\S/.test(line)) inAll = line.trim() === "/*";
    else if (inAll && line.includes(":")) {
      const i = line.indexOf(":");
      out.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
    }
  }
  return out;
}
