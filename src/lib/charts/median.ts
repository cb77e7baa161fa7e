// The national middle of an edition: median and interquartile range of all units' values.
import { quantileSorted } from "d3";

export interface Spread {
  median: number;
  /** First and third quartiles (d3.quantile's R-7 method: linear between order statistics). */
  q1: number;
  q3: number;
  /** Units with a value: missing values are left out, never counted as 0. */
  n: number;
}

/** Median and quartiles of the values present; null when no unit has a value. */
export function spread(values: readonly (number | null)[]): Spread | null {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (present.length === 0) return null;
  return {
    median: quantileSorted(present, 0.5)!,
    q1: quantileSorted(present, 0.25)!,
    q3: quantileSorted(present, 0.75)!,
    n: present.length,
  };
}
