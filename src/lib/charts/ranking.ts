// Ranking bars: every unit of one index and edition, sorted, ties shown as ties, the national
// median marked, units without a value listed under the chart with the reason.
import { median as d3median, scaleLinear } from "d3";
import { formatValue } from "../format/value.ts";
import type { ColumnDef } from "../views/types.ts";
import { rank } from "../metrics/rank.ts";
import { FONT, VIEW_WIDTH } from "./chart-sizes.ts";
import { textWidth } from "./text-metrics.ts";
import type { MissingReason, Tick } from "./types.ts";

/** One unit's figure. A null value needs `missing` (why it is missing); it is listed, not drawn. */
export interface RankingDatum {
  id: string;
  label: string;
  value: number | null;
  missing?: MissingReason;
  highlight?: boolean;
}

export interface RankingInput {
  edition: string;
  data: readonly RankingDatum[];
  /** "desc": higher is better (PAPI, PAR Index, SIPAS); "asc": lower is better. */
  order?: "desc" | "asc";
  /** The scale of the indicator (codebook min, max); bars always start at 0 so lengths compare. */
  domain?: readonly [number, number];
}

export interface RankedRow {
  id: string;
  label: string;
  value: number;
  /** Competition rank: 1, 2, 2, 4. */
  rank: number;
  /** Another unit shares this rank: the label prints "=12". */
  tied: boolean;
  highlight: boolean;
}

export interface UnrankedRow {
  id: string;
  label: string;
  reason: MissingReason;
  highlight: boolean;
}

export interface RankingSeries {
  edition: string;
  order: "desc" | "asc";
  /** Ranked units, best first; ties in label order (Vietnamese collation). */
  rows: RankedRow[];
  missing: UnrankedRow[];
  rankOf: number;
  /** Median of the units with a value (the national median when all units are given). */
  median: number | null;
  domain: [number, number];
}

const collator = new Intl.Collator("vi");

export function series(input: RankingInput): RankingSeries {
  const order = input.order ?? "desc";
  const seen = new Set<string>();
  for (const d of input.data) {
    if (seen.has(d.id)) throw new Error(`ranking: unit ${d.id} given twice`);
    seen.add(d.id);
    if (d.value === null && d.missing === undefined) throw new Error(`ranking: unit ${d.id} has no value and no reason why`);
    if (d.value !== null && !Number.isFinite(d.value)) throw new Error(`ranking: unit ${d.id} has a value that is not a number`);
  }
  const ranked = rank(input.data, (d) => d.value, order);
  const counts = new Map<number, number>();
  for (const r of ranked) if (r.rank !== null) counts.set(r.rank, (counts.get(r.rank) ?? 0) + 1);
  const rows: RankedRow[] = ranked
    .filter((r) => r.rank !== null)
    .map(({ item, rank: k }) => ({ id: item.id, label: item.label, value: item.value!, rank: k!, tied: counts.get(k!)! > 1, highlight: item.highlight === true }))
    .sort((a, b) => a.rank - b.rank || collator.compare(a.label, b.label) || (a.id < b.id ? -1 : 1));
  const missing: UnrankedRow[] = input.data
    .filter((d) => d.value === null)
    .map((d) => ({ id: d.id, label: d.label, reason: d.missing!, highlight: d.highlight === true }))
    .sort((a, b) => collator.compare(a.label, b.label) || (a.id < b.id ? -1 : 1));
  const values = rows.map((r) => r.value);
  const lo = Math.min(0, input.domain?.[0] ?? 0, ...values);
  const hi = Math.max(0, input.domain?.[1] ?? 0, ...values);
  return {
    edition: input.edition,
    order,
    rows,
    missing,
    rankOf: rows.length,
    median: d3median(values) ?? null,
    domain: [lo, hi === lo ? lo + 1 : hi],
  };
}

export interface RankingLayoutOptions {
  fontSize?: number;
  /** Height of one bar's row; at least 1.35 × the font size so labels never touch. */
  rowHeight?: number;
  /** Decimals the value labels will be padded to (ColumnDef.decimals): used to reserve their width. */
  decimals?: number;
  /** The values' unit, so a "%" sign gets its room too. */
  unit?: ColumnDef["unit"];
  tickCount?: number;
}

export interface BarMark extends RankedRow {
  /** The bar's rectangle. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Baseline of the row's texts (rank, name, value). */
  textY: number;
  /** Start of the value label, just past the bar's end. */
  valueX: number;
}

export interface RankingLayout {
  width: number;
  height: number;
  fontSize: number;
  /** Right edge of the rank column ("=12"), start of the name column, the bars' x range. */
  rankX: number;
  nameX: number;
  plotX0: number;
  plotX1: number;
  /** Baseline of the tick labels above the bars; grid lines run from gridY0 to gridY1. */
  axisY: number;
  gridY0: number;
  gridY1: number;
  ticks: Tick[];
  bars: BarMark[];
  median: { value: number; x: number; y1: number; y2: number; labelX: number; labelY: number; anchor: "start" | "middle" | "end" } | null;
  /** Baseline of the heading over the units not ranked, or null when every unit has a value. */
  missingHeadingY: number | null;
  missing: (UnrankedRow & { y: number })[];
}

export function layout(s: RankingSeries, size: { width?: number }, options: RankingLayoutOptions = {}): RankingLayout {
  const width = size.width ?? VIEW_WIDTH;
  const fontSize = options.fontSize ?? FONT;
  const rowHeight = Math.max(options.rowHeight ?? Math.round(fontSize * 1.45), fontSize * 1.35);
  const pad = 4;
  const fmt = (v: number) => formatValue(v, options.unit ?? "points", "en", { decimals: options.decimals ?? 0 });
  const rankW = Math.max(textWidth("=00", fontSize, true), ...s.rows.map((r) => textWidth(`${r.tied ? "=" : ""}${r.rank}`, fontSize, true)));
  const nameW = Math.max(0, ...s.rows.map((r) => textWidth(r.label, fontSize, r.highlight)));
  const valueW = Math.max(0, ...s.rows.map((r) => textWidth(fmt(r.value), fontSize, r.highlight)));
  const rankX = rankW;
  const nameX = rankX + 6;
  const plotX0 = nameX + nameW + 6;
  // Bars get at least a third of the width even when names are long; the value label follows.
  const plotX1 = Math.max(plotX0 + width / 3, width - valueW - pad - 2);
  const x = scaleLinear().domain(s.domain).range([plotX0, plotX1]);
  const axisY = fontSize;
  const gridY0 = axisY + 5;
  const barsTop = gridY0 + 3;
  const barH = Math.round(rowHeight * 0.68);
  const bars: BarMark[] = s.rows.map((r, i) => {
    const top = barsTop + i * rowHeight;
    const x0 = x(0);
    const x1 = x(r.value);
    return {
      ...r,
      x: Math.min(x0, x1),
      y: top + (rowHeight - barH) / 2,
      width: Math.abs(x1 - x0),
      height: barH,
      textY: top + rowHeight / 2 + fontSize * 0.35,
      valueX: Math.max(x0, x1) + pad,
    };
  });
  const gridY1 = barsTop + s.rows.length * rowHeight;
  let y = gridY1;
  let median: RankingLayout["median"] = null;
  if (s.median !== null) {
    const mx = x(s.median);
    // The label is anchored where it cannot leave the chart.
    const anchor = mx < plotX0 + 60 ? "start" : mx > width - 60 ? "end" : "middle";
    y += fontSize + 4;
    median = { value: s.median, x: mx, y1: gridY0, y2: gridY1 + 4, labelX: mx, labelY: y, anchor };
  }
  let missingHeadingY: number | null = null;
  const missing: RankingLayout["missing"] = [];
  if (s.missing.length > 0) {
    y += rowHeight + 4;
    missingHeadingY = y;
    for (const m of s.missing) {
      y += rowHeight;
      missing.push({ ...m, y });
    }
  }
  const ticks = x.ticks(options.tickCount ?? 4).map((value) => ({ value, position: x(value) }));
  return {
    width, height: Math.ceil(y + fontSize * 0.5), fontSize, rankX, nameX, plotX0, plotX1, axisY, gridY0, gridY1,
    ticks, bars, median, missingHeadingY, missing,
  };
}
