// Procedure statistics come per period (week, month, year…), not per edition. The index page
// shows the most recent year with full-year results; a weekly snapshot never stands in for one.
// Above the table the statistics are drawn: QĐ 766 scores by period type, rates, records by
// service level and the 34-unit map, each figure the preferred row of its unit, indicator and period.
import { t } from "../../i18n/index.ts";
import {
  comparePeriods, PERIOD_TYPES, recordsLayout, recordsSeries,
  type PeriodType, type RatesInput, type RecordsInput, type ScoresInput,
} from "../charts/procedures.ts";
import { RECORD_STATUSES, type RecordStatus } from "../charts/procedures-records.ts";
import { formatDate, formatNumber } from "../format/index.ts";
import type { DatasetEntries } from "../load/content-loader.ts";
import type { CodebookRow, ProcedureValueRow } from "../schema/tables.ts";
import { proceduresRender, tileMapRender } from "./chart-render.ts";
import { viewContext, type ViewContext } from "./context.ts";
import { sourcesOf } from "./frames.ts";
import { cellOf, columnDecimals } from "./index-page.ts";
import { viewStrings } from "./locales/index.ts";
import { scoreGroups } from "./profile-procedures.ts";
import { missingOf } from "./series.ts";
import { listText, pointValueText, scaleText, valueText } from "./text.ts";
import type { ColumnDef, IndexPageView, Lang, ProceduresPageView, TableRowView, TileMapInput, ValueCell } from "./types.ts";

const COLUMN_LEVELS = ["total", "component", "statistic"] as const;

const yearOf = (r: ProcedureValueRow) => (r.period_end ?? r.period_start)?.slice(0, 4) ?? null;

export function buildProceduresPage(entries: DatasetEntries, lang: Lang): ProceduresPageView {
  return { ...proceduresTable(entries, lang), charts: proceduresCharts(entries, lang) };
}

/** Years with full-year results, newest first: the "editions" of procedure statistics. */
export function fullYearEditions(values: readonly ProcedureValueRow[]): string[] {
  return [...new Set(values.filter((r) => r.period_type === "year" && yearOf(r) !== null).map((r) => yearOf(r)!))].sort().reverse();
}

function proceduresTable(entries: DatasetEntries, lang: Lang): IndexPageView {
  const ds = entries.procedures;
  const ctx = viewContext(entries.reference, lang);
  const s = viewStrings(lang);
  const pkg = ds.package;
  const fullYears = ds.values.filter((r) => r.period_type === "year" && yearOf(r) !== null);
  const editions = fullYearEditions(ds.values);
  const base = {
    index: "procedures" as const,
    title: lang === "vi" && typeof pkg["x-title-vi"] === "string" ? pkg["x-title-vi"] : pkg.title,
    description: lang === "vi" && typeof pkg["x-description-vi"] === "string" ? pkg["x-description-vi"] : pkg.description,
    editions,
    datasetVersion: pkg.version,
  };
  const edition = editions[0];
  if (edition === undefined) return { ...base, edition: "", columns: [], rows: [], notes: [s.periodNote], sources: [] };

  const shown = fullYears.filter((r) => yearOf(r) === edition);
  const used = new Set(shown.map((r) => r.indicator));
  const year = Number(edition);
  const codebook = ds.codebook.filter((c) => used.has(c.indicator) && c.first_edition <= year && year <= c.last_edition && (COLUMN_LEVELS as readonly string[]).includes(c.level));
  const columns: ColumnDef[] = codebook.map((c) => ({
    indicator: c.indicator, label: lang === "vi" ? c.name_vi : c.name_en, unit: c.unit, min: c.min, max: c.max,
    decimals: columnDecimals(shown.filter((r) => r.indicator === c.indicator)),
  }));

  const byUnit = new Map<string, ProcedureValueRow[]>();
  for (const r of shown) byUnit.set(r.unit, [...(byUnit.get(r.unit) ?? []), r]);
  const rows: TableRowView[] = [...byUnit].map(([unit, rs]) => ({
    entity: ctx.entity(unit),
    cells: columns.map((c) => cellOf(rs.filter((r) => r.indicator === c.indicator), ctx)),
  }));
  const first = (r: TableRowView) => r.cells[0] ?? null;
  rows.sort((a, b) => (first(a)?.rank ?? Infinity) - (first(b)?.rank ?? Infinity) || (first(b)?.value ?? -Infinity) - (first(a)?.value ?? -Infinity) || a.entity.name.localeCompare(b.entity.name, lang));

  const others = ds.values.length - shown.length;
  return {
    ...base, edition, columns, rows,
    notes: [s.periodNote, s.otherPeriods(others), s.pressNote],
    sources: [...new Set(shown.map((r) => r.source))].sort().map((id) => ctx.source(id)),
  };
}

// ── Charts ──────────────────────────────────────────────────────────────────────────────────

type Figure = { r: ProcedureValueRow; cb: CodebookRow; cell: ValueCell; label: string };

const periodRef = (r: ProcedureValueRow) => ({ period: r.period, periodType: r.period_type, periodEnd: r.period_end });
const rankOfCell = (c: ValueCell) => (c.rank !== null ? `${c.rank}${c.rankOf === null ? "" : `/${c.rankOf}`}` : c.rankText);
const RECORD_LEVEL = /^so-ho-so-da-xu-ly-(muc-[\d-]+)$/;
const isRecordIndicator = (indicator: string) => /-muc-[\d-]+$/.test(indicator) && /^(so|ty-le)-ho-so-/.test(indicator);

/** Every figure once: rows about the same unit, indicator and period (as printed) from several sources become one, by the stated rule. */
function figuresOf(entries: DatasetEntries, ctx: ViewContext, lang: Lang): Figure[] {
  const ds = entries.procedures;
  const groups = new Map<string, ProcedureValueRow[]>();
  for (const r of ds.values) {
    // A period is the same when its type and both dates are ("2024" and "năm 2024"); without both dates, when printed alike.
    const period = r.period_start !== null && r.period_end !== null ? `${r.period_start}/${r.period_end}` : r.period;
    const key = `${r.unit}|${r.indicator}|${r.period_type}|${period}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const labels = unitLabels(entries, ctx, lang);
  return [...groups.values()].map((rs) => {
    const r = rs[0]!;
    const year = Number(yearOf(r)) || null;
    const cbs = ds.codebook.filter((c) => c.indicator === r.indicator);
    const cb = cbs.find((c) => year !== null && c.first_edition <= year && year <= c.last_edition) ?? cbs[cbs.length - 1]!;
    const cell = cellOf(rs, ctx)!;
    // The figure's own row (period dates, note) is the chosen source's.
    const chosen = rs.find((x) => x.source === cell.source.id && x.value === cell.value) ?? r;
    return { r: chosen, cb, cell, label: labels(r.unit) };
  });
}

/** Names in the page language; a former (63-frame) unit says so, as its profile does. */
function unitLabels(entries: DatasetEntries, ctx: ViewContext, lang: Lang): (id: string) => string {
  const ref = entries.reference;
  return (id) => {
    const name = ctx.entity(id).name;
    const unit = ref.units.find((u) => u.id === id);
    if (!unit || unit.frame !== "63") return name;
    const line = ref.lineage.find((l) => l.predecessor === id);
    return line ? t(lang, "profile.formerLabel", { name, date: formatDate(line.date, lang) }) : name;
  };
}

const valueOf = (f: Figure, lang: Lang) => pointValueText({ value: f.cell.value, missing: missingOf(f.cell), derived: f.cell.status === "derived" }, f.cb.unit, lang);

/** "Other sources print 88,3 (source)" for the table; "" when all sources agree. */
function othersText(cell: ValueCell | null, unit: CodebookRow["unit"], lang: Lang): string {
  if (!cell || cell.otherSources.length === 0) return "";
  return cell.otherSources.map((o) => `${o.value === null ? o.rankText : valueText(o.value, unit, lang)} (${o.source.publisher})`).join("; ");
}

const periodTypeText = (type: string, lang: Lang) => (PERIOD_TYPES as readonly string[]).includes(type) ? t(lang, `period.${type as PeriodType}`) : type;

/** "Cả năm 9, từ đầu năm 12, …" in the order the charts show the sections. */
function periodCounts(figures: readonly Figure[], lang: Lang): string {
  return PERIOD_TYPES.flatMap((p) => {
    const n = figures.filter((f) => f.r.period_type === p).length;
    return n === 0 ? [] : [`${t(lang, `period.${p}`)}: ${formatNumber(n, lang)}`];
  }).join("; ");
}

export function proceduresCharts(entries: DatasetEntries, lang: Lang): ProceduresPageView["charts"] {
  const ctx = viewContext(entries.reference, lang);
  const figures = figuresOf(entries, ctx, lang);
  const version = entries.procedures.package.version;
  return {
    scores: scoresView(entries, figures.filter((f) => ctx.entity(f.r.unit).kind === "unit"), version, lang),
    rates: ratesView(figures.filter((f) => f.cb.unit === "percent" && f.cb.level === "statistic" && !isRecordIndicator(f.r.indicator)), version, lang),
    records: recordsViews(figures, version, lang),
    map: mapView(entries, figures, ctx, version, lang),
  };
}

function scoresView(entries: DatasetEntries, figures: readonly Figure[], version: string, lang: Lang): ProceduresPageView["charts"]["scores"] {
  const totals = figures.filter((f) => f.r.indicator === "i766-total");
  if (totals.length === 0) return null;
  const groups = scoreGroups(entries.procedures.codebook, lang);
  const partsOf = (f: Figure) => figures.filter((g) => g.r.unit === f.r.unit && g.r.period === f.r.period && g.r.period_type === f.r.period_type && groups.some((d) => d.id === g.r.indicator));
  const input: ScoresInput = {
    groups, scaleMax: totals[0]!.cb.max,
    rows: totals.map((f) => ({
      ...periodRef(f.r), id: `${f.r.unit}|${f.r.period_type}|${f.r.period}`, unitLabel: f.label, total: f.cell.value,
      ...(f.cell.value === null ? { missing: missingOf(f.cell) ?? "no_data" } : {}),
      parts: Object.fromEntries(partsOf(f).map((g) => [g.r.indicator, g.cell.value])),
      rankText: rankOfCell(f.cell),
    })),
  };
  const render = proceduresRender(input, null, lang);
  const ordered = render?.kind === "procedures" && render.scores ? render.scores.sections.flatMap((s) => s.bars.map((b) => b.id)) : [];
  const sorted = [...totals].sort((a, b) => ordered.indexOf(`${a.r.unit}|${a.r.period_type}|${a.r.period}`) - ordered.indexOf(`${b.r.unit}|${b.r.period_type}|${b.r.period}`));
  const differ = totals.filter((f) => f.cell.otherSources.length > 0).length;
  const title = t(lang, "procedures.scoresTitle");
  const groupCell = (f: Figure, id: string) => {
    const g = partsOf(f).find((p) => p.r.indicator === id);
    return g ? valueOf(g, lang) : "";
  };
  return {
    id: "procedures-scores", title, caption: t(lang, "procedures.scoresCaption"),
    summary: [
      t(lang, "procedures.scoresSummary", {
        n: formatNumber(totals.length, lang), units: formatNumber(new Set(totals.map((f) => f.r.unit)).size, lang), counts: periodCounts(totals, lang),
      }),
      differ === 0 ? "" : t(lang, "procedures.differ", { n: formatNumber(differ, lang) }),
    ].filter((x) => x !== "").join(" "),
    sources: sourcesOf([...totals, ...figures.filter((f) => groups.some((g) => g.id === f.r.indicator))]),
    dataset: "procedures", datasetVersion: version,
    table: {
      caption: title,
      columns: [t(lang, "table.entity"), t(lang, "procedures.periodType"), t(lang, "frame.period"), totals[0]!.cb[lang === "vi" ? "name_vi" : "name_en"], ...groups.map((g) => g.label), t(lang, "frame.rank"), t(lang, "procedures.otherSources")],
      rows: sorted.map((f) => [
        f.label, periodTypeText(f.r.period_type, lang), f.r.period, valueOf(f, lang), ...groups.map((g) => groupCell(f, g.id)), rankOfCell(f.cell), othersText(f.cell, f.cb.unit, lang),
      ]),
    },
    input, render,
  };
}

function ratesView(figures: readonly Figure[], version: string, lang: Lang): ProceduresPageView["charts"]["rates"] {
  if (figures.length === 0) return null;
  const sorted = [...figures].sort((a, b) => a.r.indicator.localeCompare(b.r.indicator) || comparePeriods(periodRef(a.r), periodRef(b.r)) || a.label.localeCompare(b.label, lang));
  const name = (f: Figure) => (lang === "vi" ? f.cb.name_vi : f.cb.name_en);
  const input: RatesInput = {
    rows: sorted.map((f) => ({
      ...periodRef(f.r), id: `${f.r.unit}|${f.r.indicator}|${f.r.period_type}|${f.r.period}`, indicator: f.r.indicator, indicatorLabel: name(f),
      unitLabel: f.label, value: f.cell.value, ...(f.cell.value === null ? { missing: missingOf(f.cell) ?? "no_data" } : {}),
    })),
  };
  const differ = figures.filter((f) => f.cell.otherSources.length > 0).length;
  const title = t(lang, "procedures.ratesTitle");
  return {
    id: "procedures-rates", title, caption: t(lang, "procedures.ratesCaption"),
    summary: [
      t(lang, "procedures.ratesSummary", {
        n: formatNumber(figures.length, lang), indicators: formatNumber(new Set(figures.map((f) => f.r.indicator)).size, lang),
        units: formatNumber(new Set(figures.map((f) => f.r.unit)).size, lang), counts: periodCounts(figures, lang),
      }),
      differ === 0 ? "" : t(lang, "procedures.differ", { n: formatNumber(differ, lang) }),
    ].filter((x) => x !== "").join(" "),
    sources: sourcesOf(figures), dataset: "procedures", datasetVersion: version,
    table: {
      caption: title,
      columns: [t(lang, "frame.indicator"), t(lang, "table.entity"), t(lang, "procedures.periodType"), t(lang, "frame.period"), t(lang, "frame.value"), t(lang, "procedures.otherSources")],
      rows: sorted.map((f) => [name(f), f.label, periodTypeText(f.r.period_type, lang), f.r.period, valueOf(f, lang), othersText(f.cell, f.cb.unit, lang)]),
    },
    input, render: proceduresRender(null, input, lang),
  };
}

const STATUS_INDICATOR: Record<RecordStatus, string> = { early: "truoc-han", onTime: "dung-han", late: "tre-han" };

/** Records by service level: one chart per unit and period with processed records per level. */
function recordsViews(figures: readonly Figure[], version: string, lang: Lang): ProceduresPageView["charts"]["records"] {
  const processed = figures.filter((f) => RECORD_LEVEL.test(f.r.indicator));
  const keys = [...new Set(processed.map((f) => `${f.r.unit}|${f.r.period_type}|${f.r.period}`))];
  const statusText: Record<RecordStatus, string> = { early: t(lang, "procedures.early"), onTime: t(lang, "procedures.onTime"), late: t(lang, "procedures.late") };
  const count = (v: number | null) => (v === null ? t(lang, "chart.missingShort") : formatNumber(v, lang));
  const share = (v: number | null) => (v === null ? t(lang, "chart.missingShort") : `${formatNumber(v, lang)}%`);
  return keys.map((key, i) => {
    const own = figures.filter((f) => `${f.r.unit}|${f.r.period_type}|${f.r.period}` === key);
    const first = own[0]!;
    const find = (indicator: string) => own.find((f) => f.r.indicator === indicator)?.cell.value ?? null;
    const levels = own.filter((f) => RECORD_LEVEL.test(f.r.indicator)).map((f) => {
      const level = RECORD_LEVEL.exec(f.r.indicator)![1]!;
      const part = (s: RecordStatus) => ({ count: find(`so-ho-so-${STATUS_INDICATOR[s]}-${level}`), share: find(`ty-le-ho-so-${STATUS_INDICATOR[s]}-${level}`) });
      return {
        id: level, label: t(lang, "procedures.level", { level: level.replace(/^muc-/, "").split("-").join(lang === "vi" ? ", " : "–") }),
        processed: f.cell.value, early: part("early"), onTime: part("onTime"), late: part("late"),
      };
    }).sort((a, b) => a.id.localeCompare(b.id));
    const input: RecordsInput = { levels };
    const detail = (l: RecordsInput["levels"][number]) => RECORD_STATUSES.map((s) => `${statusText[s]} ${count(l[s].count)} (${share(l[s].share)})`).join(" · ");
    const layout = recordsLayout(recordsSeries(input), {}, {
      formatShare: (v) => `${formatNumber(v, lang)}%`,
      processedText: (v) => t(lang, "procedures.processed", { n: count(v) }),
      detailText: (l) => detail(levels.find((x) => x.id === l.id)!),
      statusText, remainderText: t(lang, "procedures.remainder"),
    });
    const undated = first.r.period_end === null && first.r.period_start === null;
    const title = t(lang, "procedures.recordsTitle", { name: first.label, period: first.r.period });
    const shown = own.filter((f) => isRecordIndicator(f.r.indicator));
    return {
      id: `procedures-records-${i + 1}`, title,
      caption: [t(lang, "procedures.recordsCaption"), undated ? t(lang, "procedures.undated") : ""].filter((x) => x !== "").join(" "),
      summary: [
        t(lang, "procedures.recordsSummary", { name: first.label, period: first.r.period, n: formatNumber(levels.length, lang) }),
        ...levels.map((l) => `${l.label}: ${t(lang, "procedures.processed", { n: count(l.processed) })}; ${detail(l)}.`),
        undated ? t(lang, "procedures.undated") : "",
      ].filter((x) => x !== "").join(" "),
      sources: sourcesOf(shown), dataset: "procedures", datasetVersion: version,
      table: {
        caption: title,
        columns: [t(lang, "procedures.levelHeader"), t(lang, "procedures.processedHeader"), ...RECORD_STATUSES.map((s) => statusText[s])],
        rows: levels.map((l) => [l.label, count(l.processed), ...RECORD_STATUSES.map((s) => `${count(l[s].count)} (${share(l[s].share)})`)]),
      },
      input, render: null, layout,
    };
  });
}

/**
 * The 34-unit map: the QĐ 766 total of the dated 2025 period for which the most 34-frame units
 * have a figure (the latest such period on a tie), so the map shows as much as was published.
 * Only that period's figures colour tiles; every other unit stays hatched (no figure).
 */
function mapView(entries: DatasetEntries, figures: readonly Figure[], ctx: ViewContext, version: string, lang: Lang): ProceduresPageView["charts"]["map"] {
  const frame = new Set(entries.reference.units.filter((u) => u.frame === "34").map((u) => u.id));
  const dated = figures.filter((f) => f.r.indicator === "i766-total" && frame.has(f.r.unit) && f.cell.value !== null && f.r.period_end?.startsWith("2025"));
  const periodKey = (f: Figure) => `${f.r.period_type}|${f.r.period}`;
  const unitsIn = new Map<string, Set<string>>();
  for (const f of dated) unitsIn.set(periodKey(f), (unitsIn.get(periodKey(f)) ?? new Set()).add(f.r.unit));
  const latest = [...dated].sort((a, b) =>
    unitsIn.get(periodKey(b))!.size - unitsIn.get(periodKey(a))!.size ||
    (b.r.period_end ?? "").localeCompare(a.r.period_end ?? ""))[0];
  if (!latest) return null;
  const inPeriod = figures.filter((f) => f.r.indicator === "i766-total" && frame.has(f.r.unit) && f.r.period === latest.r.period && f.r.period_type === latest.r.period_type);
  const byUnit = new Map(inPeriod.map((f) => [f.r.unit, f] as const));
  const units = entries.reference.units.filter((u) => frame.has(u.id)).sort((a, b) => a.code.localeCompare(b.code));
  const items: TileMapInput["items"] = units.map((u) => {
    const f = byUnit.get(u.id);
    return { id: u.id, label: ctx.entity(u.id).name, href: ctx.entity(u.id).href, value: f?.cell.value ?? null, missing: f ? missingOf(f.cell) : "no_row" };
  });
  const cb = latest.cb;
  const decimals = columnDecimals(inPeriod.map((f) => ({ value: f.cell.value })));
  const withValue = items.filter((i) => i.value !== null);
  const title = t(lang, "procedures.mapTitle", { period: latest.r.period });
  return {
    id: "procedures-map", title, caption: t(lang, "procedures.mapCaption", { type: periodTypeText(latest.r.period_type, lang).toLocaleLowerCase(lang) }),
    summary: t(lang, "procedures.mapSummary", {
      period: latest.r.period, n: formatNumber(withValue.length, lang), of: formatNumber(items.length, lang), missing: formatNumber(items.length - withValue.length, lang),
      list: listText(withValue.map((i) => `${i.label} (${valueText(i.value!, cb.unit, lang, decimals)})`), lang),
    }),
    sources: sourcesOf(inPeriod), dataset: "procedures", datasetVersion: version,
    table: {
      caption: title,
      columns: [t(lang, "table.entity"), `${lang === "vi" ? cb.name_vi : cb.name_en} (${scaleText(cb.unit, cb.max, lang)})`],
      rows: [...items].sort((a, b) => a.label.localeCompare(b.label, lang)).map((i) => [i.label, pointValueText({ value: i.value, missing: i.missing, derived: false }, cb.unit, lang, decimals)]),
    },
    input: { frame: "34", unit: cb.unit, min: cb.min, max: cb.max, items },
    render: tileMapRender(entries.reference.tiles34, items, cb.unit, decimals, lang, title),
  };
}
