// Rank over time (bump chart): every unit's rank per edition, ties sharing a rank, lines broken at
// missing values and at methodology breaks; the end labels put the rank change next to the
// score change, because a rank can move while the score barely does (and the reverse).
import { line, scaleLinear, symbol, symbolsFill } from "d3";
import { formatNumber } from "../format/number.ts";
import { rank } from "../metrics/rank.ts";
import { difference, placesGained } from "./change.ts";
import { dodge } from "./dodge.ts";
import { editionTicks, placeEditions, type EditionSlot, type EditionTick } from "./editions.ts";
import { missingBlock, type MissingBlock } from "./missing-notes.ts";
import { alignPoints, checkUniqueIds, sortEditions, withBreaks, type AlignedPoint, type UnitInput } from "./series-points.ts";
import { FONT, VIEW_WIDTH } from "./chart-sizes.ts";
import { textWidth } from "./text-metrics.ts";
import type { MissingReason, Tick } from "./types.ts";

export type { EditionValue, UnitInput } from "./series-points.ts";

export interface BumpInput {
  editions: readonly EditionSlot[];
  /** All units of the index (ranks are among them); the ones with `highlight` are drawn in colour and labelled. */
  units: readonly UnitInput[];
  order?: "desc" | "asc";
  /** The two editions the end labels compare; default the last two. */
  change?: { from: string; to: string };
}

export interface RankedPoint extends AlignedPoint {
  rank: number | null;
  tied: boolean;
}

export interface RankChange {
  from: string;
  to: string;
  fromRank: number | null;
  toRank: number | null;
  /** Places gained (positive = better); null unless ranked in both editions. */
  placesGained: number | null;
  /** Score change; null unless both values exist and the editions are comparable (same group). */
  scoreChange: number | null;
  comparable: boolean;
}

export interface BumpUnit {
  id: string;
  label: string;
  highlight: boolean;
  /** Colour and marker slot among highlighted units; -1 for context units. */
  slot: number;
  points: RankedPoint[];
  change: RankChange | null;
}

export interface BumpSeries {
  editions: (EditionSlot & { rankOf: number })[];
  units: BumpUnit[];
  change: { from: string; to: string } | null;
}

export function series(input: BumpInput): BumpSeries {
  const editions = sortEditions(input.editions);
  checkUniqueIds(input.units);
  const aligned = input.units.map((u) => alignPoints(u, editions));
  const order = input.order ?? "desc";
  const ranks = editions.map((_, j) => {
    const r = rank(aligned, (pts) => pts[j]!.value, order);
    const counts = new Map<number, number>();
    for (const x of r) if (x.rank !== null) counts.set(x.rank, (counts.get(x.rank) ?? 0) + 1);
    return { r, counts, of: r[0]?.of ?? 0 };
  });
  const last = editions[editions.length - 1];
  const prev = editions[editions.length - 2];
  const change = input.change ?? (last && prev ? { from: prev.edition, to: last.edition } : null);
  const fromIndex = change ? editions.findIndex((e) => e.edition === change.from) : -1;
  const toIndex = change ? editions.findIndex((e) => e.edition === change.to) : -1;
  if (change && (fromIndex < 0 || toIndex < 0)) throw new Error(`bump: change editions ${change.from}→${change.to} are not among the editions`);
  let slot = 0;
  const units = input.units.map((u, i): BumpUnit => {
    const points = aligned[i]!.map((p, j) => {
      const k = ranks[j]!.r[i]!.rank;
      return { ...p, rank: k, tied: k !== null && ranks[j]!.counts.get(k)! > 1 };
    });
    let c: RankChange | null = null;
    if (change) {
      const a = points[fromIndex]!;
      const b = points[toIndex]!;
      const comparable = a.group === b.group;
      c = {
        from: change.from,
        to: change.to,
        fromRank: a.rank,
        toRank: b.rank,
        placesGained: a.rank !== null && b.rank !== null ? placesGained(a.rank, b.rank) : null,
        scoreChange: comparable && a.value !== null && b.value !== null ? difference(a.value, b.value) : null,
        comparable,
      };
    }
    const highlight = u.highlight === true;
    return { id: u.id, label: u.label, highlight, slot: highlight ? slot++ : -1, points, change: c };
  });
  return { editions: editions.map((e, j) => ({ edition: e.edition, group: e.group, rankOf: ranks[j]!.of })), units, change };
}

export interface BumpLayoutOptions {
  fontSize?: number;
  /** Vertical distance between two consecutive ranks. */
  rankStep?: number;
  /** Decimals the score change will be printed with, to reserve its width. */
  decimals?: number;
  reasonText?: Partial<Record<MissingReason, string>>;
}

export interface BumpLabel {
  unitId: string;
  label: string;
  slot: number;
  /** The rank the label reports (at change.to) with its tie flag; null when missing there. */
  rank: number | null;
  tied: boolean;
  change: RankChange | null;
  /** Text start and the baselines of its two lines (name with rank; changes). */
  x: number;
  y1: number;
  y2: number;
  /** From the unit's point at the anchoring edition to the label's first line. */
  leader: { x1: number; y1: number; x2: number; y2: number };
}

export interface BumpLayout {
  width: number;
  height: number;
  fontSize: number;
  plotX0: number;
  plotX1: number;
  plotTop: number;
  plotBottom: number;
  xTicks: EditionTick[];
  xLabelY: number;
  /** Rank axis at the left: rank 1 at the top. */
  yTicks: Tick[];
  /** Grey lines of the units not highlighted, for context. */
  context: { unitId: string; path: string }[];
  lines: { unitId: string; slot: number; path: string }[];
  points: { unitId: string; slot: number; edition: string; rank: number; tied: boolean; x: number; y: number }[];
  symbols: string[];
  labels: BumpLabel[];
  missing: MissingBlock;
}

type Vertex = { x: number; y: number };

export function layout(s: BumpSeries, size: { width?: number; height?: number }, options: BumpLayoutOptions = {}): BumpLayout {
  const width = size.width ?? VIEW_WIDTH;
  const fontSize = options.fontSize ?? FONT;
  const lineHeight = Math.round(fontSize * 1.3);
  const maxRank = Math.max(1, ...s.editions.map((e) => e.rankOf));
  const highlighted = s.units.filter((u) => u.highlight);
  const labelHeight = 2 * lineHeight + 2;
  // Edition labels on top, where a tall chart's reader starts.
  const xLabelY = fontSize;
  const plotTop = xLabelY + 12;
  const wanted = options.rankStep ?? Math.min(2 * lineHeight, Math.max(6, (size.height ?? 360) / Math.max(1, maxRank - 1)));
  const plotHeight = Math.max((maxRank - 1) * wanted, (highlighted.length - 1) * labelHeight);
  const plotBottom = plotTop + plotHeight;
  const y = scaleLinear().domain([1, Math.max(2, maxRank)]).range([plotTop, maxRank > 1 ? plotBottom : plotTop + wanted]);

  // Room for "=12 Name" over "↑2 (+1.23)": measured on the real figures.
  const line2 = (u: BumpUnit) =>
    `↓${Math.abs(u.change?.placesGained ?? 0)} (−${formatNumber(Math.abs(u.change?.scoreChange ?? 0), "en", { decimals: options.decimals ?? 0 })})`;
  const labelW = Math.max(0, ...highlighted.map((u) => Math.max(textWidth(line2(u), fontSize), textWidth(`=${maxRank} ${u.label}`, fontSize, true))));
  const rankLabelW = textWidth(String(maxRank), fontSize);
  const plotX0 = rankLabelW + 8;
  const plotX1 = Math.max(plotX0 + width * 0.4, width - labelW - 16);
  const placement = placeEditions(s.editions, plotX0, plotX1, 10);
  const X = (edition: string) => placement.x.get(edition)!;
  const xTicks = editionTicks(placement, Math.max(0, ...s.editions.map((e) => textWidth(e.edition, fontSize))), 6);

  const pathOf = line<Vertex | null>().defined((d) => d !== null).x((d) => d!.x).y((d) => d!.y);
  const path = (u: BumpUnit) => pathOf(withBreaks(u.points, (p) => (p.rank === null ? null : { x: X(p.edition), y: y(p.rank) }))) ?? "";
  const context = s.units.filter((u) => !u.highlight).map((u) => ({ unitId: u.id, path: path(u) }));
  const lines = highlighted.map((u) => ({ unitId: u.id, slot: u.slot, path: path(u) }));
  const points = highlighted.flatMap((u) =>
    u.points.filter((p) => p.rank !== null).map((p) => ({ unitId: u.id, slot: u.slot, edition: p.edition, rank: p.rank!, tied: p.tied, x: X(p.edition), y: y(p.rank!) })),
  );

  // Labels sit right of the plot at the rank they report (the last ranked one if the unit is
  // missing in change.to), moved apart where ties or neighbours would make them overlap.
  const to = s.change?.to ?? s.editions[s.editions.length - 1]?.edition;
  const anchors = highlighted.map((u) => {
    const at = u.points.find((p) => p.edition === to);
    const lastRanked = [...u.points].reverse().find((p) => p.rank !== null);
    const p = at?.rank != null ? at : lastRanked;
    return p ? { x: X(p.edition), y: y(p.rank!), rank: at?.rank ?? null, tied: at?.tied ?? false } : { x: plotX1, y: plotTop, rank: null, tied: false };
  });
  const centres = dodge(anchors.map((a) => a.y), labelHeight, plotTop, Math.max(plotBottom, plotTop + (highlighted.length - 1) * labelHeight));
  const labelX = plotX1 + 14;
  const labels: BumpLabel[] = highlighted.map((u, i) => {
    const a = anchors[i]!;
    const c = centres[i]!;
    return {
      unitId: u.id, label: u.label, slot: u.slot, rank: a.rank, tied: a.tied, change: u.change,
      x: labelX, y1: c - 2, y2: c - 2 + lineHeight,
      leader: { x1: a.x + 5, y1: a.y, x2: labelX - 3, y2: c - fontSize * 0.35 - 2 },
    };
  });

  const yTicks = [1, ...y.ticks(6).filter((v) => Number.isInteger(v) && v > 1 && v <= maxRank)].map((value) => ({ value, position: y(value) }));
  if (maxRank > 1 && !yTicks.some((t) => t.value === maxRank)) {
    const lastTick = yTicks[yTicks.length - 1]!;
    // The last rank is worth a tick of its own unless it would crowd the previous one.
    if (y(maxRank) - lastTick.position < lineHeight) yTicks.pop();
    yTicks.push({ value: maxRank, position: y(maxRank) });
  }
  const labelsBottom = Math.max(plotBottom + lineHeight * 0.5, ...labels.map((l) => l.y2 + 4));
  const missing = missingBlock(
    highlighted.map((u) => ({ id: u.id, label: u.label, missing: u.points.filter((p) => p.value === null).map((p) => ({ edition: p.edition, reason: p.missing! })) })),
    labelsBottom,
    { x: X, editions: s.editions.map((e) => e.edition), left: 0, right: width, fontSize, lineHeight, markerRowHeight: 14, ...(options.reasonText ? { reasonText: options.reasonText } : {}) },
  );
  const symbols = highlighted.map((u) => symbol(symbolsFill[u.slot % symbolsFill.length]!, 42)() ?? "");
  return {
    width, height: Math.ceil(labelsBottom + missing.height + 4), fontSize, plotX0, plotX1, plotTop, plotBottom, xTicks, xLabelY,
    yTicks, context, lines, points, symbols, labels, missing,
  };
}
