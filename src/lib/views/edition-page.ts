// One edition of one index: the ranking, the map, the distribution and the change since the
// previous edition of the same comparability group, each as chart input plus its frame.
import { t } from "../../i18n/index.ts";
import { difference, placesGained } from "../charts/change.ts";
import { formatNumber } from "../format/index.ts";
import type { DatasetEntries } from "../load/content-loader.ts";
import { histogramRender, slopeRender, tileMapRender } from "./chart-render.ts";
import { viewContext, type ViewContext } from "./context.ts";
import { rankingView, sourcesOf, type FrameArgs, type Ranked } from "./frames.ts";
import { distributionOf } from "./distribution.ts";
import { hrefs } from "./hrefs.ts";
import { buildIndexPage, cellOf, columnDecimals } from "./index-page.ts";
import { computedRanks, frameUnits, indexLookup, pointOf } from "./series.ts";
import { changeText, listText, pointValueText, scaleText, valueText } from "./text.ts";
import type {
  ChartView, ColumnDef, EditionIndexId, EditionLink, EditionPageView, EditionPoint, Lang, SlopeInput, TileMapInput,
} from "./types.ts";

const INDICATOR = "total";


export function buildEditionPage(entries: DatasetEntries, index: EditionIndexId, edition: number, lang: Lang): EditionPageView {
  const ds = entries[index];
  const lookup = indexLookup(ds);
  const ctx = viewContext(entries.reference, lang);
  // The short name ("PAPI"): the package title carries its own span of years.
  const title = t(lang, `nav.${index}`);
  const newestFirst = [...lookup.editions].reverse();
  const link = (e: number): EditionLink => ({ edition: String(e), href: hrefs.edition(lang, index, e) });
  const at = newestFirst.indexOf(edition);
  if (at < 0) throw new Error(`${index} has no edition ${edition}`);
  const frame = lookup.inEdition(edition, INDICATOR).some((v) => v.unit.startsWith("vn34-")) ? "34" : "63";
  const units = frameUnits(entries, frame);
  const cb = lookup.codebook(INDICATOR, edition);
  const version = ds.package.version;

  const ranks = computedRanks(ds, units, edition, INDICATOR, ctx);
  const group = cb?.comparability ?? "";
  const all: Ranked[] = units.map((id) => {
    const entity = ctx.entity(id);
    return { id, label: entity.name, href: entity.href, point: pointOf(edition, cellOf(lookup.rows(edition, id, INDICATOR), ctx), group, ranks?.get(id)) };
  });
  const withValue = all.filter((r) => r.point.value !== null).length;
  const noRow = all.filter((r) => r.point.missing === "no_row").length;
  const complete = ranks !== null;
  const coverage = {
    frameSize: units.length, withValue, statedMissing: units.length - withValue - noRow, noRow, complete,
    text: complete
      ? t(lang, "edition.coverageFull", { n: formatNumber(withValue, lang), of: formatNumber(units.length, lang) })
      : t(lang, "edition.coveragePress", { n: formatNumber(withValue, lang), of: formatNumber(units.length, lang) }),
  };

  // The whole edition as a table with a source per value: the index table, built as if this edition were the latest.
  const table = { ...buildIndexPage({ ...entries, [index]: { ...ds, values: lookup.ofEdition(edition) } }, index, lang), editions: newestFirst.map(String) };
  const base = {
    index, title, edition: String(edition), overviewHref: hrefs.index(lang, index),
    previous: newestFirst[at + 1] === undefined ? null : link(newestFirst[at + 1]!),
    next: at > 0 ? link(newestFirst[at - 1]!) : null,
    editions: newestFirst.map(link), datasetVersion: version, coverage, table, notes: table.notes,
  };
  if (!cb) {
    const none = t(lang, "edition.noTotal");
    return { ...base, rankNote: none, ranking: null, map: null, distribution: null, distributionNote: none, change: null, changeNote: none, ministries: null };
  }
  const column: ColumnDef = { indicator: INDICATOR, label: lang === "vi" ? cb.name_vi : cb.name_en, unit: cb.unit, min: cb.min, max: cb.max, decimals: columnDecimals(lookup.inEdition(edition, INDICATOR)) };
  const sources = sourcesOf(all.map((r) => r.point));
  const frameArgs = { lang, edition, column, dataset: index, version, sources, title };

  const present = all.filter((r) => r.point.missing !== "no_row");
  // A published average (never one we compute) is drawn as a reference line on partial lists.
  const average = (id: string) => {
    const value = cellOf(lookup.rows(edition, id, INDICATOR), ctx)?.value ?? null;
    return value === null ? null : { label: ctx.entity(id).name, value };
  };
  const ranking = present.length === 0 ? null : rankingView("ranking", present, { ...frameArgs, heading: t(lang, "edition.rankingTitle", { title, edition }), complete, frameSize: units.length, reference: average("agg-provinces") });
  const map = tileMapView(all, frame, frame === "63" ? entries.reference.tiles63 : entries.reference.tiles34, frameArgs);
  const distribution = complete && withValue >= 5 ? distributionView(all, frameArgs) : null;
  const distributionNote = distribution ? "" : complete ? t(lang, "edition.distributionFew") : t(lang, "edition.distributionPress", { n: formatNumber(withValue, lang), of: formatNumber(units.length, lang) });
  const { change, changeNote } = changeView(entries, index, edition, newestFirst[at + 1], all, frameArgs, ctx);

  const ministryIds = entries.reference.ministries.map((m) => m.id);
  const ministries = ministryIds
    .map((id) => ({ id, label: ctx.entity(id).name, href: ctx.entity(id).href, point: pointOf(edition, cellOf(lookup.rows(edition, id, INDICATOR), ctx), group, undefined) }))
    .filter((r) => r.point.missing !== "no_row");
  const ministryView = ministries.length === 0 ? null : rankingView("ministries", ministries, { ...frameArgs, sources: sourcesOf(ministries.map((r) => r.point)), heading: t(lang, "edition.ministriesTitle", { title, edition }), complete: false, frameSize: 0, reference: average("agg-ministries") });

  return {
    ...base, ranking, map, distribution, distributionNote, change, changeNote, ministries: ministryView,
    rankNote: complete ? t(lang, "edition.rankComputed") : t(lang, "edition.rankPrinted"),
  };
}

function tileMapView(all: readonly Ranked[], frame: "63" | "34", tiles: readonly { unit: string; row: number; col: number; label: string }[], a: FrameArgs): ChartView<TileMapInput> {
  const { lang, column } = a;
  const missing = all.filter((r) => r.point.value === null);
  const heading = t(lang, "edition.mapTitle", { title: a.title, edition: a.edition });
  return {
    id: "map", title: heading, caption: t(lang, "edition.mapCaption"),
    summary: missing.length === 0
      ? t(lang, "edition.mapAll", { n: formatNumber(all.length, lang) })
      : t(lang, "edition.mapMissing", { n: formatNumber(all.length - missing.length, lang), of: formatNumber(all.length, lang), missing: formatNumber(missing.length, lang) }),
    sources: a.sources, dataset: a.dataset, datasetVersion: a.version,
    table: {
      caption: heading,
      columns: [t(lang, "table.entity"), `${column.label} (${scaleText(column.unit, column.max, lang)})`],
      rows: [...all].sort((x, y) => x.label.localeCompare(y.label, lang)).map((r) => [r.label, pointValueText(r.point, column.unit, lang, column.decimals)]),
    },
    input: {
      frame, unit: column.unit, min: column.min, max: column.max,
      items: all.map((r) => ({ id: r.id, label: r.label, href: r.href, value: r.point.value, missing: r.point.missing })),
    },
    render: tiles.length === 0 ? null : tileMapRender(tiles, all.map((r) => ({ id: r.id, label: r.label, href: r.href, value: r.point.value, missing: r.point.missing })), column.unit, column.decimals, lang, heading),
  };
}

function distributionView(all: readonly Ranked[], a: FrameArgs) {
  const { lang, column } = a;
  const input = distributionOf(all.flatMap((r) => (r.point.value === null ? [] : [{ id: r.id, label: r.label, value: r.point.value }])), column);
  const heading = t(lang, "edition.distributionTitle", { title: a.title, edition: a.edition });
  const v = (x: number) => valueText(x, column.unit, lang);
  const values = input.values.map((d) => d.value);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const name = (x: number) => listText(input.values.filter((d) => d.value === x).map((d) => d.label), lang);
  return {
    id: "distribution", title: heading, caption: t(lang, "edition.distributionCaption"),
    summary: [
      input.median === null ? "" : t(lang, "edition.distributionMedian", { median: v(input.median), q1: v(input.q1!), q3: v(input.q3!) }),
      t(lang, "edition.distributionRange", { low: v(lo), lowName: name(lo), high: v(hi), highName: name(hi) }),
    ].filter((s) => s !== "").join(" "),
    sources: a.sources, dataset: a.dataset, datasetVersion: a.version,
    table: {
      caption: heading,
      columns: [t(lang, "frame.interval"), t(lang, "frame.count"), t(lang, "frame.units")],
      rows: input.bins.map((b) => [`${formatNumber(b.x0, lang)}–${formatNumber(b.x1, lang)}`, formatNumber(b.count, lang), listText(b.ids.map((id) => input.values.find((d) => d.id === id)!.label), lang)]),
    },
    input,
    render: histogramRender(input),
  };
}

function changeView(entries: DatasetEntries, index: EditionIndexId, edition: number, previous: number | undefined, all: readonly Ranked[], a: FrameArgs, ctx: ViewContext): { change: ChartView<SlopeInput> | null; changeNote: string } {
  const { lang, column } = a;
  if (previous === undefined) return { change: null, changeNote: t(lang, "edition.changeFirst") };
  const ds = entries[index];
  const lookup = indexLookup(ds);
  const prevCb = lookup.codebook(INDICATOR, previous);
  const nowCb = lookup.codebook(INDICATOR, edition)!;
  if (!prevCb || prevCb.comparability !== nowCb.comparability) {
    return { change: null, changeNote: t(lang, "edition.changeBreak", { previous, edition }) };
  }
  const units = all.map((r) => r.id);
  const prevRanks = computedRanks(ds, units, previous, INDICATOR, ctx);
  const before = new Map(all.map((r) => [r.id, pointOf(previous, cellOf(lookup.rows(previous, r.id, INDICATOR), ctx), prevCb.comparability, prevRanks?.get(r.id))] as const));
  const pairs = all.flatMap((r) => {
    const p = before.get(r.id)!;
    return p.value !== null && r.point.value !== null ? [{ r, p }] : [];
  });
  if (pairs.length === 0) return { change: null, changeNote: t(lang, "edition.changeNone", { previous, edition }) };
  const sameBasis = (x: EditionPoint, y: EditionPoint) => x.rank !== null && y.rank !== null && x.rankBasis === y.rankBasis && x.rankOf === y.rankOf;
  const items = pairs.map(({ r, p }) => ({
    id: r.id, label: r.label, fromValue: p.value!, toValue: r.point.value!, change: difference(p.value!, r.point.value!),
    fromRank: p.rank, toRank: r.point.rank, placesGained: sameBasis(p, r.point) ? placesGained(p.rank!, r.point.rank!) : null,
  })).sort((x, y) => y.change - x.change || x.label.localeCompare(y.label, lang));
  const up = items.filter((i) => i.change > 0).length;
  const down = items.filter((i) => i.change < 0).length;
  const best = items[0]!;
  const worst = items[items.length - 1]!;
  const who = (i: (typeof items)[number]) => `${i.label} (${changeText(i.change, column.unit, lang)})`;
  const heading = t(lang, "edition.changeTitle", { title: a.title, previous, edition });
  const basis = items.every((i) => i.placesGained !== null) ? (all[0]?.point.rankBasis ?? null) : null;
  const prevDecimals = columnDecimals(lookup.inEdition(previous, INDICATOR));
  return {
    changeNote: "",
    change: {
      id: "change", title: heading, caption: t(lang, "edition.changeCaption"),
      summary: [
        t(lang, "edition.changeCounts", { n: formatNumber(items.length, lang), previous, edition, up: formatNumber(up, lang), down: formatNumber(down, lang), same: formatNumber(items.length - up - down, lang) }),
        up > 0 ? t(lang, "edition.changeBest", { who: who(best) }) : "",
        down > 0 ? t(lang, "edition.changeWorst", { who: who(worst) }) : "",
      ].filter((s) => s !== "").join(" "),
      sources: sourcesOf([...all.map((r) => r.point), ...before.values()]), dataset: a.dataset, datasetVersion: a.version,
      table: {
        caption: heading,
        columns: [t(lang, "table.entity"), String(previous), String(edition), t(lang, "frame.change"), t(lang, "frame.rankIn", { edition: previous }), t(lang, "frame.rankIn", { edition }), t(lang, "frame.places")],
        rows: items.map((i) => [
          i.label, valueText(i.fromValue, column.unit, lang, prevDecimals), valueText(i.toValue, column.unit, lang, column.decimals), changeText(i.change, column.unit, lang),
          i.fromRank === null ? "" : formatNumber(i.fromRank, lang), i.toRank === null ? "" : formatNumber(i.toRank, lang),
          i.placesGained === null ? "" : i.placesGained > 0 ? `+${formatNumber(i.placesGained, lang)}` : i.placesGained < 0 ? `−${formatNumber(-i.placesGained, lang)}` : "0",
        ]),
      },
      input: { unit: column.unit, from: previous, to: edition, min: column.min, max: column.max, items, rankBasis: basis },
      render: slopeRender(
        all.flatMap((r) => {
          const from = before.get(r.id)!;
          return from.value === null && r.point.value === null ? [] : [{ id: r.id, label: r.label, from, to: r.point }];
        }),
        { edition: previous, group: prevCb.comparability }, { edition, group: nowCb.comparability }, column.unit, Math.max(prevDecimals, column.decimals),
      ),
    },
  };
}
