// The latest edition of one index as a table: one row per entity, one column per indicator.
import type { DatasetEntries } from "../load/content-loader.ts";
import { decimalsOf, isShortened } from "../format/number.ts";
import { differing, preferred } from "../metrics/preferred.ts";
import type { CodebookRow, ValueRow } from "../schema/tables.ts";
import { viewContext, type ViewContext } from "./context.ts";
import { viewStrings } from "./locales/index.ts";
import type { ColumnDef, IndexPageView, Lang, TableRowView, ValueCell } from "./types.ts";

type IndexId = "papi" | "par-index" | "sipas";

/** Levels shown as columns; sub-dimensions (29 for PAPI) belong on profile pages, not here. */
const COLUMN_LEVELS: readonly CodebookRow["level"][] = ["total", "dimension", "component"];
const KIND_ORDER = ["unit", "ministry", "group", "agency"] as const;

/** The columns a table cell needs, shared by index values and procedure values. */
export type CellRow = Pick<ValueRow, "value" | "status" | "rank" | "rank_of" | "rank_text" | "source" | "note">;

export function cellOf(rows: readonly CellRow[], ctx: ViewContext): ValueCell | null {
  const chosen = preferred(rows, ctx.sourceKind);
  if (!chosen) return null;
  return {
    value: chosen.value, status: chosen.status!, rank: chosen.rank, rankOf: chosen.rank_of, rankText: chosen.rank_text,
    source: ctx.source(chosen.source), note: chosen.note,
    otherSources: differing(rows, chosen).map((r) => ({ value: r.value, rankText: r.rank !== null ? `${r.rank}${r.rank_of ? `/${r.rank_of}` : ""}` : r.rank_text, source: ctx.source(r.source) })),
  };
}

/** The most decimal places any value has, so a column pads (46,0400) rather than mixes (46,04). */
export function columnDecimals(rows: readonly { value: number | null }[]): number {
  return rows.reduce((d, r) => (r.value === null ? d : Math.max(d, decimalsOf(r.value))), 0);
}

/** Editions that have at least one value row, newest first. */
export function editionsOf(values: readonly ValueRow[]): number[] {
  return [...new Set(values.map((v) => v.edition))].sort((a, b) => b - a);
}

export function buildIndexPage(entries: DatasetEntries, index: IndexId, lang: Lang): IndexPageView {
  const ds = entries[index];
  const ctx = viewContext(entries.reference, lang);
  const s = viewStrings(lang);
  const editions = editionsOf(ds.values);
  const edition = editions[0];
  const pkg = ds.package;
  const title = lang === "vi" && typeof pkg["x-title-vi"] === "string" ? pkg["x-title-vi"] : pkg.title;
  const description = lang === "vi" && typeof pkg["x-description-vi"] === "string" ? pkg["x-description-vi"] : pkg.description;
  const base = { index, title, description, editions: editions.map(String), datasetVersion: pkg.version };
  if (edition === undefined) return { ...base, edition: "", columns: [], rows: [], notes: [], sources: [] };

  const inEdition = ds.values.filter((v) => v.edition === edition);
  const used = new Set(inEdition.map((v) => v.indicator));
  const codebook = ds.codebook.filter((c) => c.first_edition <= edition && edition <= c.last_edition && used.has(c.indicator) && COLUMN_LEVELS.includes(c.level));
  const columns: ColumnDef[] = codebook.map((c) => ({
    indicator: c.indicator, label: lang === "vi" ? c.name_vi : c.name_en, unit: c.unit, min: c.min, max: c.max,
    decimals: columnDecimals(inEdition.filter((v) => v.indicator === c.indicator)),
  }));

  const byUnit = new Map<string, ValueRow[]>();
  for (const v of inEdition) if (columns.some((c) => c.indicator === v.indicator)) byUnit.set(v.unit, [...(byUnit.get(v.unit) ?? []), v]);
  const rows: TableRowView[] = [...byUnit].map(([unit, vs]) => ({
    entity: ctx.entity(unit),
    cells: columns.map((c) => cellOf(vs.filter((v) => v.indicator === c.indicator), ctx)),
  }));
  const first = (r: TableRowView) => r.cells[0] ?? null;
  rows.sort((a, b) =>
    KIND_ORDER.indexOf(ctx.entity(a.entity.id).kind) - KIND_ORDER.indexOf(ctx.entity(b.entity.id).kind) ||
    (first(a)?.rank ?? Infinity) - (first(b)?.rank ?? Infinity) ||
    (first(b)?.value ?? -Infinity) - (first(a)?.value ?? -Infinity) ||
    a.entity.name.localeCompare(b.entity.name, lang));

  const sourceIds = [...new Set(inEdition.map((v) => v.source))].sort();
  return { ...base, edition: String(edition), columns, rows, notes: notesFor(entries, index, edition, ctx, s), sources: sourceIds.map((id) => ctx.source(id)) };
}

function notesFor(entries: DatasetEntries, index: IndexId, edition: number, ctx: ViewContext, s: ReturnType<typeof viewStrings>): string[] {
  const ds = entries[index];
  const notes: string[] = [];
  const derived = [...new Set(ds.values.filter((v) => v.status === "derived").map((v) => v.source))];
  const derivedEditions = [...new Set(ds.values.filter((v) => v.status === "derived").map((v) => v.edition))].sort();
  if (derived.length) {
    const span = derivedEditions.length > 1 ? `${derivedEditions[0]}–${derivedEditions[derivedEditions.length - 1]}` : String(derivedEditions[0]);
    notes.push(s.derivedNote(span, ctx.source(derived[0]!).method));
  }
  const groups = new Map<string, { first: number; last: number }>();
  for (const c of ds.codebook.filter((c) => c.level === "total" && c.indicator === "total")) {
    const g = groups.get(c.comparability);
    groups.set(c.comparability, { first: Math.min(g?.first ?? c.first_edition, c.first_edition), last: Math.max(g?.last ?? c.last_edition, c.last_edition) });
  }
  const current = [...groups.values()].find((g) => g.first <= edition && edition <= g.last);
  for (const g of groups.values()) {
    if (current && g !== current) notes.push(s.comparabilityNote(`${current.first}–${current.last}`, `${g.first}–${g.last}`));
  }
  if (ds.values.some((v) => v.edition === edition && v.value !== null && isShortened(v.value))) notes.push(s.displayPrecision);
  if (index !== "papi") notes.push(s.pressNote);
  if (ds.codebook.some((c) => c.comparability.includes("own"))) notes.push(s.ownIndexNote);
  const seen = new Set<string>();
  const hasConflicts = ds.values.some((v) => {
    const k = `${v.edition}|${v.unit}|${v.indicator}`;
    return seen.has(k) || !seen.add(k);
  });
  if (hasConflicts) notes.push(s.preferenceRule);
  return notes;
}
