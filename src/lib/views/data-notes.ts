// What a dataset covers and how to read it: coverage figures, comparability groups and the notes
// its page shows, computed from the validated rows.
import { t } from "../../i18n/index.ts";
import { formatNumber } from "../format/index.ts";
import type { DatasetEntries } from "../load/content-loader.ts";
import { isShortened } from "../format/number.ts";
import type { CodebookRow } from "../schema/tables.ts";
import { toSourceRef } from "./context.ts";
import type { Coverage } from "./data-types.ts";
import { viewStrings } from "./locales/index.ts";
import { spanText } from "./text.ts";
import type { Lang } from "./types.ts";

export type DatasetId = keyof DatasetEntries;
export const DATASET_IDS: readonly DatasetId[] = ["reference", "papi", "par-index", "sipas", "procedures", "directives"];

/** The table a dataset is mostly about: the one its preview shows and its coverage counts. */
export const MAIN_TABLE: Record<DatasetId, string> = {
  reference: "units.csv", papi: "values.csv", "par-index": "values.csv", sipas: "values.csv", procedures: "values.csv", directives: "documents.csv",
};

/** First and last year as text; a loop, not Math.min(...years): a table of 300,000 rows overflows the call stack. */
function span(years: readonly number[]): string | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const y of years) {
    if (y < lo) lo = y;
    if (y > hi) hi = y;
  }
  return lo <= hi ? spanText(lo, hi) : null;
}
const yearOf = (iso: string | null) => (iso ? Number(iso.slice(0, 4)) : NaN);

export function coverageOf(entries: DatasetEntries, id: DatasetId): Coverage {
  const mainTable = MAIN_TABLE[id];
  if (id === "reference") return { editions: null, units: entries.reference.units.length, rows: entries.reference.units.length, mainTable };
  if (id === "directives") {
    const docs = entries.directives.documents;
    const scopes = new Set(docs.map((d) => d.scope).filter((s) => s !== "national"));
    return { editions: span(docs.map((d) => yearOf(d.date_issued)).filter(Number.isFinite)), units: scopes.size, rows: docs.length, mainTable };
  }
  if (id === "procedures") {
    const v = entries.procedures.values;
    const years = v.flatMap((r) => [yearOf(r.period_start), yearOf(r.period_end)]).filter(Number.isFinite);
    return { editions: span(years), units: new Set(v.map((r) => r.unit)).size, rows: v.length, mainTable };
  }
  const v = entries[id].values;
  return { editions: span(v.map((r) => r.edition)), units: new Set(v.map((r) => r.unit)).size, rows: v.length, mainTable };
}

/** Comparability groups of a codebook, each with the editions it spans and its indicators. */
export function groupTexts(codebook: readonly CodebookRow[], lang: Lang): string[] {
  const groups = new Map<string, { first: number; last: number; indicators: Set<string> }>();
  for (const c of codebook) {
    const g = groups.get(c.comparability) ?? { first: c.first_edition, last: c.last_edition, indicators: new Set<string>() };
    g.first = Math.min(g.first, c.first_edition);
    g.last = Math.max(g.last, c.last_edition);
    g.indicators.add(c.indicator);
    groups.set(c.comparability, g);
  }
  return [...groups].sort((a, b) => a[1].first - b[1].first || a[0].localeCompare(b[0]))
    .map(([group, g]) => t(lang, "data.group", { group, span: spanText(g.first, g.last), n: formatNumber(g.indicators.size, lang) }));
}

export function codebookOf(entries: DatasetEntries, id: DatasetId): readonly CodebookRow[] {
  return id === "reference" || id === "directives" ? [] : entries[id].codebook;
}

/** Methodology notes and comparability breaks, as the index pages state them. */
export function datasetNotes(entries: DatasetEntries, id: DatasetId, lang: Lang): string[] {
  const s = viewStrings(lang);
  if (id === "reference") return [t(lang, "data.note.reference")];
  if (id === "directives") return [t(lang, "data.note.directives")];
  if (id === "procedures") return [s.periodNote, s.pressNote];
  const ds = entries[id];
  const notes: string[] = [];
  const derived = ds.values.filter((v) => v.status === "derived");
  const method = derived[0] ? entries.reference.sources.find((x) => x.id === derived[0]!.source) : undefined;
  if (method) notes.push(s.derivedNote(span(derived.map((v) => v.edition))!, toSourceRef(method, lang).method));
  const totals = ds.codebook.filter((c) => c.indicator === "total").sort((a, b) => a.first_edition - b.first_edition);
  for (let i = 1; i < totals.length; i++) {
    const [a, b] = [totals[i - 1]!, totals[i]!];
    if (a.comparability !== b.comparability) notes.push(s.comparabilityNote(spanText(a.first_edition, a.last_edition), spanText(b.first_edition, b.last_edition)));
  }
  if (ds.values.some((v) => v.value !== null && isShortened(v.value))) notes.push(s.displayPrecision);
  if (id !== "papi") notes.push(s.pressNote);
  if (ds.codebook.some((c) => c.comparability.includes("own"))) notes.push(s.ownIndexNote);
  if (id === "papi") notes.push(t(lang, "data.note.publishedCheck"));
  return notes;
}
