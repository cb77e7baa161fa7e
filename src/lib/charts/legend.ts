// Colour classes for the tile map: a threshold scale on round numbers with at most seven steps
// of the sequential palette, so a legend prints "40–41", not "40.2857–41.5714".
import { bisectRight, ticks } from "d3";
import { SEQUENTIAL } from "./palette.ts";

/** One colour class: values v with lo ≤ v < hi (the last class also takes v = hi). */
export interface LegendClass {
  index: number;
  lo: number;
  hi: number;
  fill: string;
}

export interface Classes {
  /** Inner class boundaries, ascending; a value's class is the number of thresholds ≤ it. */
  thresholds: number[];
  classes: LegendClass[];
}

/**
 * Classes covering [lo, hi] exactly: the ends are the domain's own ends and the inner boundaries
 * are the finest round ticks (d3.ticks: 1, 2 or 5 × 10^k) that make at most `maxClasses`
 * classes. Fewer classes take palette steps spread from lightest to darkest, so the darkest
 * always marks the top class. lo = hi gives one class.
 */
export function thresholdClasses(lo: number, hi: number, maxClasses = SEQUENTIAL.length): Classes {
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || hi < lo) throw new RangeError(`legend: bad domain [${lo}, ${hi}]`);
  const limit = Math.min(Math.max(1, Math.floor(maxClasses)), SEQUENTIAL.length);
  let thresholds: number[] = [];
  if (hi > lo) {
    for (let n = 1; n <= 40; n++) {
      const inner = ticks(lo, hi, n).filter((t) => t > lo && t < hi);
      if (inner.length <= limit - 1 && inner.length > thresholds.length) thresholds = inner;
    }
  }
  const k = thresholds.length + 1;
  const bounds = [lo, ...thresholds, hi];
  const step = (i: number) => (k === 1 ? SEQUENTIAL.length - 1 : Math.round((i * (SEQUENTIAL.length - 1)) / (k - 1)));
  const classes = Array.from({ length: k }, (_, i) => ({ index: i, lo: bounds[i]!, hi: bounds[i + 1]!, fill: SEQUENTIAL[step(i)]! }));
  return { thresholds, classes };
}

/** Class index of `value` (clamped to the first and last class). */
export function classify(value: number, thresholds: readonly number[]): number {
  return bisectRight(thresholds, value);
}
