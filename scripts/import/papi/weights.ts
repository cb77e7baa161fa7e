// The 2019 weighted PAPI total comes without its weights. If it is a fixed weighted sum of the
// eight 1–10 dimension scores, least squares recovers the weights, and they bound the scale.
import type { WeightedScale } from "./codebook.ts";

/** Solves min ‖Xw − y‖² through the normal equations (8 unknowns, Gaussian elimination). */
export function leastSquares(x: readonly number[][], y: readonly number[]): number[] {
  const k = x[0]!.length;
  const a: number[][] = Array.from({ length: k }, (_, i) => [
    ...Array.from({ length: k }, (_, j) => x.reduce((s, r) => s + r[i]! * r[j]!, 0)),
    x.reduce((s, r, n) => s + r[i]! * y[n]!, 0),
  ]);
  for (let c = 0; c < k; c++) {
    let p = c;
    for (let r = c + 1; r < k; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[p]![c]!)) p = r;
    [a[c], a[p]] = [a[p]!, a[c]!];
    for (let r = 0; r < k; r++) {
      if (r === c) continue;
      const f = a[r]![c]! / a[c]![c]!;
      for (let j = c; j <= k; j++) a[r]![j]! -= f * a[c]![j]!;
    }
  }
  return a.map((r, i) => r[k]! / r[i]!);
}

/**
 * The scale of the weighted total implied by the data: weights w fitted on the provinces with all
 * dimensions, range [Σw·1, Σw·10] widened outward to 2 decimals. Throws if the fit is not exact,
 * because then the weighted total is not such a sum and the bound would be unfounded.
 */
export function weightedScale(dims: readonly number[][], weighted: readonly number[]): WeightedScale & { residual: number } {
  const w = leastSquares(dims, weighted);
  const residual = Math.max(...dims.map((r, n) => Math.abs(r.reduce((s, v, j) => s + v * w[j]!, 0) - weighted[n]!)));
  if (residual > 1e-4) throw new Error(`weighted total is not a weighted sum of the dimensions (max residual ${residual})`);
  const sum = w.reduce((s, v) => s + v, 0);
  const min = (Math.floor(sum * 100) / 100).toFixed(2);
  const max = (Math.ceil(sum * 10 * 100) / 100).toFixed(2);
  const note = `Weighted aggregate of the eight dimension scores, on its own scale: not comparable with the unweighted total. ` +
    `The weights are not printed in our sources; the ${dims.length} provincial values of 2019 fit weighted = Σ w·dimension ` +
    `with w = ${w.map((v) => v.toFixed(3)).join(", ")} for dimensions 1–8 (least squares, largest residual ${residual.toExponential(1)}), ` +
    `Σw = ${sum.toFixed(3)}, so with dimensions on 1–10 the score lies in ${min}–${max} (bounds computed by the import, widened to 2 decimals).`;
  return { min, max, note, residual };
}
