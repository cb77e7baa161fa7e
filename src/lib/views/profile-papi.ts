// A profile's PAPI section: each subject's total over the editions (one small multiple per
// predecessor on a 34-frame page, never a sum or an average of them), its dimension scores in
// the latest edition beside the national lowest and highest, and its full tables with sources.
import { t } from "../../i18n/index.ts";
import { placesGained } from "../charts/change.ts";
import { formatNumber } from "../format/index.ts";
import type { DatasetEntries } from "../load/content-loader.ts";
import { profileRender, trendRender, type ChartRender } from "./chart-render.ts";
import type { ViewContext } from "./context.ts";
import { sourcesOf } from "./frames.ts";
import { datasetIdOf, hrefs } from "./hrefs.ts";
import { cellOf } from "./index-page.ts";
import { computedRanks, indexLookup, missingOf, pointOf, seriesOf } from "./series.ts";
import { listText, pointValueText, placesText, rankPhrase, rankText, scaleText, spanText, valueText } from "./text.ts";
import type {
  CellTableView, ChartView, ColumnDef, DimensionProfileInput, EditionIndexId, EditionPoint, Lang, ProfileSubject, ProfileView, TrendInput,
} from "./types.ts";

type Dataset = DatasetEntries[EditionIndexId];

/** Each comparability group of the total, with its scale, in edition order. */
export function trendGroups(ds: Dataset, indicator = "total"): TrendInput["groups"] {
  return ds.codebook
    .filter((c) => c.indicator === indicator)
    .sort((a, b) => a.first_edition - b.first_edition)
    .map((c) => ({ group: c.comparability, first: c.first_edition, last: c.last_edition, min: c.min, max: c.max }));
}

/** "Năm 2024, Bình Định đạt 43,12 điểm (tối đa 80), hạng 12/63; tăng 2 bậc so với 2023." */
export function latestSentence(label: string, points: readonly EditionPoint[], groups: TrendInput["groups"], unit: ColumnDef["unit"], lang: Lang): string {
  const valued = points.filter((p) => p.value !== null);
  const last = valued[valued.length - 1];
  if (!last) return t(lang, "profile.noValue", { name: label });
  const max = groups.find((g) => g.group === last.group)?.max ?? 0;
  const rank = rankPhrase(last, lang);
  const prev = valued[valued.length - 2];
  const comparable = prev !== undefined && prev.group === last.group && prev.edition === last.edition - 1;
  const moved = comparable && prev.rank !== null && last.rank !== null && prev.rankBasis === last.rankBasis && prev.rankOf === last.rankOf
    ? t(lang, "profile.comparedWith", { change: placesText(placesGained(prev.rank, last.rank), lang), edition: prev.edition })
    : "";
  return t(lang, "profile.latest", {
    edition: last.edition, name: label, value: valueText(last.value!, unit, lang), max: formatNumber(max, lang),
    rank: rank === "" ? "" : `, ${rank}`, moved,
  });
}

/** `allValues`: every unit's value per edition, for the national band; only for a full table. */
export function trendView(id: string, title: string, subjects: readonly { subject: ProfileSubject; points: EditionPoint[] }[], ds: Dataset, lang: Lang, allValues?: (edition: number) => (number | null)[]): ChartView<TrendInput> {
  const groups = trendGroups(ds);
  const unit = ds.codebook.find((c) => c.indicator === "total")?.unit ?? "points";
  const editions = [...new Set(subjects.flatMap((s) => s.points.map((p) => p.edition)))].sort((a, b) => a - b);
  const breaks = groups.slice(1).map((g) => g.first);
  const at = (s: (typeof subjects)[number], e: number) => s.points.find((p) => p.edition === e);
  const input: TrendInput = {
    unit, groups,
    series: subjects.map((s) => ({ id: s.subject.entity.id, label: s.subject.label, points: s.points, ...(s.subject.documents ? { documents: s.subject.documents } : {}) })),
  };
  const render = trendRender(input, lang, allValues);
  // Documents issued in a year, by edition row of the table.
  const docsIn = (e: number) => subjects.flatMap((s) => (s.subject.documents ?? []).filter((d) => d.date?.startsWith(`${e}-`))
    .map((d) => (subjects.length === 1 ? d.name : `${d.name} (${s.subject.label})`)));
  const withDocs = subjects.some((s) => (s.subject.documents ?? []).length > 0);
  return {
    id, title,
    caption: breaks.length === 0 ? scaleText(unit, groups[0]?.max ?? 100, lang) : t(lang, "profile.trendBreak", { editions: breaks.join(", ") }),
    summary: [...subjects.map((s) => latestSentence(s.subject.label, s.points, groups, unit, lang)), documentsSummary(render, subjects.map((s) => s.subject.label), lang)].filter((x) => x !== "").join(" "),
    sources: sourcesOf(subjects.flatMap((s) => s.points)),
    dataset: datasetIdOf(ds.package), datasetVersion: ds.package.version,
    table: {
      caption: title,
      columns: [t(lang, "frame.edition"), ...subjects.flatMap((s) => [
        subjects.length === 1 ? t(lang, "frame.value") : t(lang, "frame.valueOf", { name: s.subject.label }),
        subjects.length === 1 ? t(lang, "frame.rank") : t(lang, "frame.rankOf", { name: s.subject.label }),
      ]), ...(withDocs ? [t(lang, "frame.documents")] : [])],
      // Editions in which some subject has a row or issued a document: sparse press series do not list empty years.
      rows: editions.filter((e) => docsIn(e).length > 0 || subjects.some((s) => { const p = at(s, e); return p !== undefined && p.missing !== "no_row"; })).map((e) => [String(e), ...subjects.flatMap((s) => {
        const p = at(s, e);
        return p ? [pointValueText(p, unit, lang), rankText(p, lang)] : [t(lang, "cell.noRow"), ""];
      }), ...(withDocs ? [docsIn(e).join("; ")] : [])]),
    },
    input,
    render,
  };
}

/** "Documents of Quảng Trị on the chart: Chỉ thị 10/CT-UBND (26/9/2022)." and those not drawn, with why. */
export function documentsSummary(render: ChartRender | null, labels: readonly string[], lang: Lang): string {
  if (render?.kind !== "trend") return "";
  return render.panels.flatMap((panel, i) => {
    const drawn = panel.documents.filter((d) => d.omitted === null);
    const left = panel.documents.filter((d) => d.omitted !== null);
    return [
      drawn.length === 0 ? "" : t(lang, "chart.documentsSentence", { name: labels[i] ?? panel.label, list: listText(drawn.map((d) => `${d.key === null ? "" : `${d.key}. `}${d.name} (${d.dateText})`), lang) }),
      left.length === 0 ? "" : t(lang, "chart.documentsOmittedSentence", { list: listText(left.map((d) => `${d.name} (${d.dateText}; ${d.omitted})`), lang) }),
    ];
  }).filter((x) => x !== "").join(" ");
}

function dimensionInput(ds: Dataset, unit: string, edition: number, units63: readonly string[], ctx: ViewContext, lang: Lang): DimensionProfileInput {
  const lookup = indexLookup(ds);
  const dims = ds.codebook.filter((c) => c.level === "dimension" && c.first_edition <= edition && edition <= c.last_edition);
  return {
    edition,
    unit: dims[0]?.unit ?? "points",
    dimensions: dims.map((c) => {
      const ranks = computedRanks(ds, units63, edition, c.indicator, ctx);
      const p = pointOf(edition, cellOf(lookup.rows(edition, unit, c.indicator), ctx), c.comparability, ranks?.get(unit));
      const all = units63.flatMap((u) => cellOf(lookup.rows(edition, u, c.indicator), ctx)?.value ?? []);
      return {
        indicator: c.indicator, label: lang === "vi" ? c.name_vi : c.name_en, min: c.min, max: c.max,
        value: p.value, missing: p.missing, rank: p.rank, rankOf: p.rankOf,
        low: all.length ? Math.min(...all) : null, high: all.length ? Math.max(...all) : null,
      };
    }),
  };
}

function dimensionSentence(label: string, input: DimensionProfileInput, lang: Lang): string {
  const valued = input.dimensions.filter((d) => d.value !== null).sort((a, b) => b.value! - a.value!);
  const best = valued[0];
  const worst = valued[valued.length - 1];
  if (!best || !worst) return t(lang, "profile.noValue", { name: label });
  const d = (x: (typeof valued)[number]) => `${x.label} (${valueText(x.value!, input.unit, lang)}${x.rank === null ? "" : `, ${rankPhrase(x, lang)}`})`;
  return t(lang, "profile.dimensionsSentence", { edition: input.edition, name: label, best: d(best), worst: d(worst) });
}

/** A subject's PAPI tables, one per comparability group: editions as rows, total and dimensions as columns. */
function papiTables(ds: Dataset, subject: ProfileSubject, ctx: ViewContext, lang: Lang): CellTableView[] {
  const lookup = indexLookup(ds);
  const own = lookup.ofUnit(subject.entity.id);
  return trendGroups(ds).flatMap((g) => {
    const editions = [...new Set(own.filter((v) => v.edition >= g.first && v.edition <= g.last).map((v) => v.edition))].sort((a, b) => b - a);
    if (editions.length === 0) return [];
    const cbs = ds.codebook.filter((c) => c.comparability === g.group && (c.level === "total" || c.level === "dimension"));
    const columns: ColumnDef[] = cbs.map((c) => ({
      indicator: c.indicator, label: lang === "vi" ? c.name_vi : c.name_en, unit: c.unit, min: c.min, max: c.max,
      // Rows are editions, printed to different precisions: each value keeps its own decimals.
      decimals: 0,
    }));
    const span = spanText(g.first, g.last);
    return [{
      id: `papi-${subject.entity.id}-${g.group}`,
      caption: t(lang, "profile.papiTableCaption", { name: subject.label, span }),
      rowHeader: t(lang, "frame.edition"),
      columns,
      rows: editions.map((e) => ({ label: String(e), href: hrefs.edition(lang, "papi", e), anchor: null, cells: columns.map((c) => cellOf(lookup.rows(e, subject.entity.id, c.indicator), ctx)) })),
    }];
  });
}

export function papiSection(entries: DatasetEntries, subjects: readonly ProfileSubject[], units63: readonly string[], ctx: ViewContext, lang: Lang, unitName: string): ProfileView["papi"] {
  const ds = entries.papi;
  const lookup = indexLookup(ds);
  const withData = subjects.filter((s) => lookup.ofUnit(s.entity.id).length > 0);
  const empty = subjects.filter((s) => !withData.includes(s)).map((s) => t(lang, "profile.indexNone", { index: "PAPI", name: s.label }));
  const base = { overviewHref: hrefs.index(lang, "papi"), empty };
  if (withData.length === 0) return { ...base, trend: null, dimensions: null, tables: [] };
  const frame = (s: ProfileSubject) => (units63.includes(s.entity.id) ? units63 : []);
  const series = withData.map((subject) => ({ subject, points: seriesOf(ds, subject.entity.id, "total", ctx, frame(subject)) }));
  const first = lookup.editions[0]!;
  const latest = lookup.editions[lookup.editions.length - 1]!;
  const span = spanText(first, latest);
  const several = withData.length > 1;
  const nationwide = (e: number) => units63.map((u) => cellOf(lookup.rows(e, u, "total"), ctx)?.value ?? null);
  const trend = trendView("papi-trend", several ? t(lang, "profile.papiTrendPredecessors", { name: unitName, span }) : t(lang, "profile.papiTrend", { name: withData[0]!.label, span }), series, ds, lang, nationwide);

  const panels = withData.map((subject) => ({ subject, input: dimensionInput(ds, subject.entity.id, latest, frame(subject), ctx, lang) }));
  const dimTitle = several ? t(lang, "profile.dimensionsPredecessors", { name: unitName, edition: latest }) : t(lang, "profile.dimensions", { name: withData[0]!.label, edition: latest });
  const dims = panels[0]!.input.dimensions;
  const dimensions: ProfileView["papi"]["dimensions"] = {
    id: "papi-dimensions", title: dimTitle, caption: t(lang, "profile.dimensionsCaption"),
    summary: panels.map((p) => dimensionSentence(p.subject.label, p.input, lang)).join(" "),
    sources: sourcesOf(panels.flatMap((p) => p.input.dimensions.map((d) => ({ cell: cellOf(lookup.rows(latest, p.subject.entity.id, d.indicator), ctx) })))),
    dataset: datasetIdOf(ds.package), datasetVersion: ds.package.version,
    table: {
      caption: dimTitle,
      columns: [t(lang, "frame.dimension"), ...panels.flatMap((p) => several ? [t(lang, "frame.valueOf", { name: p.subject.label }), t(lang, "frame.rankOf", { name: p.subject.label })] : [t(lang, "frame.value"), t(lang, "frame.rank")]), t(lang, "frame.low"), t(lang, "frame.high")],
      rows: dims.map((d, i) => [
        d.label,
        ...panels.flatMap((p) => {
          const x = p.input.dimensions[i]!;
          return [pointValueText({ value: x.value, missing: x.missing, derived: false }, p.input.unit, lang), rankText({ rank: x.rank, rankOf: x.rankOf, rankText: "" }, lang)];
        }),
        d.low === null ? "" : valueText(d.low, panels[0]!.input.unit, lang),
        d.high === null ? "" : valueText(d.high, panels[0]!.input.unit, lang),
      ]),
    },
    input: { panels },
    render: profileRender(panels.map((p) => ({
      id: p.subject.entity.id, label: p.subject.label,
      dimensions: p.input.dimensions.map((d) => ({ id: d.indicator, label: d.label, min: d.min, max: d.max })),
      // Every unit's value per dimension: the chart draws the range and median of all of them.
      values: frame(p.subject).flatMap((u) => p.input.dimensions.map((d) => {
        const cell = cellOf(lookup.rows(latest, u, d.indicator), ctx);
        const missing = missingOf(cell);
        return { unit: u, dimension: d.indicator, value: cell?.value ?? null, ...(missing === null ? {} : { missing }) };
      })),
    })), panels[0]!.input.unit, lang),
  };
  return { ...base, trend, dimensions, tables: withData.map((subject) => ({ subject, tables: papiTables(ds, subject, ctx, lang) })) };
}
