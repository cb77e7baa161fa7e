// Generated test data for the chart layouts: deterministic (a seeded LCG, never Math.random) and
// plainly synthetic ("Unit 07"), so no test figure can be mistaken for a real one.

/** A seeded pseudo-random stream in [0, 1). */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export const unitId = (i: number) => `u${String(i + 1).padStart(2, "0")}`;
export const unitLabel = (i: number) => `Unit ${String(i + 1).padStart(2, "0")}`;

/** `n` values crowded in [lo, hi], with four decimals like the PAPI totals. */
export function crowded(n: number, lo: number, hi: number, seed = 1): number[] {
  const r = lcg(seed);
  return Array.from({ length: n }, () => Math.round((lo + r() * (hi - lo)) * 1e4) / 1e4);
}

/** Start indexes of every "M" command in an SVG path string: one per drawn segment. */
export function moveCount(path: string): number {
  return (path.match(/M/g) ?? []).length;
}
