// Processing rates (on-time, online, digitised …): one dot per unit and period on a 0–100 %
// track, grouped by indicator. Every row names its period as printed; a section whose rows come
// from different kinds of period says so under its heading.
import { scaleLinear } from "d3";
import { axisTicks, type AxisTick } from "./axis-labels.ts";
import { FONT, LINE, TEXT_GAP, VIEW_WIDTH } from "./chart-sizes.ts";
import { comparePeriods, type PeriodRef } from "./procedures-periods.ts";
import { measure, wrapText } from "./text-wrap.ts";
import type { MissingReason } from "./types.ts";

export interface RatesInput {
  rows: readonly (PeriodRef & {
    id: string;
    /** Sections follow the indicators' first appearance in `rows`. */
    indicator: string;
    indicatorLabel: string;
    unitLabel: string;
    value: number | null;
    missing?: MissingReason;
  })[];
  /** The rates' scale: [0, 100] unless given. */
  domain?: readonly [number, number];
}

export interface RateRow extends PeriodRef {
  id: string;
  unitLabel: string;
  value: number | null;
  missing: MissingReason | null;
}

export interface RatesSeries {
  sections: { indicator: string; label: string; mixedPeriods: boolean; rows: RateRow[] }[];
  domain: [number, number];
}

const collator = new Intl.Collator("vi");

export function series(input: RatesInput): RatesSeries {
  const seen = new Set<string>();
  const order: string[] = [];
  const byIndicator = new Map<string, { label: string; rows: RateRow[] }>();
  for (const r of input.rows) {
    if (seen.has(r.id)) throw new Error(`rates: row ${r.id} given twice`);
    seen.add(r.id);
    if (r.value === null && r.missing === undefined) throw new Error(`rates: row ${r.id} has no value and no reason why`);
    if (r.value !== null && !Number.isFinite(r.value)) throw new Error(`rates: row ${r.id} has a value that is not a number`);
    if (!byIndicator.has(r.indicator)) {
      order.push(r.indicator);
      byIndicator.set(r.indicator, { label: r.indicatorLabel, rows: [] });
    }
    byIndicator.get(r.indicator)!.rows.push({
      id: r.id, unitLabel: r.unitLabel, period: r.period, periodType: r.periodType, periodEnd: r.periodEnd,
      value: r.value, missing: r.value === null ? r.missing! : null,
    });
  }
  const sections = order.map((indicator) => {
    const { label, rows } = byIndicator.get(indicator)!;
    rows.sort((a, b) => comparePeriods(a, b) || collator.compare(a.unitLabel, b.unitLabel));
    return { indicator, label, mixedPeriods: new Set(rows.map((r) => r.periodType)).size > 1, rows };
  });
  const domain: [number, number] = input.domain ? [input.domain[0], input.domain[1]] : [0, 100];
  return { sections, domain };
}

export interface RatesLayoutOptions {
  format?: (value: number) => string;
  /** Printed under a heading whose rows mix kinds of period. */
  mixedText?: string;
  missingText?: string;
}

export interface RateMark extends RateRow {
  lines: string[];
  labelY: number;
  valueWidth: number;
  cy: number;
  dotX: number | null;
}

export interface RatesLayout {
  width: number;
  height: number;
  fontSize: number;
  plotX0: number;
  plotX1: number;
  sections: { indicator: string; headingLines: string[]; headingY: number; noteLines: string[]; noteY: number; rows: RateMark[] }[];
  gridY0: number;
  gridY1: number;
  axisY: number;
  ticks: AxisTick[];
}

const DOT_R = 5.5;

export function layout(s: RatesSeries, size: { width?: number } = {}, options: RatesLayoutOptions = {}): RatesLayout {
  const width = size.width ?? VIEW_WIDTH;
  const format = options.format ?? String;
  const plotX0 = DOT_R + 1;
  const plotX1 = width - DOT_R - 1;
  const x = scaleLinear().domain(s.domain).range([plotX0, plotX1]);
  let y = 0;
  const gridY0 = y;
  const sections = s.sections.map((sec) => {
    const headingLines = wrapText(sec.label, width, FONT, true);
    const headingY = y + FONT;
    y = headingY + (headingLines.length - 1) * LINE;
    const noteLines = sec.mixedPeriods ? wrapText(options.mixedText ?? "", width, FONT) : [];
    const noteY = y + LINE;
    y += noteLines.length * LINE + 4;
    const rows = sec.rows.map((r): RateMark => {
      const valueText = r.value === null ? (options.missingText ?? "–") : format(r.value);
      const valueWidth = measure(valueText, FONT, r.value !== null);
      const lines = wrapText(`${r.unitLabel} · ${r.period}`, width - valueWidth - TEXT_GAP * 3, FONT);
      const labelY = y + FONT + 2;
      const cy = labelY + (lines.length - 1) * LINE + 12;
      y = cy + DOT_R + 4;
      return { ...r, lines, labelY, valueWidth, cy, dotX: r.value === null ? null : x(r.value) };
    });
    y += 10;
    return { indicator: sec.indicator, headingLines, headingY, noteLines, noteY, rows };
  });
  const gridY1 = y;
  const axisY = gridY1 + FONT + 2;
  return { width, height: Math.ceil(axisY + FONT * 0.4), fontSize: FONT, plotX0, plotX1, sections, gridY0, gridY1, axisY, ticks: axisTicks(x, 5, width, format) };
}
