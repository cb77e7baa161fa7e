// Two-edition change for all units (slope chart): each unit a line from its figure in one
// edition to its figure in the other; labels moved apart so none overlap; units with a figure in
// only one edition are listed apart, never drawn as 0.
import { scaleLinear } from "d3";
import { formatValue } from "../format/value.ts";
import type { ColumnDef } from "../views/types.ts";
import { rank } from "../metrics/rank.ts";
import { difference, placesGained } from "./change.ts";
import { dodge } from "./dodge.ts";
import type { EditionSlot } from "./editions.ts";
import { FONT, VIEW_WIDTH } from "./chart-sizes.ts";
import { textWidth } from "./text-metrics.ts";
import type { MissingReason } from "./types.ts";

export interface SlopeDatum {
  id: string;
  label: string;
  from: number | null;
  to: number | null;
  /** Why `from` / `to` is missing; required when it is null. */
  fromMissing?: MissingReason;
  toMissing?: MissingReason;
  highlight?: boolean;
}

export interface SlopeInput {
  from: EditionSlot;
  to: EditionSlot;
  data: readonly SlopeDatum[];
  order?: "desc" | "asc";
  /** "value" compares figures and needs both editions in one comparability group; "rank"
   * compares ranks, which stay meaningful across a methodology break. */
  mode?: "value" | "rank";
}

export interface SlopeEnd {
  value: number;
  rank: number;
  tied: boolean;
}

export interface SlopeUnit {
  id: string;
  label: string;
  highlight: boolean;
  from: SlopeEnd;
  to: SlopeEnd;
  /** to − from, exact to the figures' decimals; null in rank mode (not comparable). */
  change: number | null;
  placesGained: number;
  /** Better, worse or unchanged in the chart's measure (value in value mode, rank in rank mode). */
  trend: "better" | "worse" | "same";
}

export interface SlopeApart {
  id: string;
  label: string;
  highlight: boolean;
  from: { value: number; rank: number; tied: boolean } | { value: null; missing: MissingReason };
  to: { value: number; rank: number; tied: boolean } | { value: null; missing: MissingReason };
}

export interface SlopeSeries {
  from: EditionSlot;
  to: EditionSlot;
  mode: "value" | "rank";
  order: "desc" | "asc";
  /** Units with both figures, best first at `to` (ties in label order). */
  units: SlopeUnit[];
  apart: SlopeApart[];
  rankOf: { from: number; to: number };
}

const collator = new Intl.Collator("vi");

export function series(input: SlopeInput): SlopeSeries {
  const mode = input.mode ?? "value";
  const order = input.order ?? "desc";
  if (mode === "value" && input.from.group !== input.to.group) {
    throw new Error(`slope: ${input.from.edition} and ${input.to.edition} are in different comparability groups; compare ranks (mode "rank")`);
  }
  const seen = new Set<string>();
  for (const d of input.data) {
    if (seen.has(d.id)) throw new Error(`slope: unit ${d.id} given twice`);
    seen.add(d.id);
    for (const [v, why, e] of [[d.from, d.fromMissing, "from"], [d.to, d.toMissing, "to"]] as const) {
      if (v === null && why === undefined) throw new Error(`slope: unit ${d.id} has no ${e} value and no reason why`);
      if (v !== null && !Number.isFinite(v)) throw new Error(`slope: unit ${d.id} has a ${e} value that is not a number`);
    }
  }
  const end = (side: "from" | "to") => {
    const r = rank(input.data, (d) => d[side], order);
    const counts = new Map<number, number>();
    for (const x of r) if (x.rank !== null) counts.set(x.rank, (counts.get(x.rank) ?? 0) + 1);
    return { ranks: r.map((x) => x.rank), counts, of: r[0]?.of ?? 0 };
  };
  const f = end("from");
  const t = end("to");
  const sideOf = (d: SlopeDatum, side: "from" | "to", i: number) => {
    const k = (side === "from" ? f : t).ranks[i]!;
    const counts = (side === "from" ? f : t).counts;
    return d[side] === null ? { value: null, missing: (side === "from" ? d.fromMissing : d.toMissing)! } : { value: d[side], rank: k!, tied: counts.get(k!)! > 1 };
  };
  const units: SlopeUnit[] = [];
  const apart: SlopeApart[] = [];
  input.data.forEach((d, i) => {
    const a = sideOf(d, "from", i);
    const b = sideOf(d, "to", i);
    const highlight = d.highlight === true;
    if (a.value === null || b.value === null) {
      apart.push({ id: d.id, label: d.label, highlight, from: a, to: b });
      return;
    }
    const from = a as SlopeEnd;
    const to = b as SlopeEnd;
    const gained = placesGained(from.rank, to.rank);
    const change = mode === "value" ? difference(from.value, to.value) : null;
    const better = mode === "rank" ? gained : (order === "desc" ? 1 : -1) * (to.value - from.value);
    units.push({ id: d.id, label: d.label, highlight, from, to, change, placesGained: gained, trend: better > 0 ? "better" : better < 0 ? "worse" : "same" });
  });
  units.sort((a, b) => a.to.rank - b.to.rank || collator.compare(a.label, b.label) || (a.id < b.id ? -1 : 1));
  apart.sort((a, b) => collator.compare(a.label, b.label) || (a.id < b.id ? -1 : 1));
  return { from: input.from, to: input.to, mode, order, units, apart, rankOf: { from: f.of, to: t.of } };
}

export interface SlopeLayoutOptions {
  fontSize?: number;
  /** Vertical distance between two labels' baselines; at least the label height. */
  labelGap?: number;
  /** Decimals the value labels will be padded to, to reserve their width. */
  decimals?: number;
  /** The values' unit, so a "%" sign gets its room too. */
  unit?: ColumnDef["unit"];
  /** "all" (default) labels every unit; "highlighted" labels only highlighted units, so their
   * labels stay next to their lines (the other lines are context). */
  labels?: "all" | "highlighted";
}

export interface SlopeLine {
  unitId: string;
  label: string;
  highlight: boolean;
  trend: SlopeUnit["trend"];
  from: SlopeEnd;
  to: SlopeEnd;
  change: number | null;
  placesGained: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Label centres after collision resolution (the text baseline is y + fontSize × 0.35);
   * null for a line drawn without labels. */
  leftLabelY: number | null;
  rightLabelY: number | null;
}

export interface SlopeLayout {
  width: number;
  height: number;
  fontSize: number;
  mode: "value" | "rank";
  /** Edition headings over the two axes. */
  headingY: number;
  xFrom: number;
  xTo: number;
  plotTop: number;
  plotBottom: number;
  /** Left labels end at leftTextX; right labels: value from rightValueX, name from rightNameX. */
  leftTextX: number;
  rightValueX: number;
  rightNameX: number;
  lines: SlopeLine[];
  /** Baseline of the heading over the units listed apart, or null when there are none. */
  apartHeadingY: number | null;
  /** Each unit listed apart takes two lines: its name (y), then both editions' figure or reason (y2). */
  apart: (SlopeApart & { y: number; y2: number })[];
}

export function layout(s: SlopeSeries, size: { width?: number; height?: number }, options: SlopeLayoutOptions = {}): SlopeLayout {
  const width = size.width ?? VIEW_WIDTH;
  const fontSize = options.fontSize ?? FONT;
  const gap = Math.max(options.labelGap ?? Math.round(fontSize * 1.3), fontSize * 1.2);
  const labelled = s.units.filter((u) => options.labels !== "highlighted" || u.highlight);
  const n = labelled.length;
  const text = (e: SlopeEnd) => (s.mode === "rank" ? `${e.tied ? "=" : ""}${e.rank}` : formatValue(e.value, options.unit ?? "points", "en", { decimals: options.decimals ?? 0 }));
  const leftW = Math.max(0, ...labelled.map((u) => textWidth(text(u.from), fontSize, u.highlight)));
  const rightValueW = Math.max(0, ...labelled.map((u) => textWidth(text(u.to), fontSize, u.highlight)));
  const nameW = Math.max(0, ...labelled.map((u) => textWidth(u.label, fontSize, u.highlight)));
  const leader = 14;
  const xFrom = leftW + leader + 4;
  // The slopes get what the labels leave, but never less than a fifth of the width.
  const xTo = Math.max(xFrom + width / 5, width - (leader + 4 + rightValueW + 6 + nameW + 2));
  const headingY = fontSize;
  const plotTop = headingY + fontSize;
  // Tall enough for every label at its minimum gap: the chart grows rather than overlaps.
  const plotBottom = plotTop + Math.max(size.height ?? 240, (n - 1) * gap);
  // Every end carries its figure as a label, so the two axes need no ticks.
  let y: (e: SlopeEnd) => number;
  if (s.mode === "rank") {
    const scale = scaleLinear().domain([1, Math.max(2, s.rankOf.from, s.rankOf.to)]).range([plotTop, plotBottom]);
    y = (e) => scale(e.rank);
  } else {
    const values = s.units.flatMap((u) => [u.from.value, u.to.value]);
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    const scale = scaleLinear().domain(values.length === 0 ? [0, 1] : lo === hi ? [lo - 1, hi + 1] : [lo, hi]).range([plotBottom, plotTop]);
    y = (e) => scale(e.value);
  }
  const left = new Map(dodge(labelled.map((u) => y(u.from)), gap, plotTop, plotBottom).map((v, i) => [labelled[i]!.id, v]));
  const right = new Map(dodge(labelled.map((u) => y(u.to)), gap, plotTop, plotBottom).map((v, i) => [labelled[i]!.id, v]));
  const lines: SlopeLine[] = s.units.map((u) => ({
    unitId: u.id, label: u.label, highlight: u.highlight, trend: u.trend, from: u.from, to: u.to, change: u.change, placesGained: u.placesGained,
    x1: xFrom, y1: y(u.from), x2: xTo, y2: y(u.to), leftLabelY: left.get(u.id) ?? null, rightLabelY: right.get(u.id) ?? null,
  }));
  let yy = plotBottom + gap;
  let apartHeadingY: number | null = null;
  const apart: SlopeLayout["apart"] = [];
  if (s.apart.length > 0) {
    yy += gap;
    apartHeadingY = yy;
    for (const a of s.apart) {
      apart.push({ ...a, y: yy + gap, y2: yy + 2 * gap });
      yy += 2 * gap;
    }
  }
  return {
    width, height: Math.ceil(yy + fontSize * 0.5), fontSize, mode: s.mode, headingY, xFrom, xTo, plotTop, plotBottom,
    leftTextX: xFrom - leader - 2, rightValueX: xTo + leader + 2, rightNameX: xTo + leader + 2 + rightValueW + 6,
    lines, apartHeadingY, apart,
  };
}
