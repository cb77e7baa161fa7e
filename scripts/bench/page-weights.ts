// Page weight per page type over a built site: HTML, CSS and JS raw and gzip, the first view, and
// the SVG elements of each chart — measured by the same code as the dist budget tests.
import { existsSync } from "node:fs";
import { distFetch } from "../../tests/helpers/dist-fetch.ts";
import { readText } from "../../tests/helpers/dist.ts";
import { PAGE_TYPES } from "../../tests/helpers/page-types.ts";
import { createWeigher, type Sized } from "../../tests/helpers/page-weight.ts";
import { chartElementCounts } from "../../tests/helpers/svg-count.ts";

/** The page types the benchmark reports, by their id in tests/helpers/page-types.ts. */
export const BENCH_TYPES: readonly { name: string; id: RegExp }[] = [
  { name: "home", id: /^home$/ },
  { name: "index edition", id: /^papi-edition$/ },
  { name: "province", id: /^province-34-merged$/ },
  { name: "compare", id: /^compare$/ },
  { name: "directive", id: /^directive$/ },
  { name: "search", id: /^search$/ },
  // The dataset page type, once the site has one.
  { name: "dataset", id: /^dataset/ },
];

export interface PageWeightRow {
  type: string;
  path: string;
  html: Sized;
  /** Stylesheet files plus inline <style> blocks (whose bytes are also in `html`). */
  css: Sized;
  js: Sized;
  images: Sized;
  firstViewGzip: number;
  charts: number;
  maxSvgElements: number;
  svgElements: number;
}

/** Vietnamese path of each benchmark page type that the site has. */
export function benchPaths(): { type: string; path: string }[] {
  return BENCH_TYPES.flatMap((b) => {
    const t = PAGE_TYPES.find((p) => b.id.test(p.id));
    return t ? [{ type: b.name, path: t.vi }] : [];
  });
}

export function pageWeights(distDir: string): PageWeightRow[] {
  const weigh = createWeigher(distFetch(distDir));
  return benchPaths().flatMap(({ type, path }) => {
    const file = `${path.replace(/^\//, "")}index.html`;
    if (!existsSync(`${distDir}/${file}`)) return [];
    const html = readText(distDir, file);
    const w = weigh(html, path);
    const charts = chartElementCounts(html).map((c) => c.elements);
    return [{
      type,
      path,
      html: w.html,
      css: { raw: w.css.raw + w.inlineCss.raw, gzip: w.css.gzip + w.inlineCss.gzip },
      js: w.js,
      images: w.images,
      firstViewGzip: w.firstView.gzip,
      charts: charts.length,
      maxSvgElements: Math.max(0, ...charts),
      svgElements: charts.reduce((a, b) => a + b, 0),
    }];
  });
}
