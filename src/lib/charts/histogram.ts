// How one edition's values spread (layout layer; the bins come from views/distribution.ts, built
// with d3.bin on round thresholds). Bars per interval with their counts, and the median and
// interquartile range marked under the axis, so the shape reads without colour.
import { scaleLinear } from "d3";
import { FONT, LINE, VIEW_WIDTH } from "./chart-sizes.ts";
import type { Tick } from "./types.ts";

export interface HistogramInput {
  /** Intervals [x0, x1), the last one closed, with how many units fall in each. */
  bins: readonly { x0: number; x1: number; count: number }[];
  median: number | null;
  q1: number | null;
  q3: number | null;
}

export interface HistogramBar {
  x: number;
  y: number;
  width: number;
  height: number;
  count: number;
  x0: number;
  x1: number;
  /** Where the count label sits (above the bar). */
  labelX: number;
  labelY: number;
}

export interface HistogramLayout {
  width: number;
  height: number;
  fontSize: number;
  bars: HistogramBar[];
  ticks: Tick[];
  axisY: number;
  baseline: number;
  /** The median tick and the interquartile bar, under the axis labels; null below two values. */
  spread: { median: number; q1: number; q3: number; y: number; labelY: number } | null;
}

export function layout(input: HistogramInput, size: { width?: number; height?: number } = {}, options: { fontSize?: number } = {}): HistogramLayout {
  const width = size.width ?? VIEW_WIDTH;
  const fontSize = options.fontSize ?? FONT;
  const plotTop = fontSize + 6;
  const plotHeight = size.height ?? 150;
  const baseline = plotTop + plotHeight;
  const axisY = baseline + fontSize + 4;
  const spreadY = axisY + 14;
  const height = input.median === null ? axisY + 6 : spreadY + LINE + 6;
  const margin = 8;
  const bins = input.bins;
  if (bins.length === 0) return { width, height: axisY + 6, fontSize, bars: [], ticks: [], axisY, baseline, spread: null };

  const x = scaleLinear().domain([bins[0]!.x0, bins[bins.length - 1]!.x1]).range([margin, width - margin]);
  const maxCount = Math.max(1, ...bins.map((b) => b.count));
  const y = scaleLinear().domain([0, maxCount]).range([baseline, plotTop + fontSize + 2]);
  const bars = bins.map((b): HistogramBar => {
    const x0 = x(b.x0) + 1;
    const w = Math.max(1, x(b.x1) - x(b.x0) - 2);
    const top = y(b.count);
    return { x: x0, y: top, width: w, height: baseline - top, count: b.count, x0: b.x0, x1: b.x1, labelX: x0 + w / 2, labelY: top - 4 };
  });
  // Ticks at the bin edges, thinned so labels (about 3 characters) never touch.
  const edges = [bins[0]!.x0, ...bins.map((b) => b.x1)];
  const minGap = fontSize * 2.6;
  const ticks: Tick[] = [];
  for (const e of edges) {
    const p = x(e);
    if (ticks.length === 0 || p - ticks[ticks.length - 1]!.position >= minGap) ticks.push({ value: e, position: p });
  }
  const spread = input.median === null || input.q1 === null || input.q3 === null
    ? null
    : { median: x(input.median), q1: x(input.q1), q3: x(input.q3), y: spreadY, labelY: spreadY + LINE - 2 };
  return { width, height, fontSize, bars, ticks, axisY, baseline, spread };
}
