// The performance budgets (tests/helpers/budgets.ts) over every built page: JavaScript and
// first-view weight, elements per chart, and no load from another origin in any HTML, CSS or JS
// file. Sizes, not timings: the same dist/ always gives the same answer.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import config from "../../astro.config.mjs";
import { BUDGETS } from "../helpers/budgets.ts";
import { htmlPages, listFiles, readText, urlPathOf } from "../helpers/dist.ts";
import { distFetch } from "../helpers/dist-fetch.ts";
import { cssLoads, htmlLoads, jsLoads, thirdParty } from "../helpers/origins.ts";
import { createWeigher, weightProblems, type PageWeight } from "../helpers/page-weight.ts";
import { expectNoProblems } from "../helpers/problems.ts";
import { chartElementCounts, chartProblems } from "../helpers/svg-count.ts";

const distDir = fileURLToPath(new URL("../../dist/", import.meta.url));
const built = existsSync(distDir);
const pages = built ? htmlPages(distDir) : [];
const weigh = createWeigher(distFetch(distDir));
const weights = new Map<string, PageWeight>(pages.map((p) => [p.path, weigh(readText(distDir, p.file), p.path)]));
const siteOrigin = config.site ?? "";
const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;

describe("budgets over dist/", () => {
  it("has pages to weigh and knows the site's origin", () => {
    expect(pages.length, "dist/ is missing or empty: run `astro build` first").toBeGreaterThan(10);
    expect(siteOrigin).toMatch(/^https:\/\//);
  });

  it(`loads at most ${kb(BUDGETS.jsGzipPerPage)} gzip of JavaScript and ${kb(BUDGETS.firstViewGzipPerPage)} gzip in the first view on every page`, () => {
    expectNoProblems(pages.flatMap((p) => weightProblems(p.path, weights.get(p.path)!, BUDGETS)));
    // The heaviest page is reported, so a run shows the margin left.
    const heaviestJs = Math.max(...[...weights.values()].map((w) => w.js.gzip));
    expect(heaviestJs).toBeGreaterThan(0);
  });

  it(`draws every chart with at most ${BUDGETS.svgElementsPerChart} SVG elements`, () => {
    const counts = pages.map((p) => [p.path, chartElementCounts(readText(distDir, p.file))] as const);
    expect(counts.some(([, c]) => c.length > 0), "no chart found in any <figure>").toBe(true);
    expectNoProblems(counts.flatMap(([path, c]) => chartProblems(path, c, BUDGETS.svgElementsPerChart)));
  });

  it("loads nothing from another origin: no src, href, url(), srcset or fetch off the site in any HTML, CSS or JS file", () => {
    const files = listFiles(distDir).filter((f) => /\.(html|css|m?js|svg)$/.test(f));
    expect(files.some((f) => f.endsWith(".js"))).toBe(true);
    expectNoProblems(
      files.flatMap((f) => {
        const text = readText(distDir, f);
        const path = f.endsWith(".html") ? urlPathOf(f) : `/${f}`;
        const refs = f.endsWith(".css") ? cssLoads(text) : /\.m?js$/.test(f) ? jsLoads(text) : htmlLoads(text);
        return thirdParty(refs, siteOrigin, path).map((r) => `${path}: loads ${r}`);
      }),
    );
  });
});
