// The performance budgets (issue 6), in one place: the dist tests enforce them over every built
// page, the benchmark (`npm run bench`) reports against them. Sizes are bytes after gzip at
// zlib's default level (what a static host sends); 1 KB = 1,000 bytes.

export const BUDGETS = {
  /** JavaScript a page can load: every script, inline or not, and every module they import. */
  jsGzipPerPage: 110_000,
  /** HTML + CSS + JS + images (+ fonts) a page loads before anyone touches it. */
  firstViewGzipPerPage: 250_000,
  /** Elements inside one chart (an <svg> in a <figure>), the <svg> itself included. */
  svgElementsPerChart: 1_000,
} as const;

export type Budgets = typeof BUDGETS;

/** Benchmark targets (Lighthouse 13, mobile profile; scores 0–100) and build scaling. */
export const TARGETS = {
  lighthousePerformance: 95,
  lighthouseAccessibility: 100,
  lighthouseBestPractices: 100,
  /** Peak resident memory of `astro build` at 10× the rows. */
  buildPeakBytesAt10x: 2 * 1024 ** 3,
  /** 100× the rows in no more than about 100× the build time. */
  buildTimeRatioAt100x: 100,
} as const;
