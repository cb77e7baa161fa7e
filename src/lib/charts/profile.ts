// Dimension profile: one unit's dimension (or component) scores in one edition, each against the
// range and median of all units' scores in that edition. A missing score is labelled as missing
// and has no dot; it is never drawn at 0.
import { extent, median as d3median, scaleLinear } from "d3";
import { rank } from "../metrics/rank.ts";
import { axisTicks, type AxisTick } from "./axis-labels.ts";
import { FONT, LINE, TEXT_GAP, VIEW_WIDTH } from "./chart-sizes.ts";
import { flowKey, type KeyItem } from "./key-flow.ts";
import { measure, wrapText } from "./text-wrap.ts";
import type { MissingReason } from "./types.ts";

export interface ProfileInput {
  /** The unit the profile is about. */
  unit: string;
  unitLabel: string;
  /** Dimensions in display order, with their codebook scale. */
  dimensions: readonly { id: string; label: string; min: number; max: number }[];
  /** Every unit's value per dimension in the edition (the focal unit's among them). */
  values: readonly { unit: string; dimension: string; value: number | null; missing?: MissingReason }[];
  /** Axis over the codebook scale (default; comparable across units) or the values' extent. */
  domain?: "codebook" | "data";
}

export interface ProfileRow {
  id: string;
  label: string;
  value: number | null;
  missing: MissingReason | null;
  /** All units with a value on this dimension; null when none has one. */
  range: { min: number; max: number; median: number; n: number } | null;
  /** Competition rank of the unit among them (ties share a rank); null when it has no value. */
  rank: number | null;
}

export interface ProfileSeries {
  unit: string;
  unitLabel: string;
  rows: ProfileRow[];
  domain: [number, number];
}

export function series(input: ProfileInput): ProfileSeries {
  const seen = new Set<string>();
  for (const v of input.values) {
    const key = `${v.unit}|${v.dimension}`;
    if (seen.has(key)) throw new Error(`profile: ${v.unit} has two values for ${v.dimension}`);
    seen.add(key);
    if (v.value === null && v.missing === undefined) throw new Error(`profile: ${v.unit} has no value for ${v.dimension} and no reason why`);
    if (v.value !== null && !Number.isFinite(v.value)) throw new Error(`profile: ${v.unit} has a value for ${v.dimension} that is not a number`);
  }
  const rows = input.dimensions.map((d): ProfileRow => {
    const own = input.values.filter((v) => v.dimension === d.id);
    const present = own.filter((v): v is typeof v & { value: number } => v.value !== null);
    const focal = own.find((v) => v.unit === input.unit);
    const ranked = rank(present, (v) => v.value).find((r) => r.item.unit === input.unit);
    const nums = present.map((v) => v.value);
    return {
      id: d.id,
      label: d.label,
      value: focal?.value ?? null,
      missing: focal?.value === null || focal === undefined ? (focal?.missing ?? "no_row") : null,
      range: nums.length === 0 ? null : { min: Math.min(...nums), max: Math.max(...nums), median: d3median(nums)!, n: nums.length },
      rank: ranked?.rank ?? null,
    };
  });
  const scale: [number, number] = input.dimensions.length === 0
    ? [0, 1]
    : [Math.min(...input.dimensions.map((d) => d.min)), Math.max(...input.dimensions.map((d) => d.max))];
  const [lo, hi] = extent(input.values.filter((v) => input.dimensions.some((d) => d.id === v.dimension)).map((v) => v.value).filter((v): v is number => v !== null));
  const data = lo === undefined || hi === undefined ? scale : (scaleLinear().domain([lo, hi === lo ? lo + 1 : hi]).nice().domain() as [number, number]);
  return { unit: input.unit, unitLabel: input.unitLabel, rows, domain: (input.domain ?? "codebook") === "codebook" ? scale : data };
}

export interface ProfileLayoutOptions {
  /** Formats a value as the render will (to reserve its width). */
  format?: (value: number) => string;
  /** Key texts: the range bar ("range of the 63 provinces") and the median tick. */
  rangeText?: string;
  medianText?: string;
  /** Printed where a missing dimension's value would be. */
  missingText?: string;
  tickCount?: number;
}

export interface ProfileRowMark extends ProfileRow {
  /** Label lines and the first baseline; the value (or missing) text ends at valueX on that line. */
  lines: string[];
  labelX: number;
  labelY: number;
  valueX: number;
  valueWidth: number;
  /** Centre line of the strip. */
  cy: number;
  rangeX0: number | null;
  rangeX1: number | null;
  medianX: number | null;
  dotX: number | null;
}

export interface ProfileLayout {
  width: number;
  height: number;
  fontSize: number;
  key: KeyItem<"dot" | "range" | "median">[];
  rows: ProfileRowMark[];
  plotX0: number;
  plotX1: number;
  gridY0: number;
  gridY1: number;
  axisY: number;
  /** Grid lines at `position`; each label at `labelX` with its anchor, kept inside the chart. */
  ticks: AxisTick[];
}

const DOT_R = 6;

export function layout(s: ProfileSeries, size: { width?: number } = {}, options: ProfileLayoutOptions = {}): ProfileLayout {
  const width = size.width ?? VIEW_WIDTH;
  const format = options.format ?? String;
  const plotX0 = DOT_R + 2;
  const plotX1 = width - DOT_R - 2;
  const x = scaleLinear().domain(s.domain).range([plotX0, plotX1]);

  // Key: the three mark kinds with their meaning.
  const flowed = flowKey([
    { kind: "dot" as const, id: "unit", markWidth: 12, text: s.unitLabel },
    { kind: "range" as const, id: "range", markWidth: 18, text: options.rangeText ?? "" },
    { kind: "median" as const, id: "median", markWidth: 8, text: options.medianText ?? "" },
  ], width, 0);
  const key = flowed.items;
  let y = flowed.bottom + 10;
  const gridY0 = y - 4;
  const rows: ProfileRowMark[] = s.rows.map((r) => {
    const valueText = r.value === null ? (options.missingText ?? "–") : format(r.value);
    const bold = r.value !== null;
    const valueWidth = measure(valueText, FONT, bold);
    const lines = wrapText(r.label, width - valueWidth - TEXT_GAP * 3, FONT);
    const labelY = y + FONT;
    const cy = labelY + (Math.max(1, lines.length) - 1) * LINE + 16;
    y = cy + DOT_R + 10;
    return {
      ...r, lines, labelX: 0, labelY, valueX: width, valueWidth, cy,
      rangeX0: r.range ? x(r.range.min) : null,
      rangeX1: r.range ? x(r.range.max) : null,
      medianX: r.range ? x(r.range.median) : null,
      dotX: r.value === null ? null : x(r.value),
    };
  });
  const gridY1 = y;
  const axisY = y + FONT + 2;
  const ticks = axisTicks(x, options.tickCount ?? 5, width, format);
  return { width, height: Math.ceil(axisY + FONT * 0.4), fontSize: FONT, key, rows, plotX0, plotX1, gridY0, gridY1, axisY, ticks };
}
