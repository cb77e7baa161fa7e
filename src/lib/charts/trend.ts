// Trend lines: one or several units over editions, against the national median and
// interquartile band. Lines break at methodology breaks and at missing values; a missing value is
// a marker on a row below the plot, with its reason, never a point at 0.
import { area, extent, line, scaleLinear, symbol, symbolsFill } from "d3";
import { formatNumber } from "../format/number.ts";
import { editionTicks, panelsOf, placeEditions, type EditionTick } from "./editions.ts";
import { spread, type Spread } from "./median.ts";
import { missingBlock, type MissingBlock } from "./missing-notes.ts";
import { alignPoints, checkUniqueIds, sortEditions, withBreaks, type AlignedPoint, type UnitInput } from "./series-points.ts";
import { FONT, VIEW_WIDTH } from "./chart-sizes.ts";
import { textWidth } from "./text-metrics.ts";
import { placeDocuments, yearFraction, type TrendDocumentInput, type TrendDocumentsLayout } from "./trend-documents.ts";
import type { MissingReason, Tick } from "./types.ts";

export type { EditionValue, UnitInput } from "./series-points.ts";

export interface TrendEditionInput {
  edition: string;
  /** Comparability group: a codebook's `comparability` (papi-2011, papi-2018). */
  group: string;
  /** Every unit's value in this edition (missing as null), for the national median band. */
  allValues?: readonly (number | null)[];
}

export interface TrendGroupInput {
  id: string;
  /** Panel heading in the page language, e.g. "2011–2017 · max 60". */
  label: string;
  /** The indicator's scale in this group (codebook min and max). */
  min: number;
  max: number;
}

export interface TrendInput {
  editions: readonly TrendEditionInput[];
  groups: readonly TrendGroupInput[];
  /** The units to draw (a handful: each gets its own colour and marker shape). */
  units: readonly UnitInput[];
  /** Documents to mark on the time axis (see trend-documents.ts). */
  documents?: readonly TrendDocumentInput[];
}

export interface TrendUnit {
  id: string;
  label: string;
  /** Colour and marker slot, in input order. */
  slot: number;
  highlight: boolean;
  points: AlignedPoint[];
}

export interface TrendSeries {
  editions: { edition: string; group: string; spread: Spread | null }[];
  groups: TrendGroupInput[];
  units: TrendUnit[];
  documents: TrendDocumentInput[];
}

export function series(input: TrendInput): TrendSeries {
  const editions = sortEditions(input.editions);
  const groupIds = new Set(input.groups.map((g) => g.id));
  for (const e of editions) if (!groupIds.has(e.group)) throw new Error(`trend: edition ${e.edition} is in unknown group ${e.group}`);
  checkUniqueIds(input.units);
  const documents = [...(input.documents ?? [])];
  checkUniqueIds(documents);
  for (const d of documents) if (d.date !== null) yearFraction(d.date);
  return {
    editions: editions.map((e) => ({ edition: e.edition, group: e.group, spread: e.allValues === undefined ? null : spread(e.allValues) })),
    groups: input.groups.filter((g) => editions.some((e) => e.group === g.id)),
    units: input.units.map((u, slot) => ({ id: u.id, label: u.label, slot, highlight: u.highlight === true, points: alignPoints(u, editions) })),
    documents,
  };
}

export interface TrendLayoutOptions {
  fontSize?: number;
  /** Reason texts in the page language, used only to measure the notes under the chart. */
  reasonText?: Partial<Record<MissingReason, string>>;
  /**
   * A fixed value axis per comparability group. Small multiples pass the union of their panels'
   * domains, so every panel shares one scale and the eye can compare them.
   */
  domains?: Readonly<Record<string, readonly [number, number]>>;
  /** Least height of the documents' label rows: small multiples pass their tallest, so plots line up. */
  documentsHeight?: number;
}

export interface TrendPanel {
  group: string;
  label: string;
  x0: number;
  x1: number;
  /** Start of the panel heading (over its axis labels) and its baseline. */
  labelX: number;
  labelY: number;
  /** The panel's own value axis (see the comment on y domains in layout()). */
  domain: [number, number];
  yTicks: Tick[];
}

export interface LegendEntry {
  unitId: string;
  label: string;
  slot: number;
  /** Centre of the swatch (a short line through the unit's marker); text starts at textX. */
  x: number;
  y: number;
  textX: number;
}

export interface TrendLayout {
  width: number;
  height: number;
  fontSize: number;
  legend: LegendEntry[];
  /** The band's legend row: a swatch at (x, y) and its text at textX; null without a band. */
  bandLegend: { x: number; y: number; textX: number } | null;
  plotTop: number;
  plotBottom: number;
  panels: TrendPanel[];
  xTicks: EditionTick[];
  xLabelY: number;
  /** Interquartile band and median line of all units, one path each, broken like the lines;
   * `lone` marks editions whose band has no neighbour to join (drawn as a bar with a tick). */
  band: { area: string; median: string; lone: { edition: string; x: number; yQ1: number; yQ3: number; yMedian: number }[] } | null;
  lines: { unitId: string; slot: number; highlight: boolean; path: string }[];
  points: { unitId: string; slot: number; edition: string; value: number; x: number; y: number }[];
  /** Marker shape of each slot: a path centred on (0, 0). */
  symbols: string[];
  missing: MissingBlock;
  /** Documents on the time axis: label rows between the headings and the plot. */
  documents: TrendDocumentsLayout;
}

type Vertex = { x: number; y: number };
type BandVertex = { edition: string; x: number; y0: number; y1: number; ym: number };

export function layout(s: TrendSeries, size: { width?: number; height?: number }, options: TrendLayoutOptions = {}): TrendLayout {
  const width = size.width ?? VIEW_WIDTH;
  const plotHeight = size.height ?? 200;
  const fontSize = options.fontSize ?? FONT;
  const lineHeight = Math.round(fontSize * 1.3);
  const right = 10;

  // Legend: entries flow into rows; the band gets a row of its own.
  const legend: LegendEntry[] = [];
  let lx = 0;
  let ly = lineHeight * 0.6;
  for (const u of s.units) {
    const w = 24 + 5 + textWidth(u.label, fontSize, u.highlight) + 14;
    if (lx > 0 && lx + w > width) {
      lx = 0;
      ly += lineHeight;
    }
    legend.push({ unitId: u.id, label: u.label, slot: u.slot, x: lx + 12, y: ly, textX: lx + 29 });
    lx += w;
  }
  const hasBand = s.editions.some((e) => e.spread !== null);
  if (legend.length > 0) ly += lineHeight;
  const bandLegend = hasBand ? { x: 12, y: ly, textX: 29 } : null;
  if (hasBand) ly += lineHeight;

  // Per-group panels with their own axis, because a PAPI total out of 60 (2011–2017) and one out
  // of 80 (2018–) are not one quantity: a shared 0–80 axis would show a jump that is only the
  // method. Every panel spans the same share of its own scale per pixel, so a change of 1 % of
  // the scale looks the same on both sides of the break, and each panel's ticks say what it shows.
  const groupOf = new Map(s.groups.map((g) => [g.id, g]));
  const runs = panelsOf(s.editions);
  const dataExtent = runs.map((p) => {
    const inPanel = new Set(p.editions);
    const values = [
      ...s.units.flatMap((u) => u.points.filter((pt) => inPanel.has(pt.edition) && pt.value !== null).map((pt) => pt.value!)),
      ...s.editions.filter((e) => inPanel.has(e.edition) && e.spread !== null).flatMap((e) => [e.spread!.q1, e.spread!.q3]),
    ];
    const [lo, hi] = extent(values);
    return lo === undefined || hi === undefined ? null : [lo, hi] as const;
  });
  const share = Math.min(1, Math.max(0.05, ...runs.map((p, i) => {
    const g = groupOf.get(p.group)!;
    const ext = dataExtent[i];
    return ext ? ((ext[1] - ext[0]) / (g.max - g.min)) * 1.2 : 0;
  })));
  const domains = runs.map((p, i): [number, number] => {
    const fixed = options.domains?.[p.group];
    if (fixed) return [fixed[0], fixed[1]];
    const g = groupOf.get(p.group)!;
    const span = share * (g.max - g.min);
    const ext = dataExtent[i];
    const centre = ext ? (ext[0] + ext[1]) / 2 : (g.min + g.max) / 2;
    const lo = Math.min(Math.max(g.min, centre - span / 2), g.max - span);
    return [lo, lo + span];
  });
  const tickSets = domains.map((d) => scaleLinear().domain(d).ticks(4));
  const yLabelW = Math.max(textWidth("00", fontSize), ...tickSets.flat().map((v) => textWidth(formatNumber(v, "en"), fontSize)));

  // Group headings: one row if each fits over its panel, else one row per panel.
  const headingTop = ly;
  const left = yLabelW + 7;
  const gap = yLabelW + 16;
  const placement = placeEditions(s.editions, left, width - right, runs.length > 1 ? gap : 0);
  // A heading starts over its panel's axis labels and may run to the next heading.
  const headingX = placement.panels.map((p) => p.x0 - left);
  const fits = placement.panels.every((p, i) => textWidth(groupOf.get(p.group)!.label, fontSize, true) <= (headingX[i + 1] ?? width) - headingX[i]! - 8);
  const headingRows = fits ? 1 : placement.panels.length;
  const editionYears = s.editions.map((e) => Number(e.edition));
  const axis = { x: placement.x, step: placement.step, first: Math.min(...editionYears), last: Math.max(...editionYears), left: 0, right: width };
  const stripTop = headingTop + headingRows * lineHeight;
  let documents = placeDocuments(s.documents, axis, stripTop, fontSize);
  // A taller strip (to line up with a neighbouring panel) keeps the labels next to the plot.
  const stripHeight = Math.max(documents.height, options.documentsHeight ?? 0);
  if (stripHeight > documents.height) documents = placeDocuments(s.documents, axis, stripTop + stripHeight - documents.height, fontSize);
  const plotTop = stripTop + stripHeight + 4;
  const plotBottom = plotTop + plotHeight;
  const yScales = domains.map((d) => scaleLinear().domain(d).range([plotBottom, plotTop]));
  const panels: TrendPanel[] = placement.panels.map((p, i) => ({
    group: p.group,
    label: groupOf.get(p.group)!.label,
    x0: p.x0,
    x1: p.x1,
    labelX: headingX[i]!,
    labelY: headingTop + (fits ? 0 : i) * lineHeight + fontSize * 0.8,
    domain: domains[i]!,
    yTicks: tickSets[i]!.map((value) => ({ value, position: yScales[i]!(value) })),
  }));
  const panelOf = new Map(placement.panels.flatMap((p, i) => p.editions.map((e) => [e, i] as const)));
  const X = (edition: string) => placement.x.get(edition)!;
  const Y = (edition: string, v: number) => yScales[panelOf.get(edition)!]!(v);

  const xTicks = editionTicks(placement, Math.max(0, ...s.editions.map((e) => textWidth(e.edition, fontSize))), 6);
  const xLabelY = plotBottom + fontSize + 5;

  const pathOf = line<Vertex | null>().defined((d) => d !== null).x((d) => d!.x).y((d) => d!.y);
  const lines = s.units.map((u) => ({
    unitId: u.id,
    slot: u.slot,
    highlight: u.highlight,
    path: pathOf(withBreaks(u.points, (p) => (p.value === null ? null : { x: X(p.edition), y: Y(p.edition, p.value) }))) ?? "",
  }));
  const points = s.units.flatMap((u) =>
    u.points.filter((p) => p.value !== null).map((p) => ({ unitId: u.id, slot: u.slot, edition: p.edition, value: p.value!, x: X(p.edition), y: Y(p.edition, p.value!) })),
  );

  let band: TrendLayout["band"] = null;
  if (hasBand) {
    const vertices = withBreaks(s.editions, (e): BandVertex | null =>
      e.spread === null ? null : { edition: e.edition, x: X(e.edition), y0: Y(e.edition, e.spread.q1), y1: Y(e.edition, e.spread.q3), ym: Y(e.edition, e.spread.median) },
    );
    const bandArea = area<BandVertex | null>().defined((d) => d !== null).x((d) => d!.x).y0((d) => d!.y0).y1((d) => d!.y1);
    const medianLine = line<BandVertex | null>().defined((d) => d !== null).x((d) => d!.x).y((d) => d!.ym);
    const lone = vertices.flatMap((v, i) =>
      v !== null && !vertices[i - 1] && !vertices[i + 1]
        ? [{ edition: v.edition, x: v.x, yQ1: v.y0, yQ3: v.y1, yMedian: v.ym }]
        : [],
    );
    band = { area: bandArea(vertices) ?? "", median: medianLine(vertices) ?? "", lone };
  }

  const missing = missingBlock(
    s.units.map((u) => ({ id: u.id, label: u.label, missing: u.points.filter((p) => p.value === null).map((p) => ({ edition: p.edition, reason: p.missing! })) })),
    xLabelY + 4,
    { x: X, editions: s.editions.map((e) => e.edition), left: 0, right: width, fontSize, lineHeight, markerRowHeight: 14, ...(options.reasonText ? { reasonText: options.reasonText } : {}) },
  );
  const symbols = s.units.map((u) => symbol(symbolsFill[u.slot % symbolsFill.length]!, 42)() ?? "");
  return {
    width, height: Math.ceil(xLabelY + 4 + missing.height + 4), fontSize, legend, bandLegend, plotTop, plotBottom, panels,
    xTicks, xLabelY, band, lines, points, symbols, missing, documents,
  };
}
