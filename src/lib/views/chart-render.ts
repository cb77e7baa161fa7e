// From a chart's plain input to placed marks: each adapter feeds one chart module's series() and
// layout() (src/lib/charts), so pages and components receive finished layouts and only draw.
import { t } from "../../i18n/index.ts";
import * as agency from "../charts/agency.ts";
import * as histogram from "../charts/histogram.ts";
import * as procedures from "../charts/procedures.ts";
import * as profile from "../charts/profile.ts";
import * as ranking from "../charts/ranking.ts";
import * as slope from "../charts/slope.ts";
import * as tilemap from "../charts/tilemap.ts";
import * as trend from "../charts/trend.ts";
import type { TrendDocumentsLayout } from "../charts/trend-documents.ts";
import type { MissingReason } from "../charts/types.ts";
import { formatNumber, formatValue } from "../format/index.ts";
import { missingText } from "./text.ts";
import type { ChartDocument, ColumnDef, EditionPoint, Lang, RankingInput, TileMapInput, TrendInput } from "./types.ts";

/** A document listed under a trend panel: its key on the chart, or why it is not drawn. */
export interface ChartDocumentItem {
  id: string;
  /** The disc's number in a numbered chart; null when the chart prints the document number, or does not draw it. */
  key: string | null;
  name: string;
  dateText: string;
  href: string;
  /** Why the document is not on the chart; null when it is. */
  omitted: string | null;
}

/** What a chart component draws: the layout and the few options its render needs. */
export type ChartRender =
  | { kind: "ranking"; layout: ranking.RankingLayout; unit: ColumnDef["unit"]; decimals: number }
  | { kind: "slope"; layout: slope.SlopeLayout; unit: ColumnDef["unit"]; decimals: number; from: string; to: string }
  /** One panel per series: small multiples, each labelled, never merged into one line. */
  | { kind: "trend"; panels: { id: string; label: string; layout: trend.TrendLayout; documents: ChartDocumentItem[] }[] }
  | { kind: "tilemap"; layout: tilemap.TileMapLayout; unit: ColumnDef["unit"]; decimals: number }
  /** Bars that never rank: printed ranks only (ministries, partial press lists, a province's own index). */
  | { kind: "agency"; layout: agency.AgencyLayout; unit: ColumnDef["unit"]; decimals: number }
  /** One dimension profile per subject (small multiples on a 34-frame page). */
  | { kind: "profile"; panels: { id: string; label: string; layout: profile.ProfileLayout }[]; unit: ColumnDef["unit"] }
  | { kind: "procedures"; scores: procedures.ScoresLayout | null; rates: procedures.RatesLayout | null }
  | { kind: "histogram"; layout: histogram.HistogramLayout };

/** The distribution of one edition's values (bins already computed by views/distribution.ts). */
export function histogramRender(input: histogram.HistogramInput): ChartRender {
  return { kind: "histogram", layout: histogram.layout(input) };
}

const REASONS: readonly MissingReason[] = ["not_published", "no_data", "not_surveyed", "unit_not_existing", "no_row"];

export function reasonTexts(lang: Lang): Record<MissingReason, string> {
  return Object.fromEntries(REASONS.map((r) => [r, missingText(r, lang)])) as Record<MissingReason, string>;
}

const missingOf = (m: MissingReason | null): { missing?: MissingReason } => (m === null ? {} : { missing: m });

/** Ranking bars for a full table (ranks computed from the values, ties shared, as the chart does). */
export function rankingRender(input: RankingInput, edition: string, decimals: number): ChartRender {
  const s = ranking.series({
    edition,
    data: input.items.map((i) => ({ id: i.id, label: i.label, value: i.value, ...missingOf(i.missing) })),
    domain: [input.min, input.max],
  });
  return { kind: "ranking", layout: ranking.layout(s, {}, { decimals }), unit: input.unit, decimals };
}

/** A slope between two editions of one comparability group; units with one figure are listed apart. */
export function slopeRender(
  rows: readonly { id: string; label: string; from: EditionPoint; to: EditionPoint }[],
  from: { edition: number; group: string }, to: { edition: number; group: string },
  unit: ColumnDef["unit"], decimals: number,
): ChartRender {
  const s = slope.series({
    from: { edition: String(from.edition), group: from.group },
    to: { edition: String(to.edition), group: to.group },
    data: rows.map((r) => ({
      id: r.id, label: r.label, from: r.from.value, to: r.to.value,
      ...(r.from.missing === null ? {} : { fromMissing: r.from.missing }),
      ...(r.to.missing === null ? {} : { toMissing: r.to.missing }),
    })),
  });
  return { kind: "slope", layout: slope.layout(s, {}, { decimals, unit }), unit, decimals, from: String(from.edition), to: String(to.edition) };
}

/**
 * One trend panel per series. `allValues` (every unit's value per edition) draws the national
 * median and middle half behind each line; leave it out where the values are a partial list.
 */
export function trendRender(input: TrendInput, lang: Lang, allValues?: (edition: number) => (number | null)[]): ChartRender {
  const editions = [...new Set(input.series.flatMap((s) => s.points.map((p) => p.edition)))].sort((a, b) => a - b);
  const groupOf = new Map(input.series.flatMap((s) => s.points.map((p) => [p.edition, p.group] as const)));
  const groups = input.groups.filter((g) => editions.some((e) => groupOf.get(e) === g.group)).map((g) => ({
    id: g.group, min: g.min, max: g.max,
    label: t(lang, "chart.groupLabel", { span: g.first === g.last ? String(g.first) : `${g.first}–${g.last}`, max: formatNumber(g.max, lang) }),
  }));
  const reasonText = reasonTexts(lang);
  const seriesOf = (s: (typeof input.series)[number]) => trend.series({
    editions: editions.map((e) => ({ edition: String(e), group: groupOf.get(e)!, ...(allValues ? { allValues: allValues(e) } : {}) })),
    groups,
    units: [{ id: s.id, label: s.label, points: s.points.map((p) => ({ edition: String(p.edition), value: p.value, ...missingOf(p.missing) })) }],
    documents: (s.documents ?? []).map((d) => ({ id: d.id, label: d.number, date: d.date })),
  });
  // Small multiples share one value axis per comparability group: lay out once to learn each
  // panel's domain, then again with their union.
  // The same first pass gives the tallest documents strip, which every panel then reserves.
  const shared: Record<string, [number, number]> = {};
  let documentsHeight = 0;
  for (const s of input.series) {
    const first = trend.layout(seriesOf(s), {}, { reasonText });
    documentsHeight = Math.max(documentsHeight, first.documents.height);
    for (const p of first.panels) {
      const d = shared[p.group];
      shared[p.group] = d ? [Math.min(d[0], p.domain[0]), Math.max(d[1], p.domain[1])] : [p.domain[0], p.domain[1]];
    }
  }
  return {
    kind: "trend",
    panels: input.series.map((s) => {
      const layout = trend.layout(seriesOf(s), {}, { reasonText, domains: shared, documentsHeight });
      return { id: s.id, label: s.label, layout, documents: documentItems(s.documents ?? [], layout.documents, editions, lang) };
    }),
  };
}

/** The list under a trend panel, in the chart's (date) order, then the documents not drawn. */
function documentItems(docs: readonly ChartDocument[], placed: TrendDocumentsLayout, editions: readonly number[], lang: Lang): ChartDocumentItem[] {
  const byId = new Map(docs.map((d) => [d.id, d] as const));
  const first = editions[0] ?? 0;
  const last = editions[editions.length - 1] ?? 0;
  const item = (id: string, key: string | null, omitted: string | null): ChartDocumentItem => {
    const d = byId.get(id)!;
    return { id, key, name: d.name, dateText: d.dateText, href: d.href, omitted };
  };
  return [
    ...placed.marks.map((m) => item(m.id, placed.numbered ? m.key : null, null)),
    ...placed.omitted.map((o) => item(o.id, null, t(lang, `chart.documentOmitted.${o.reason}`, { first, last, year: byId.get(o.id)!.date?.slice(0, 4) ?? "" }))),
  ];
}

/** Formats as the chart components do, so layouts reserve the right width for every label. */
const formatter = (unit: ColumnDef["unit"], lang: Lang, decimals: number) => (v: number) => formatValue(v, unit, lang, { decimals });

/** A tile map of one frame: tiles from data/reference, classes over this edition's values. */
export function tileMapRender(
  tiles: readonly { unit: string; row: number; col: number; label: string }[], items: TileMapInput["items"],
  unit: ColumnDef["unit"], decimals: number, lang: Lang, legendTitle: string,
): ChartRender {
  const names = new Map(items.map((i) => [i.id, i.label] as const));
  const s = tilemap.series({
    tiles: tiles.map((t) => ({ ...t, name: names.get(t.unit) ?? t.label })),
    values: items.map((i) => ({ unit: i.id, value: i.value, ...missingOf(i.missing) })),
    domain: { basis: "data" },
  });
  const layout = tilemap.layout(s, {}, {
    format: formatter(unit, lang, decimals), legendTitle, basisText: t(lang, "chart.mapBasis"),
    missingText: t(lang, "chart.missing"), missingShort: t(lang, "chart.missingShort"),
  });
  return { kind: "tilemap", layout, unit, decimals };
}

/** Agency-style bars: the value and the rank exactly as printed; nothing ranked by us. */
export function agencyRender(
  input: RankingInput, variant: agency.AgencyBarsInput["variant"], lang: Lang, decimals: number,
  options: { reference?: { label: string; value: number }; bannerText?: string } = {},
): ChartRender {
  const s = agency.series({
    variant,
    rows: input.items.map((i) => ({
      id: i.id, label: i.label, total: i.value, ...missingOf(i.missing),
      rankText: i.rank !== null ? (i.rankOf === null ? String(i.rank) : `${i.rank}/${i.rankOf}`) : i.rankText,
    })),
    scaleMax: input.max,
    ...(options.reference ? { reference: options.reference } : {}),
  });
  const format = formatter(input.unit, lang, decimals);
  const layout = agency.layout(s, {}, {
    format, missingText: t(lang, "chart.missingShort"),
    ...(options.bannerText ? { bannerText: options.bannerText } : {}),
    ...(options.reference ? { referenceText: `${options.reference.label}: ${format(options.reference.value)}` } : {}),
  });
  return { kind: "agency", layout, unit: input.unit, decimals };
}

/** Dimension profiles, one per subject, each against every unit's range and median in the edition. */
export function profileRender(
  panels: readonly { id: string; label: string; dimensions: profile.ProfileInput["dimensions"]; values: profile.ProfileInput["values"] }[],
  unit: ColumnDef["unit"], lang: Lang,
): ChartRender {
  return {
    kind: "profile", unit,
    panels: panels.map((p) => ({
      id: p.id, label: p.label,
      layout: profile.layout(profile.series({ unit: p.id, unitLabel: p.label, dimensions: p.dimensions, values: p.values }), {}, {
        format: formatter(unit, lang, 0), rangeText: t(lang, "chart.profileRange"), medianText: t(lang, "chart.median"), missingText: t(lang, "chart.missingShort"),
      }),
    })),
  };
}

/** QĐ 766 scores (total and groups) and processing rates of one unit, every mark with its period. */
export function proceduresRender(
  scores: procedures.ScoresInput | null, rates: procedures.RatesInput | null, lang: Lang,
): ChartRender | null {
  if (scores === null && rates === null) return null;
  const periodTypeText = Object.fromEntries(procedures.PERIOD_TYPES.map((p) => [p, t(lang, `period.${p}`)]));
  return {
    kind: "procedures",
    scores: scores === null ? null : procedures.scoresLayout(procedures.scoresSeries(scores), {}, {
      format: (v) => formatNumber(v, lang), periodTypeText,
      groupText: (g) => t(lang, "chart.scoreGroup", { slots: g.slots.join("+"), label: g.label, max: formatNumber(g.max, lang) }),
      totalText: t(lang, "chart.scoreTotal"), notPrintedText: t(lang, "chart.notPrinted"), missingText: t(lang, "chart.missingShort"),
    }),
    rates: rates === null ? null : procedures.ratesLayout(procedures.ratesSeries(rates), {}, {
      format: (v) => `${formatNumber(v, lang)}%`, mixedText: t(lang, "chart.mixedPeriods"), missingText: t(lang, "chart.missingShort"),
    }),
  };
}
