// "JavaScript only where a chart or the search box needs it": over the built pages, a page with no
// interactive island loads no script at all — no <script src> and no inline script, except JSON-LD
// (data, not code). Charts are SVG rendered at build time; only islands hydrate.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { htmlPages, parseAttributes, readText } from "../helpers/dist.ts";
import { PAGE_TYPES } from "../helpers/page-types.ts";
import { expectNoProblems } from "../helpers/problems.ts";

const distDir = fileURLToPath(new URL("../../dist/", import.meta.url));
const pages = existsSync(distDir) ? htmlPages(distDir) : [];

/** Every <script> start tag of a page, with its attributes. */
function scriptsOf(html: string): { src: string | undefined; type: string }[] {
  return [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => {
    const attrs = parseAttributes(m[0]);
    return { src: attrs.get("src"), type: (attrs.get("type") ?? "").toLowerCase() };
  });
}

const hasIsland = (html: string) => /<astro-island\b/i.test(html);

/**
 * The only pages allowed an island, by path below /[lang]/: Compare, the search page and the full
 * directives list (its search box). Filter pages, documents and every other page stay script-free;
 * the header's search is a plain form.
 */
const ISLAND_PAGES = new Set(["compare/", "search/", "directives/"]);
const pathBelowLang = (path: string) => path.replace(/^\/(vi|en)\//, "");

describe("scripts in dist/", () => {
  it("finds built pages to check", () => {
    expect(pages.length, "dist/ is missing or empty: run `astro build` first").toBeGreaterThan(10);
  });

  it("loads no script on a page without an interactive chart (JSON-LD excepted)", () => {
    expectNoProblems(
      pages.flatMap((p) => {
        const html = readText(distDir, p.file);
        if (hasIsland(html)) return [];
        return scriptsOf(html)
          .filter((s) => s.type !== "application/ld+json")
          .map((s) => `${p.path}: ${s.src === undefined ? "an inline <script>" : `<script src="${s.src}">`}`);
      }),
    );
  });

  it("hydrates islands only on the Compare, search and directives-list pages", () => {
    expectNoProblems(
      pages.flatMap((p) => {
        if (!hasIsland(readText(distDir, p.file))) return [];
        return ISLAND_PAGES.has(pathBelowLang(p.path)) ? [] : [`${p.path}: has an interactive island`];
      }),
    );
    for (const path of ["/vi/search/", "/en/search/", "/vi/directives/", "/en/directives/"]) {
      const page = pages.find((p) => p.path === path);
      expect(page && hasIsland(readText(distDir, page.file)), `${path} has its search island`).toBe(true);
    }
  });

  it("keeps the edition, province, provinces and agencies pages free of islands (their charts are static SVG)", () => {
    const ids = /edition$|^province|^agencies$/;
    const paths = PAGE_TYPES.filter((t) => ids.test(t.id)).flatMap((t) => [t.vi, t.en]);
    expect(paths.length).toBeGreaterThan(0);
    expectNoProblems(
      paths.flatMap((path) => {
        const page = pages.find((p) => p.path === path);
        if (!page) return [`${path}: not built`];
        return hasIsland(readText(distDir, page.file)) ? [`${path}: has an interactive island`] : [];
      }),
    );
  });
});
