// How one edition's values spread: counts per interval of "nice" width, and the median and
// quartiles (computed by us; the chart and its summary say so).
import { bin, ticks } from "d3";
import { spread } from "../charts/median.ts";
import type { ColumnDef, DistributionInput } from "./types.ts";

/** About this many intervals: enough to see a shape in 63 values, few enough to read on a phone. */
const INTERVALS = 8;

export function distributionOf(values: readonly { id: string; label: string; value: number }[], column: Pick<ColumnDef, "unit">): DistributionInput {
  const xs = values.map((d) => d.value);
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  // Thresholds on round numbers covering [lo, hi]; the last interval is closed, so the maximum counts.
  const step = ticks(lo, hi, INTERVALS);
  const width = step.length > 1 ? step[1]! - step[0]! : 1;
  const start = Math.floor(lo / width) * width;
  const thresholds: number[] = [];
  for (let x = start; x <= hi; x = Number((x + width).toPrecision(12))) thresholds.push(x);
  const domain: [number, number] = [start, Number((thresholds[thresholds.length - 1]! + width).toPrecision(12))];
  const bins = bin<{ id: string; value: number }, number>().value((d) => d.value).domain(domain).thresholds(thresholds.slice(1))(values);
  const s = values.length >= 2 ? spread(xs) : null;
  return {
    unit: column.unit,
    bins: bins.map((b) => ({ x0: b.x0!, x1: b.x1!, count: b.length, ids: b.map((d) => d.id) })),
    values: [...values].sort((a, b) => a.value - b.value || a.id.localeCompare(b.id)),
    median: s?.median ?? null,
    q1: s?.q1 ?? null,
    q3: s?.q3 ?? null,
  };
}
