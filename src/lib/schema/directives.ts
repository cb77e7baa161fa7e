// The directives collection: document metadata, one Markdown body per document, and the
// measurable targets the documents set. Cross-table rules live in checkDirectives().
import { z } from "astro/zod";
import type { DataError, ErrorCode } from "../csv/errors.ts";
import { id, integer, number, oneOf, optionalDate, optionalInteger, requiredText, text } from "./cells.ts";
import type { Table } from "./table.ts";
import type { TableSpec } from "./tables.ts";
import type { Group, Source, Unit } from "./tables.ts";
import { parseBody } from "./directive-body.ts";

export const DOC_TYPES = ["nghi-quyet", "nghi-quyet-dang", "nghi-dinh", "quyet-dinh", "chi-thi", "ke-hoach", "chuong-trinh"] as const;
export const ISSUERS = ["quoc-hoi", "chinh-phu", "thu-tuong", "bo-noi-vu", "ban-chap-hanh-tw", "ubnd-tinh", "hdnd-tinh", "tinh-uy"] as const;
/** The fixed topic list: a document names one or more. */
export const TOPICS = ["par-index", "sipas", "papi", "pci", "par-programme", "e-government", "procedures", "admin-units"] as const;
/** How far a document was verified, strongest first. */
export const VERIFICATIONS = ["document_read", "header_read", "cited_only", "seed_article_only", "not_found"] as const;
export const TARGET_INDICES = ["papi", "par-index", "sipas"] as const;
/** `score_above`: strictly above the value ("trên 80%"); `score_at_least`: the value or more. */
export const TARGET_MEASURES = ["rank_change", "rank_at_most", "score_at_least", "score_above"] as const;
/** Measures met or not by a score alone; the others need a rank. */
export const SCORE_MEASURES: readonly TargetMeasure[] = ["score_at_least", "score_above"];
export type TargetMeasure = (typeof TARGET_MEASURES)[number];

export const documentSchema = z.object({
  id: id(),
  /** Number and symbol as printed. */
  number: requiredText(),
  doc_type: oneOf(DOC_TYPES),
  issuer: oneOf(ISSUERS),
  issuer_as_printed: requiredText(),
  signer: text(),
  title: text(),
  /** Empty when only partly known; date_note then says what is known. */
  date_issued: optionalDate(),
  date_note: text(),
  date_effective: optionalDate(),
  effective_note: text(),
  /** `national` or a unit id. */
  scope: id(),
  /** Topic ids from TOPICS, space-separated. */
  topics: requiredText(),
  status: text(),
  verification: oneOf(VERIFICATIONS),
  /** The compiler's own words. */
  verification_note: text(),
  /** Source ids, space-separated; at least one. */
  source: requiredText(),
  note: text(),
});

export const targetSchema = z.object({
  id: id(),
  document: id(),
  index: oneOf(TARGET_INDICES),
  measure: oneOf(TARGET_MEASURES),
  baseline_edition: optionalInteger(),
  /** Places, rank or score; the lower end where a range is printed (target_text keeps it). */
  target_value: number(),
  /** The source's words setting the target, quoted exactly, in Vietnamese. */
  target_text: requiredText(),
  target_edition: integer(),
  /** A unit (a province's target) or a national group (a national target, e.g. agg-provinces). */
  unit: id(),
  source: id(),
  /** How we read the target: English, then the same in Vietnamese. */
  note: requiredText(),
  note_vi: requiredText(),
});

export type DocumentRow = z.output<typeof documentSchema>;
export type TargetRow = z.output<typeof targetSchema>;

export const documentsSpec: TableSpec<typeof documentSchema> = { file: "directives/documents.csv", schema: documentSchema, primaryKey: ["id"] };
export const targetsSpec: TableSpec<typeof targetSchema> = { file: "directives/targets.csv", schema: targetSchema, primaryKey: ["id"] };

export const bodyFile = (documentId: string) => `directives/${documentId}.md`;

export interface DirectivesTables {
  documents: Table<DocumentRow>;
  targets: Table<TargetRow>;
  /** Body text by document id, for the documents whose body file exists. */
  bodies: Record<string, string>;
  /** Every `.md` file in data/directives/, by name. */
  bodyFiles: readonly string[];
}

export const splitIds = (s: string): string[] => s.split(" ").filter(Boolean);

/** Foreign keys, validity on the date issued, topics, targets, body files and their two languages. */
export function checkDirectives(d: DirectivesTables, ctx: { sources: readonly Source[]; units: readonly Unit[]; groups: readonly Group[] }): DataError[] {
  const errors: DataError[] = [];
  const err = <T>(t: Table<T>, i: number, column: string, code: ErrorCode, message: string) =>
    errors.push({ file: t.file, row: t.lines[i]!, column, code, message });
  const sources = new Set(ctx.sources.map((s) => s.id));
  const units = new Map(ctx.units.map((u) => [u.id, u] as const));
  const groups = new Set(ctx.groups.filter((g) => g.kind === "national").map((g) => g.id));
  const docs = new Map(d.documents.rows.map((r) => [r.id, r] as const));

  d.documents.rows.forEach((r, i) => {
    if (r.scope !== "national") {
      const u = units.get(r.scope);
      if (!u) err(d.documents, i, "scope", "unknown_unit", `"${r.scope}" is neither "national" nor a unit in reference/units.csv`);
      else if (r.date_issued !== null && (u.valid_from > r.date_issued || (u.valid_to !== null && u.valid_to < r.date_issued))) {
        err(d.documents, i, "scope", "unit_not_valid", `"${r.scope}" did not exist on ${r.date_issued} (valid ${u.valid_from} to ${u.valid_to ?? "…"})`);
      }
    }
    for (const t of splitIds(r.topics)) {
      if (!(TOPICS as readonly string[]).includes(t)) err(d.documents, i, "topics", "enum", `"${t}" is not one of: ${TOPICS.join(", ")}`);
    }
    for (const s of splitIds(r.source)) if (!sources.has(s)) err(d.documents, i, "source", "unknown_source", `source "${s}" is not in sources.csv`);
    if (r.date_issued === null && r.date_note.trim() === "") err(d.documents, i, "date_note", "required", "date_issued is empty: say what is known of the date");
    if (r.date_issued !== null && r.date_effective !== null && r.date_effective < r.date_issued) {
      err(d.documents, i, "date_effective", "inconsistent", `date_effective ${r.date_effective} is before date_issued ${r.date_issued}`);
    }
    const body = d.bodies[r.id];
    if (body === undefined) err(d.documents, i, "id", "missing_file", `no body file ${bodyFile(r.id)}`);
    else for (const p of parseBody(body).problems) errors.push({ file: bodyFile(r.id), row: p.line, column: "", code: "body", message: p.message });
  });
  for (const f of d.bodyFiles) {
    const docId = f.replace(/\.md$/, "");
    if (!docs.has(docId)) errors.push({ file: `directives/${f}`, row: 0, column: "", code: "inconsistent", message: `body file without a row in directives/documents.csv (id "${docId}")` });
  }

  d.targets.rows.forEach((r, i) => {
    const doc = docs.get(r.document);
    if (!doc) err(d.targets, i, "document", "unknown_reference", `document "${r.document}" is not in directives/documents.csv`);
    if (groups.has(r.unit)) {
      if (doc && doc.scope !== "national") err(d.targets, i, "unit", "inconsistent", `"${r.unit}" is a national group; the document's scope is ${doc.scope}`);
      if (!SCORE_MEASURES.includes(r.measure)) err(d.targets, i, "measure", "inconsistent", `a national group has a score, not a rank: use ${SCORE_MEASURES.join(" or ")}`);
    } else if (!units.has(r.unit)) err(d.targets, i, "unit", "unknown_unit", `"${r.unit}" is neither a unit in reference/units.csv nor a national group in reference/groups.csv`);
    else if (doc && doc.scope !== "national" && doc.scope !== r.unit) err(d.targets, i, "unit", "inconsistent", `the document's scope is ${doc.scope}, not ${r.unit}`);
    if (!sources.has(r.source)) err(d.targets, i, "source", "unknown_source", `source "${r.source}" is not in sources.csv`);
    if (r.measure === "rank_change") {
      if (r.baseline_edition === null) err(d.targets, i, "baseline_edition", "required", "a rank change needs the edition it is measured from");
      else if (r.baseline_edition >= r.target_edition) err(d.targets, i, "baseline_edition", "inconsistent", `baseline ${r.baseline_edition} is not before the target edition ${r.target_edition}`);
    }
    if (!SCORE_MEASURES.includes(r.measure) && (!Number.isInteger(r.target_value) || r.target_value < 1)) {
      err(d.targets, i, "target_value", "out_of_range", `${r.target_value} is not a whole number of places or a rank`);
    }
  });
  return errors;
}
