// Procedure statistics come per period (week, month, year…), not per edition. The index page
// shows the most recent year with full-year results; a weekly snapshot never stands in for one.
import type { DatasetEntries } from "../load/content-loader.ts";
import type { ProcedureValueRow } from "../schema/tables.ts";
import { viewContext } from "./context.ts";
import { cellOf, columnDecimals } from "./index-page.ts";
import { viewStrings } from "./locales/index.ts";
import type { ColumnDef, IndexPageView, Lang, TableRowView } from "./types.ts";

const COLUMN_LEVELS = ["total", "component", "statistic"] as const;

const yearOf = (r: ProcedureValueRow) => (r.period_end ?? r.period_start)?.slice(0, 4) ?? null;

export function buildProceduresPage(entries: DatasetEntries, lang: Lang): IndexPageView {
  const ds = entries.procedures;
  const ctx = viewContext(entries.reference, lang);
  const s = viewStrings(lang);
  const pkg = ds.package;
  const fullYears = ds.values.filter((r) => r.period_type === "year" && yearOf(r) !== null);
  const editions = [...new Set(fullYears.map((r) => yearOf(r)!))].sort().reverse();
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
