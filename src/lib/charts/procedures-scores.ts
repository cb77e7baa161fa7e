// QĐ 766 index scores: one bar per unit and period, cut into fixed slots, one per group of the
// index and as wide as the group's maximum (18, 20, 22, …, total 100), each filled to the points
// achieved. Slots line up across bars, so a group compares down the chart. A row printed only as
// a total is a plain bar; a group the source does not print is a hatched slot, never an empty one.
import { scaleLinear } from "d3";
import { axisTicks, type AxisTick } from "./axis-labels.ts";
import { FONT, LINE, SMALL_FONT, TEXT_GAP, VIEW_WIDTH } from "./chart-sizes.ts";
import { flowKey, type KeyItem } from "./key-flow.ts";
import { categorical } from "./palette.ts";
import { comparePeriods, PERIOD_TYPES, type PeriodRef, type PeriodType } from "./procedures-periods.ts";
import { measure, wrapText } from "./text-wrap.ts";
import type { MissingReason } from "./types.ts";

export interface ScoreGroup {
  id: string;
  label: string;
  /** The group's maximum points (the codebook's max). */
  max: number;
  /** A group some sources print whole and others as its parts (online services 22 = online
   * public services 12 + online payment 10): the ids of the parts, adjacent in `groups`. */
  parts?: readonly string[];
}

export interface ScoresInput {
  /** Groups in the index's order; the slots follow the groups without `parts`. */
  groups: readonly ScoreGroup[];
  /** The total's maximum (100). */
  scaleMax: number;
  rows: readonly (PeriodRef & {
    id: string;
    unitLabel: string;
    total: number | null;
    missing?: MissingReason;
    /** Group values as printed; absent or null = not printed. */
    parts?: Readonly<Record<string, number | null>>;
    rankText?: string;
  })[];
}

export interface ScoreFill {
  group: string;
  value: number | null;
  /** The slot: start (points from 0) and width (the group's max). */
  start: number;
  max: number;
  combined: boolean;
}

export interface ScoreRow extends PeriodRef {
  id: string;
  unitLabel: string;
  total: number | null;
  missing: MissingReason | null;
  rankText: string;
  /** "groups": slots filled per group; "total": only the total is printed. */
  mode: "groups" | "total";
  fills: ScoreFill[];
}

export interface ScoresSeries {
  /** Groups with their slot number (leaves, from 1) or the slots they span (combined groups). */
  groups: (ScoreGroup & { slot: number | null; slots: number[]; start: number; colour: string })[];
  scaleMax: number;
  sections: { periodType: PeriodType; rows: ScoreRow[] }[];
}

export function series(input: ScoresInput): ScoresSeries {
  const leaves = input.groups.filter((g) => !g.parts);
  const starts = new Map<string, number>();
  let acc = 0;
  for (const g of leaves) {
    starts.set(g.id, acc);
    acc += g.max;
  }
  if (acc > input.scaleMax + 1e-9) throw new Error(`scores: group maxima sum to ${acc}, above the scale's ${input.scaleMax}`);
  const byId = new Map(input.groups.map((g) => [g.id, g]));
  for (const g of input.groups.filter((c) => c.parts)) {
    const parts = g.parts!.map((p) => byId.get(p));
    if (parts.some((p) => p === undefined || p.parts)) throw new Error(`scores: group ${g.id} has an unknown part`);
    if (Math.abs(parts.reduce((s, p) => s + p!.max, 0) - g.max) > 1e-9) throw new Error(`scores: parts of ${g.id} do not add up to its max`);
    starts.set(g.id, starts.get(g.parts![0]!)!);
  }
  const combinedOf = new Map(input.groups.flatMap((g) => (g.parts ?? []).map((p) => [p, g] as const)));
  const seen = new Set<string>();
  const rows = input.rows.map((r): ScoreRow => {
    if (seen.has(r.id)) throw new Error(`scores: row ${r.id} given twice`);
    seen.add(r.id);
    if (r.total === null && r.missing === undefined) throw new Error(`scores: row ${r.id} has no total and no reason why`);
    const value = (id: string) => r.parts?.[id] ?? null;
    const fills: ScoreFill[] = [];
    for (const g of leaves) {
      const whole = combinedOf.get(g.id);
      const useWhole = whole !== undefined && value(whole.id) !== null && whole.parts!.every((p) => value(p) === null);
      if (useWhole) {
        if (whole.parts![0] === g.id) fills.push({ group: whole.id, value: value(whole.id), start: starts.get(whole.id)!, max: whole.max, combined: true });
      } else {
        fills.push({ group: g.id, value: value(g.id), start: starts.get(g.id)!, max: g.max, combined: false });
      }
    }
    const mode = fills.some((f) => f.value !== null) ? "groups" : "total";
    return {
      id: r.id, unitLabel: r.unitLabel, period: r.period, periodType: r.periodType, periodEnd: r.periodEnd,
      total: r.total, missing: r.total === null ? r.missing! : null, rankText: r.rankText ?? "", mode, fills: mode === "groups" ? fills : [],
    };
  });
  const sections = PERIOD_TYPES
    .map((periodType) => ({ periodType, rows: rows.filter((r) => r.periodType === periodType).sort((a, b) => comparePeriods(a, b) || collator.compare(a.unitLabel, b.unitLabel)) }))
    .filter((s) => s.rows.length > 0);
  const slotOf = new Map(leaves.map((g, i) => [g.id, i + 1]));
  const groups = input.groups.map((g, i) => ({
    ...g, slot: slotOf.get(g.id) ?? null, slots: g.parts ? g.parts.map((p) => slotOf.get(p)!) : [slotOf.get(g.id)!],
    start: starts.get(g.id)!, colour: categorical(i),
  }));
  return { groups, scaleMax: input.scaleMax, sections };
}

const collator = new Intl.Collator("vi");

export interface ScoresLayoutOptions {
  format?: (value: number) => string;
  /** Section headings by period type ("Cả năm", "Tuần"). */
  periodTypeText?: Partial<Record<PeriodType, string>>;
  /** Key text of a group, e.g. "1 Công khai, minh bạch (tối đa 18)". */
  groupText?: (group: ScoresSeries["groups"][number]) => string;
  /** Key texts of the plain total bar and the hatched slot. */
  totalText?: string;
  notPrintedText?: string;
  missingText?: string;
}

export interface ScoreBar extends ScoreRow {
  lines: string[];
  labelY: number;
  valueWidth: number;
  y: number;
  height: number;
  totalWidth: number;
  slots: (ScoreFill & { x: number; width: number; fillWidth: number; colour: string; textX: number | null })[];
}

export interface ScoresLayout {
  width: number;
  height: number;
  fontSize: number;
  key: (KeyItem<"group" | "total" | "hatch"> & { colour: string })[];
  groups: ScoresSeries["groups"];
  sections: { periodType: PeriodType; heading: string; headingY: number; slotNumbers: { n: number; x: number; y: number }[]; bars: ScoreBar[] }[];
  gridY0: number;
  gridY1: number;
  axisY: number;
  ticks: AxisTick[];
}

const BAR_H = 18;
/** The plain total bar: neutral, so it is not read as one of the groups. */
export const TOTAL_FILL = "#4a5563";

export function layout(s: ScoresSeries, size: { width?: number } = {}, options: ScoresLayoutOptions = {}): ScoresLayout {
  const width = size.width ?? VIEW_WIDTH;
  const format = options.format ?? String;
  const x = scaleLinear().domain([0, s.scaleMax]).range([0, width - 2]);
  const colourOf = new Map(s.groups.map((g) => [g.id, g.colour]));
  const rows = s.sections.flatMap((sec) => sec.rows);
  const used = new Set(rows.flatMap((r) => r.fills.map((f) => f.group)));
  const flowed = flowKey([
    ...s.groups.filter((g) => used.has(g.id)).map((g) => ({ kind: "group" as const, id: g.id, markWidth: 14, text: options.groupText?.(g) ?? `${g.slots.join("+")} ${g.label} (${g.max})` })),
    ...(rows.some((r) => r.mode === "total") ? [{ kind: "total" as const, id: "total", markWidth: 14, text: options.totalText ?? "" }] : []),
    ...(rows.some((r) => r.fills.some((f) => f.value === null)) ? [{ kind: "hatch" as const, id: "hatch", markWidth: 14, text: options.notPrintedText ?? "" }] : []),
  ], width, 0);
  const key = flowed.items.map((k) => ({ ...k, colour: colourOf.get(k.id) ?? TOTAL_FILL }));
  let y = flowed.bottom + 10;
  const gridY0 = y;
  const leaves = s.groups.filter((g) => g.slot !== null);
  const sections = s.sections.map((sec) => {
    const headingY = y + FONT;
    // Slot numbers over the first bar tie each slot to its key entry without relying on colour.
    const numbered = sec.rows.some((r) => r.mode === "groups");
    const slotNumbers = numbered ? leaves.map((g) => ({ n: g.slot!, x: x(g.start + g.max / 2), y: headingY + LINE })) : [];
    y = headingY + (numbered ? LINE : 0) + 4;
    const bars = sec.rows.map((r): ScoreBar => {
      const valueText = r.total === null ? (options.missingText ?? "–") : format(r.total);
      const valueWidth = measure(valueText, FONT, r.total !== null);
      const label = [r.unitLabel, r.period, r.rankText].filter((t) => t !== "").join(" · ");
      const lines = wrapText(label, width - valueWidth - TEXT_GAP * 3, FONT);
      const labelY = y + FONT + 2;
      const barY = labelY + (lines.length - 1) * LINE + 7;
      y = barY + BAR_H + 8;
      const slots = r.fills.map((f) => {
        const sx = x(f.start);
        const fillWidth = f.value === null ? 0 : x(f.start + f.value) - sx;
        const tw = f.value === null ? 0 : measure(format(f.value), SMALL_FONT);
        return { ...f, x: sx, width: x(f.start + f.max) - sx, fillWidth, colour: colourOf.get(f.group)!, textX: f.value !== null && tw + 6 <= fillWidth ? sx + fillWidth / 2 : null };
      });
      return { ...r, lines, labelY, valueWidth, y: barY, height: BAR_H, totalWidth: r.mode === "total" && r.total !== null ? x(r.total) - x(0) : 0, slots };
    });
    y += 6;
    return { periodType: sec.periodType, heading: options.periodTypeText?.[sec.periodType] ?? sec.periodType, headingY, slotNumbers, bars };
  });
  const gridY1 = y;
  const axisY = gridY1 + FONT + 2;
  return { width, height: Math.ceil(axisY + FONT * 0.4), fontSize: FONT, key, groups: s.groups, sections, gridY0, gridY1, axisY, ticks: axisTicks(x, 5, width, format) };
}
