// sitemap.xml of every page, written when the build is done: Astro's own list of built pages
// is the one that cannot miss a route. Each page names its twin in the other language.
import { writeFileSync } from "node:fs";
import type { AstroIntegration } from "astro";
import { SITE_URL } from "./site.ts";

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Page paths ("/vi/papi/") as sitemap XML, sorted; twins linked by hreflang. */
export function sitemapXml(site: string, paths: readonly string[]): string {
  const set = new Set(paths);
  const urls = [...set].sort().map((p) => {
    const twins = (["vi", "en"] as const)
      .map((lang) => [lang, p.replace(/^\/(vi|en)\//, `/${lang}/`)] as const)
      .filter(([, twin]) => set.has(twin))
      .map(([lang, twin]) => `\n    <xhtml:link rel="alternate" hreflang="${lang}" href="${escape(site + twin)}"/>`)
      .join("");
    return `  <url>\n    <loc>${escape(site + p)}</loc>${twins}\n  </url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("\n")}\n</urlset>\n`;
}

/** The pages worth listing: those under /vi/ and /en/ (not downloads, redirects or the 404 page). */
export function sitemapPaths(pathnames: readonly string[]): string[] {
  return pathnames
    .map((p) => `/${p.replace(/^\/+/, "")}`)
    .map((p) => (p.endsWith("/") || /\.[a-z0-9]+$/i.test(p) ? p : `${p}/`))
    .filter((p) => /^\/(vi|en)\//.test(p) && !/\.[a-z0-9]+$/i.test(p));
}

export function sitemapIntegration(): AstroIntegration {
  return {
    name: "minh-bach-sitemap",
    hooks: {
      "astro:build:done": ({ pages, dir, logger }) => {
        const paths = sitemapPaths(pages.map((p) => p.pathname));
        writeFileSync(new URL("sitemap.xml", dir), sitemapXml(SITE_URL, paths));
        logger.info(`sitemap.xml: ${paths.length} pages`);
      },
    },
  };
}
