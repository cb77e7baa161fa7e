// A profile's procedure statistics: one figure per period as printed (a weekly figure is never a
// yearly result), the QĐ 766 scores with their groups and the processing rates drawn per subject.
import { t } from "../../i18n/index.ts";
import type { RatesInput, ScoreGroup, ScoresInput } from "../charts/procedures.ts";
import { formatNumber } from "../format/index.ts";
import type { DatasetEntries } from "../load/content-loader.ts";
import type { CodebookRow, ProcedureValueRow } from "../schema/tables.ts";
import { proceduresRender } from "./chart-render.ts";
import type { ViewContext } from "./context.ts";
import { sourcesOf } from "./frames.ts";
import { hrefs } from "./hrefs.ts";
import { cellOf } from "./index-page.ts";
import { missingOf } from "./series.ts";
import { pointValueText } from "./text.ts";
import type { ColumnDef, Lang, ProcedureInput, ProfileSubject, ProfileView, ValueCell } from "./types.ts";

const columnOf = (c: CodebookRow, lang: Lang, decimals: number): ColumnDef => ({
  indicator: c.indicator, label: lang === "vi" ? c.name_vi : c.name_en, unit: c.unit, min: c.min, max: c.max, decimals,
});

const procedureRows = new WeakMap<DatasetEntries["procedures"], Map<string, ProcedureValueRow[]>>();

function proceduresOf(ds: DatasetEntries["procedures"], unit: string): ProcedureValueRow[] {
  let byUnit = procedureRows.get(ds);
  if (!byUnit) {
    byUnit = new Map();
    for (const r of ds.values) byUnit.set(r.unit, [...(byUnit.get(r.unit) ?? []), r]);
    procedureRows.set(ds, byUnit);
  }
  return byUnit.get(unit) ?? [];
}

const yearOf = (r: ProcedureValueRow) => Number((r.period_end ?? r.period_start ?? "").slice(0, 4)) || null;

export function proceduresSection(entries: DatasetEntries, subjects: readonly ProfileSubject[], ctx: ViewContext, lang: Lang): ProfileView["procedures"] {
  const ds = entries.procedures;
  const panels: ProfileView["procedures"]["panels"] = [];
  const empty: string[] = [];
  for (const subject of subjects) {
    const rows = proceduresOf(ds, subject.entity.id);
    if (rows.length === 0) {
      empty.push(t(lang, "profile.proceduresNone", { name: subject.label }));
      continue;
    }
    // The same period, indicator and unit from several sources: one figure, chosen by the stated rule.
    const groups = new Map<string, ProcedureValueRow[]>();
    for (const r of rows) groups.set(`${r.indicator}|${r.period}`, [...(groups.get(`${r.indicator}|${r.period}`) ?? []), r]);
    const figures = [...groups.values()].map((rs) => {
      const r = rs[0]!;
      const year = yearOf(r);
      const cbs = ds.codebook.filter((c) => c.indicator === r.indicator);
      const cb = cbs.find((c) => year !== null && c.first_edition <= year && year <= c.last_edition) ?? cbs[cbs.length - 1]!;
      return { r, cb, cell: cellOf(rs, ctx)! };
    }).sort((a, b) => a.r.indicator.localeCompare(b.r.indicator) || (a.r.period_start ?? a.r.period_end ?? "").localeCompare(b.r.period_start ?? b.r.period_end ?? "") || a.r.period.localeCompare(b.r.period));
    const indicators = [...new Set(figures.map((f) => f.r.indicator))];
    const input: ProcedureInput = {
      indicators: indicators.map((indicator) => {
        const own = figures.filter((f) => f.r.indicator === indicator);
        const cb = own[0]!.cb;
        return {
          indicator, label: lang === "vi" ? cb.name_vi : cb.name_en, unit: cb.unit, min: cb.min, max: cb.max,
          points: own.map((f) => pointOfProcedure(f.r, f.cell)),
        };
      }),
    };
    const title = t(lang, "profile.proceduresTitle", { name: subject.label });
    const render = proceduresRender(scoresInput(ds.codebook, figures, subject.label, lang), ratesInput(figures, subject.label, lang), lang);
    const periods = figures.map((f) => f.r.period_end ?? f.r.period_start).filter((d): d is string => d !== null).sort();
    panels.push({
      subject,
      chart: {
        id: `procedures-${subject.entity.id}`, title, caption: t(lang, "profile.proceduresCaption"),
        summary: t(lang, "profile.proceduresSummary", {
          name: subject.label, n: formatNumber(figures.length, lang), indicators: formatNumber(indicators.length, lang),
          sources: formatNumber(new Set(figures.map((f) => f.cell.source.id)).size, lang),
          span: yearSpan(periods),
        }),
        sources: sourcesOf(figures),
        dataset: "procedures", datasetVersion: ds.package.version,
        table: {
          caption: title,
          columns: [t(lang, "frame.indicator"), t(lang, "frame.period"), t(lang, "frame.value"), t(lang, "frame.rank")],
          rows: figures.map((f) => [
            lang === "vi" ? f.cb.name_vi : f.cb.name_en, f.r.period,
            pointValueText({ value: f.cell.value, missing: missingOf(f.cell), derived: f.cell.status === "derived" }, f.cb.unit, lang),
            f.cell.rank !== null ? `${formatNumber(f.cell.rank, lang)}${f.cell.rankOf === null ? "" : `/${formatNumber(f.cell.rankOf, lang)}`}` : f.cell.rankText,
          ]),
        },
        input,
        render,
      },
      table: {
        id: `procedures-table-${subject.entity.id}`,
        caption: title,
        rows: figures.map((f) => ({ indicator: lang === "vi" ? f.cb.name_vi : f.cb.name_en, column: columnOf(f.cb, lang, 0), period: f.r.period, cell: f.cell })),
      },
    });
  }
  return { overviewHref: hrefs.index(lang, "procedures"), panels, empty };
}

function pointOfProcedure(r: ProcedureValueRow, cell: ValueCell): ProcedureInput["indicators"][number]["points"][number] {
  return {
    period: r.period, periodType: r.period_type, start: r.period_start, end: r.period_end,
    value: cell.value, missing: missingOf(cell), rank: cell.rank, rankOf: cell.rankOf, rankText: cell.rankText, cell,
  };
}

/** ", 2023–2025" from ISO dates; "" when no period has a date. */
function yearSpan(dates: readonly string[]): string {
  const first = dates[0]?.slice(0, 4);
  const last = dates[dates.length - 1]?.slice(0, 4);
  if (first === undefined || last === undefined) return "";
  return first === last ? `, ${first}` : `, ${first}–${last}`;
}

type Figure = { r: ProcedureValueRow; cb: CodebookRow; cell: ValueCell };

const periodRef = (r: ProcedureValueRow) => ({ period: r.period, periodType: r.period_type, periodEnd: r.period_end });

/**
 * QĐ 766 scores: the total per period with its groups as printed. A group is split into parts
 * when the dimensions right after it in the codebook add up to exactly its maximum (online
 * services 22 = online public services 12 + online payment 10), as sources print either.
 */
/** The groups of QĐ 766 as the codebook lists them; a group is split into the parts right after it that add up to its maximum. */
export function scoreGroups(codebook: readonly CodebookRow[], lang: Lang): ScoreGroup[] {
  const dims = [...new Map(codebook.filter((c) => c.parent === "i766-total" && c.level === "dimension").map((c) => [c.indicator, c] as const)).values()];
  return dims.map((c, i) => {
    const after: string[] = [];
    let sum = 0;
    for (const d of dims.slice(i + 1)) {
      if (sum >= c.max) break;
      sum += d.max;
      after.push(d.indicator);
    }
    return { id: c.indicator, label: lang === "vi" ? c.name_vi : c.name_en, max: c.max, ...(after.length >= 2 && sum === c.max ? { parts: after } : {}) };
  });
}

function scoresInput(codebook: readonly CodebookRow[], figures: readonly Figure[], label: string, lang: Lang): ScoresInput | null {
  const totals = figures.filter((f) => f.r.indicator === "i766-total");
  if (totals.length === 0) return null;
  const groups = scoreGroups(codebook, lang);
  return {
    groups,
    scaleMax: totals[0]!.cb.max,
    rows: totals.map((f) => ({
      ...periodRef(f.r), id: `${f.r.indicator}|${f.r.period}`, unitLabel: label, total: f.cell.value,
      ...(f.cell.value === null ? { missing: missingOf(f.cell) ?? "no_data" } : {}),
      parts: Object.fromEntries(figures.filter((g) => g.r.period === f.r.period && groups.some((d) => d.id === g.r.indicator)).map((g) => [g.r.indicator, g.cell.value])),
      rankText: f.cell.rank !== null ? `${f.cell.rank}${f.cell.rankOf === null ? "" : `/${f.cell.rankOf}`}` : f.cell.rankText,
    })),
  };
}

/** Rates (statistics in percent), one section per indicator, one row per period as printed. */
function ratesInput(figures: readonly Figure[], label: string, lang: Lang): RatesInput | null {
  const rows = figures.filter((f) => f.cb.unit === "percent" && f.cb.level === "statistic");
  if (rows.length === 0) return null;
  return {
    rows: rows.map((f) => ({
      ...periodRef(f.r), id: `${f.r.indicator}|${f.r.period}`, indicator: f.r.indicator, indicatorLabel: lang === "vi" ? f.cb.name_vi : f.cb.name_en,
      unitLabel: label, value: f.cell.value, ...(f.cell.value === null ? { missing: missingOf(f.cell) ?? "no_data" } : {}),
    })),
  };
}
