// "JavaScript only where a chart or the search box needs it": over the built pages, a page with no
// interactive island loads no script at all — no <script src>, no inline script (JSON-LD, data,
// not code, excepted) and no preloaded module. Charts are SVG rendered at build time; only islands
// hydrate. The rule itself is tests/helpers/scripts.ts, unit-tested on pages that break it.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { htmlPages, readText } from "../helpers/dist.ts";
import { distFetch } from "../helpers/dist-fetch.ts";
import { PAGE_TYPES } from "../helpers/page-types.ts";
import { createWeigher } from "../helpers/page-weight.ts";
import { expectNoProblems } from "../helpers/problems.ts";
import { hasIsland, scriptsWithoutIsland } from "../helpers/scripts.ts";

const distDir = fileURLToPath(new URL("../../dist/", import.meta.url));
const pages = existsSync(distDir) ? htmlPages(distDir) : [];

/**
 * The only pages allowed an island, by path below /[lang]/: Compare, the search page and the full
 * directives list (its search box). Filter pages, documents and every other page stay script-free;
 * the header's search is a plain form.
 */
const ISLAND_PAGES = new Set(["compare/", "search/", "directives/"]);
const weigh = createWeigher(distFetch(distDir));
const pathBelowLang = (path: string) => path.replace(/^\/(vi|en)\//, "");

describe("scripts in dist/", () => {
  it("finds built pages to check", () => {
    expect(pages.length, "dist/ is missing or empty: run `astro build` first").toBeGreaterThan(10);
  });

  it("loads no script on a page without an interactive chart (JSON-LD excepted)", () => {
    expectNoProblems(
      pages.flatMap((p) => {
        const html = readText(distDir, p.file);
        return scriptsWithoutIsland(p.path, html, hasIsland(html) ? undefined : weigh(html, p.path));
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
