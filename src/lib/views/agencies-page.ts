// Ministries and provincial agencies: the PAR Index figures the press printed for ministries,
// and provinces' own indices of their agencies (which are not the Ministry's indices), each
// figure with its source. Every ministry and agency has a row here, figures or not, so links to
// `#<id>` always land.
import { t } from "../../i18n/index.ts";
import type { DatasetEntries } from "../load/content-loader.ts";
import type { ValueRow } from "../schema/tables.ts";
import { agencyRender } from "./chart-render.ts";
import { viewContext, type ViewContext } from "./context.ts";
import { rankingView, sourcesOf } from "./frames.ts";
import { datasetIdOf, hrefs } from "./hrefs.ts";
import { cellOf, columnDecimals } from "./index-page.ts";
import { viewStrings } from "./locales/index.ts";
import { indexLookup, pointOf } from "./series.ts";
import type { AgenciesPageView, CellTableView, ColumnDef, Lang, SourceRef } from "./types.ts";

/** A ranking chart needs a few bars to say anything. */
const MIN_CHART = 3;

export function buildAgenciesPage(entries: DatasetEntries, lang: Lang): AgenciesPageView {
  const ref = entries.reference;
  const ctx = viewContext(ref, lang);
  const par = entries["par-index"];
  const lookup = indexLookup(par);
  const title = t(lang, "nav.par-index");
  const ministries = [...ref.ministries].sort((a, b) => ctx.entity(a.id).name.localeCompare(ctx.entity(b.id).name, lang)).map((m) => m.id);
  const isMinistry = new Set(ministries);
  const ministryRows = par.values.filter((v) => isMinistry.has(v.unit));
  const totalEditions = [...new Set(ministryRows.filter((v) => v.indicator === "total").map((v) => v.edition))].sort((a, b) => b - a);

  const editionColumn = (e: number, rows: readonly ValueRow[]): ColumnDef => {
    const cb = lookup.codebook("total", e)!;
    return { indicator: "total", label: String(e), unit: cb.unit, min: cb.min, max: cb.max, decimals: columnDecimals(rows.filter((v) => v.edition === e && v.indicator === "total")) };
  };
  const table: CellTableView = {
    id: "ministries-table",
    caption: t(lang, "agencies.ministriesCaption", { index: title }),
    rowHeader: t(lang, "agencies.ministry"),
    columns: totalEditions.map((e) => editionColumn(e, ministryRows)),
    rows: ministries.map((id) => ({ label: ctx.entity(id).name, href: null, anchor: id, cells: totalEditions.map((e) => cellOf(lookup.rows(e, id, "total"), ctx)) })),
  };

  const components = [...new Set(ministryRows.filter((v) => v.indicator !== "total").map((v) => v.edition))].sort((a, b) => b - a).map((e): CellTableView => {
    const used = new Set(ministryRows.filter((v) => v.edition === e).map((v) => v.indicator));
    const cbs = par.codebook.filter((c) => used.has(c.indicator) && c.first_edition <= e && e <= c.last_edition).sort((a, b) => Number(b.indicator === "total") - Number(a.indicator === "total"));
    const withRows = ministries.filter((id) => lookup.ofUnit(id).some((v) => v.edition === e));
    return {
      id: `ministries-components-${e}`,
      caption: t(lang, "agencies.componentsCaption", { index: title, edition: e }),
      rowHeader: t(lang, "agencies.ministry"),
      columns: cbs.map((c) => ({ indicator: c.indicator, label: lang === "vi" ? c.name_vi : c.name_en, unit: c.unit, min: c.min, max: c.max, decimals: columnDecimals(ministryRows.filter((v) => v.edition === e && v.indicator === c.indicator)) })),
      rows: withRows.map((id) => ({ label: ctx.entity(id).name, href: null, anchor: null, cells: cbs.map((c) => cellOf(lookup.rows(e, id, c.indicator), ctx)) })),
    };
  });

  const chartEdition = totalEditions.find((e) => ministries.filter((id) => (cellOf(lookup.rows(e, id, "total"), ctx)?.value ?? null) !== null).length >= MIN_CHART);
  let chart: AgenciesPageView["ministries"]["chart"] = null;
  if (chartEdition !== undefined) {
    const column = editionColumn(chartEdition, ministryRows);
    const rows = ministries
      .map((id) => ({ id, label: ctx.entity(id).name, href: null, point: pointOf(chartEdition, cellOf(lookup.rows(chartEdition, id, "total"), ctx), "", undefined) }))
      .filter((r) => r.point.missing !== "no_row");
    const heading = t(lang, "edition.ministriesTitle", { title, edition: chartEdition });
    const average = cellOf(lookup.rows(chartEdition, "agg-ministries", "total"), ctx)?.value ?? null;
    chart = rankingView("ministries-chart", rows, {
      lang, edition: chartEdition, column, dataset: "par-index", version: par.package.version, sources: sourcesOf(rows.map((r) => r.point)), title, heading, complete: false, frameSize: 0,
      reference: average === null ? null : { label: ctx.entity("agg-ministries").name, value: average },
    });
  }

  const averageEditions = lookup.editions.filter((e) => lookup.rows(e, "agg-ministries", "total").length > 0).reverse();
  const averages: CellTableView | null = averageEditions.length === 0 ? null : {
    id: "ministries-average",
    caption: t(lang, "agencies.averageCaption", { index: title }),
    rowHeader: t(lang, "frame.edition"),
    columns: [{ ...editionColumn(averageEditions[0]!, []), label: ctx.entity("agg-ministries").name, decimals: columnDecimals(par.values.filter((v) => v.unit === "agg-ministries" && v.indicator === "total")) }],
    rows: averageEditions.map((e) => ({ label: String(e), href: hrefs.edition(lang, "par-index", e), anchor: null, cells: [cellOf(lookup.rows(e, "agg-ministries", "total"), ctx)] })),
  };

  const provincial = provincialAgencies(entries, ctx, lang);
  const cells = [table, ...components, ...(averages ? [averages] : []), ...provincial.map((p) => p.table)].flatMap((x) => x.rows.flatMap((r) => r.cells));
  const cited: SourceRef[] = [...(chart?.sources ?? []), ...provincial.flatMap((p) => p.charts.flatMap((c) => c.sources)), ...cells.flatMap((c) => (c ? [c.source, ...c.otherSources.map((o) => o.source)] : []))];
  return {
    ministries: { chart, table, components, averages, overviewHref: hrefs.index(lang, "par-index") },
    provincial,
    notes: [t(lang, "agencies.pressNote"), t(lang, "agencies.rankNote")],
    sources: [...new Map(cited.map((s) => [s.id, s] as const)).values()],
  };
}

/** Each province's own agencies: one row per agency, one column per (own index, edition) printed. */
function provincialAgencies(entries: DatasetEntries, ctx: ViewContext, lang: Lang): AgenciesPageView["provincial"] {
  const ref = entries.reference;
  const provinces = [...new Set(ref.agencies.map((a) => a.province))].sort();
  const datasets = [entries["par-index"], entries.sipas] as const;
  return provinces.map((province) => {
    const agencies = ref.agencies.filter((a) => a.province === province);
    const rows = datasets.flatMap((ds) => agencies.flatMap((a) => indexLookup(ds).ofUnit(a.id).map((v) => ({ ds, v }))));
    const keys = [...new Map(rows.map(({ ds, v }) => [`${ds.package.name}|${v.indicator}|${v.edition}`, { ds, indicator: v.indicator, edition: v.edition }] as const)).values()]
      .sort((a, b) => a.indicator.localeCompare(b.indicator) || a.edition - b.edition);
    const columns: ColumnDef[] = keys.map((k) => {
      const cb = indexLookup(k.ds).codebook(k.indicator, k.edition)!;
      return { indicator: k.indicator, label: `${lang === "vi" ? cb.name_vi : cb.name_en}, ${k.edition}`, unit: cb.unit, min: cb.min, max: cb.max, decimals: columnDecimals(rows.filter((r) => r.v.indicator === k.indicator && r.v.edition === k.edition).map((r) => r.v)) };
    });
    const entity = ctx.entity(province);
    const charts = keys.flatMap((k, i) => {
      const column = columns[i]!;
      const rowsOf = agencies
        .map((a) => ({ id: a.id, label: lang === "vi" ? a.name_vi : a.name_en, href: null, point: pointOf(k.edition, cellOf(indexLookup(k.ds).rows(k.edition, a.id, k.indicator), ctx), "", undefined) }))
        .filter((r) => r.point.value !== null);
      if (rowsOf.length < 2) return [];
      const view = rankingView(`agencies-${province}-${k.indicator}-${k.edition}`, rowsOf, {
        lang, edition: k.edition, column, dataset: datasetIdOf(k.ds.package), version: k.ds.package.version, sources: sourcesOf(rowsOf.map((r) => r.point)), title: column.label,
        heading: t(lang, "agencies.ownChartTitle", { province: entity.name, index: column.label }), complete: false, frameSize: 0,
      });
      const banner = t(lang, "agencies.ownBanner", { province: entity.name });
      return [{ ...view, render: agencyRender(view.input, "province-own", lang, column.decimals, { bannerText: banner }) }];
    });
    return {
      province: entity,
      agencies: agencies.map((a) => ({ ...ctx.entity(a.id), kind: a.kind, note: a.note })),
      table: {
        id: `agencies-${province}`,
        caption: t(lang, "agencies.provincialCaption", { province: entity.name }),
        rowHeader: t(lang, "agencies.agency"),
        columns,
        rows: agencies.map((a) => ({
          label: lang === "vi" ? a.name_vi : a.name_en, href: null, anchor: a.id,
          cells: keys.map((k) => cellOf(indexLookup(k.ds).rows(k.edition, a.id, k.indicator), ctx)),
        })),
      },
      charts,
      note: viewStrings(lang).ownIndexNote,
    };
  });
}
