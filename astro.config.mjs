// @ts-check
import { defineConfig } from "astro/config";
import react from "@astrojs/react";
import { SITE_URL } from "./src/lib/site.ts";
import { sitemapIntegration } from "./src/lib/sitemap.ts";
import { CSP_DIRECTIVES } from "./src/lib/security/policy.ts";

export default defineConfig({
  site: SITE_URL,
  output: "static",
  trailingSlash: "always",
  integrations: [react(), sitemapIntegration()],
  i18n: {
    locales: ["vi", "en"],
    defaultLocale: "vi",
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  build: { format: "directory" },
  server: { host: "127.0.0.1", port: 4321 },
  // A Content Security Policy in every page's <meta>, with hashes of its inline scripts and styles:
  // no 'unsafe-inline', no 'unsafe-eval'. Response headers: src/pages/[headers].ts.
  security: { csp: { directives: [...CSP_DIRECTIVES] } },
  // No Markdown code blocks on the site; Shiki's inline styles would need 'unsafe-inline'.
  markdown: { syntaxHighlight: false },
});
