// Agency comparison bars: the ministries in one PAR Index edition (optionally with the total's
// parts stacked, e.g. appraisal + survey scores), or a province's own agencies in the province's
// own index, which is not the Ministry's PAR Index and is labelled so on the chart itself.
import { scaleLinear } from "d3";
import { axisTicks, type AxisTick } from "./axis-labels.ts";
import { FONT, LINE, TEXT_GAP, VIEW_WIDTH } from "./chart-sizes.ts";
import { categorical } from "./palette.ts";
import { flowKey, type KeyItem } from "./key-flow.ts";
import { measure, wrapText } from "./text-wrap.ts";
import type { MissingReason } from "./types.ts";

export interface AgencyBarsInput {
  /** "province-own": a province's own index of its agencies, never comparable with the PAR Index. */
  variant: "ministries" | "province-own";
  /** Parts of the total, stacked in this order when a row has every one of them. */
  components?: readonly { id: string; label: string }[];
  rows: readonly {
    id: string;
    label: string;
    total: number | null;
    missing?: MissingReason;
    parts?: Readonly<Record<string, number | null>>;
    /** The rank as the source prints it ("1/17", "highest of 21"); ranks are never computed here,
     * because the rows shown may be a subset of the agencies ranked. */
    rankText?: string;
    highlight?: boolean;
  }[];
  /** The total's codebook maximum; bars start at 0. */
  scaleMax: number;
  /** A published reference value drawn as a dashed line (e.g. the ministries' average). */
  reference?: { label: string; value: number };
}

export interface AgencyRow {
  id: string;
  label: string;
  total: number | null;
  missing: MissingReason | null;
  /** The parts in component order, or null unless every part has a value. */
  parts: { id: string; value: number }[] | null;
  rankText: string;
  highlight: boolean;
}

export interface AgencySeries {
  variant: AgencyBarsInput["variant"];
  components: { id: string; label: string }[];
  /** Rows with a total, highest first (ties in Vietnamese label order), then rows without. */
  rows: AgencyRow[];
  scaleMax: number;
  reference: { label: string; value: number } | null;
}

const collator = new Intl.Collator("vi");

export function series(input: AgencyBarsInput): AgencySeries {
  const seen = new Set<string>();
  for (const r of input.rows) {
    if (seen.has(r.id)) throw new Error(`agency: ${r.id} given twice`);
    seen.add(r.id);
    if (r.total === null && r.missing === undefined) throw new Error(`agency: ${r.id} has no total and no reason why`);
    if (r.total !== null && !Number.isFinite(r.total)) throw new Error(`agency: ${r.id} has a total that is not a number`);
  }
  const components = [...(input.components ?? [])];
  const rows = input.rows.map((r): AgencyRow => {
    const values = components.map((c) => ({ id: c.id, value: r.parts?.[c.id] ?? null }));
    const complete = components.length > 0 && values.every((v) => v.value !== null && Number.isFinite(v.value));
    return {
      id: r.id, label: r.label, total: r.total, missing: r.total === null ? r.missing! : null,
      parts: complete ? values.map((v) => ({ id: v.id, value: v.value! })) : null,
      rankText: r.rankText ?? "", highlight: r.highlight === true,
    };
  });
  rows.sort((a, b) =>
    (a.total === null ? 1 : 0) - (b.total === null ? 1 : 0) || (b.total ?? 0) - (a.total ?? 0) || collator.compare(a.label, b.label) || (a.id < b.id ? -1 : 1));
  const top = Math.max(input.scaleMax, ...rows.flatMap((r) => [r.total ?? 0, (r.parts ?? []).reduce((s, p) => s + p.value, 0)]));
  return { variant: input.variant, components, rows, scaleMax: top, reference: input.reference ?? null };
}

export interface AgencyLayoutOptions {
  format?: (value: number) => string;
  /** Printed on the chart for "province-own": whose index it is and that it is not the PAR Index. */
  bannerText?: string;
  /** Printed in place of a missing total. */
  missingText?: string;
  /** Key text of the reference line (its label and value, as the render prints it). */
  referenceText?: string;
}

export interface AgencySegment {
  id: string;
  value: number;
  x: number;
  width: number;
  fill: string;
  /** Text inside the segment, or null when it does not fit (the table and title carry it). */
  textX: number | null;
}

export interface AgencyBar extends AgencyRow {
  lines: string[];
  labelY: number;
  valueX: number;
  valueWidth: number;
  /** The track (0 to the scale's max) and the bar, as rectangles on y … y + barHeight. */
  y: number;
  barHeight: number;
  trackX: number;
  trackWidth: number;
  barWidth: number;
  fill: string;
  segments: AgencySegment[];
}

export interface AgencyLayout {
  width: number;
  height: number;
  fontSize: number;
  banner: { lines: string[]; y: number } | null;
  key: (KeyItem<"swatch" | "reference"> & { fill: string })[];
  bars: AgencyBar[];
  /** The reference line, drawn through each bar only so it never crosses a label. */
  reference: { x: number; spans: { y0: number; y1: number }[] } | null;
  gridY0: number;
  gridY1: number;
  axisY: number;
  ticks: AxisTick[];
}

const BAR_H = 16;

export function layout(s: AgencySeries, size: { width?: number } = {}, options: AgencyLayoutOptions = {}): AgencyLayout {
  const width = size.width ?? VIEW_WIDTH;
  const format = options.format ?? String;
  const x = scaleLinear().domain([0, s.scaleMax]).range([0, width - 2]);
  let y = 0;
  let banner: AgencyLayout["banner"] = null;
  if (s.variant === "province-own" && options.bannerText) {
    const lines = wrapText(options.bannerText, width, FONT, true);
    banner = { lines, y: FONT };
    y = lines.length * LINE + 6;
  }
  const ownFill = categorical(2);
  const fills = new Map(s.components.map((c, i) => [c.id, categorical(i)]));
  const keyItems = [
    ...(s.rows.some((r) => r.parts !== null) ? s.components.map((c) => ({ kind: "swatch" as const, id: c.id, markWidth: 14, text: c.label })) : []),
    ...(s.reference ? [{ kind: "reference" as const, id: "reference", markWidth: 10, text: options.referenceText ?? s.reference.label }] : []),
  ];
  const flowed = flowKey(keyItems, width, y);
  const key = flowed.items.map((k) => ({ ...k, fill: fills.get(k.id) ?? "#1a1a1a" }));
  if (keyItems.length > 0) y = flowed.bottom + 8;
  const gridY0 = y;
  const bars: AgencyBar[] = s.rows.map((r) => {
    const valueText = r.total === null ? (options.missingText ?? "–") : format(r.total);
    const valueWidth = measure(valueText, FONT, r.total !== null);
    const label = r.rankText ? `${r.label} (${r.rankText})` : r.label;
    const lines = wrapText(label, width - valueWidth - TEXT_GAP * 3, FONT, r.highlight);
    const labelY = y + FONT + 2;
    const barY = labelY + (lines.length - 1) * LINE + 7;
    y = barY + BAR_H + 8;
    let acc = 0;
    const segments = (r.parts ?? []).map((p, i): AgencySegment => {
      const sx = x(acc);
      const sw = x(acc + p.value) - sx;
      acc += p.value;
      const tw = measure(format(p.value), FONT);
      return { id: p.id, value: p.value, x: sx, width: sw, fill: categorical(i), textX: tw + 8 <= sw ? sx + sw / 2 : null };
    });
    return {
      ...r, lines, labelY, valueX: width, valueWidth, y: barY, barHeight: BAR_H, trackX: x(0), trackWidth: x(s.scaleMax) - x(0),
      barWidth: r.parts ? x(acc) - x(0) : r.total === null ? 0 : x(r.total) - x(0),
      fill: s.variant === "province-own" ? ownFill : categorical(0),
      segments,
    };
  });
  const gridY1 = y;
  const reference = s.reference ? { x: x(s.reference.value), spans: bars.map((b) => ({ y0: b.y - 3, y1: b.y + b.barHeight + 3 })) } : null;
  const axisY = gridY1 + FONT + 2;
  const ticks = axisTicks(x, 5, width, format);
  return { width, height: Math.ceil(axisY + FONT * 0.4), fontSize: FONT, banner, key, bars, reference, gridY0, gridY1, axisY, ticks };
}
