// The search records of a language, built from the validated datasets at build time: every
// directive, every unit (63 former and 34 current, with their aliases) and every index. A record
// keeps only what the results list shows and the short strings ranking needs; the full text
// (document bodies: the page language's prose and every quotation) goes into the inverted index
// only, never to the browser as text.
import { t, type UiKey } from "../../i18n/index.ts";
import type { DatasetEntries } from "../load/content-loader.ts";
import { bodyText, parseBody } from "../schema/directive-body.ts";
import { splitIds } from "../schema/directives.ts";
import { directiveHrefs } from "../views/directives.ts";
import { hrefs } from "../views/hrefs.ts";
import { INDEX_IDS, type Lang } from "../views/types.ts";
import { INDEX_NAMES, unitNames } from "./aliases.ts";

export type RecordKind = "document" | "province" | "index";

export interface SearchRecord {
  kind: RecordKind;
  /** Shown as the result's name, and what highlights are computed on. */
  title: string;
  subtitle: string;
  href: string;
  /** A document's number as printed; "" for other kinds. */
  number: string;
  /** The record's own short names (title, number, name in both languages): exact matches rank first. */
  names: string[];
  /** Other names (popular, former, successor): found, ranked below own names. */
  aliases: string[];
  /** One line of context (issuer and date; formed from / became). */
  note: string;
}

/** A record and the text the inverted index holds for it. */
export interface IndexedRecord {
  record: SearchRecord;
  text: string;
}

type Entries = Pick<DatasetEntries, "reference" | "directives">;

function documentRecords(e: Entries, lang: Lang): IndexedRecord[] {
  const units = new Map(e.reference.units.map((u) => [u.id, u] as const));
  return e.directives.documents.map((d) => {
    const type = t(lang, `directives.type.${d.doc_type}` as UiKey);
    const typeVi = t("vi", `directives.type.${d.doc_type}` as UiKey);
    const scope = d.scope === "national" ? t(lang, "directives.national") : (units.get(d.scope)?.[lang === "vi" ? "name_vi" : "name_en"] ?? d.scope);
    const scopeVi = units.get(d.scope)?.name_vi ?? "";
    const topics = splitIds(d.topics).map((x) => t(lang, `directives.topic.${x}` as UiKey));
    const record: SearchRecord = {
      kind: "document",
      title: `${type} ${d.number}`,
      subtitle: d.title,
      href: directiveHrefs.document(lang, d.id),
      number: d.number,
      names: [...new Set([`${type} ${d.number}`, `${typeVi} ${d.number}`, d.number, d.title].filter(Boolean))],
      aliases: [],
      note: [d.issuer_as_printed, d.date_issued ?? d.date_note, scope].filter(Boolean).join(" · "),
    };
    const text = [type, typeVi, d.number, d.title, d.issuer_as_printed, d.signer, scope, scopeVi, ...topics, bodyText(parseBody(e.directives.bodies[d.id] ?? "").blocks, lang)].join(" \n ");
    return { record, text };
  });
}

function unitRecords(e: Entries, lang: Lang): IndexedRecord[] {
  const names = unitNames(e.reference.units, e.reference.lineage);
  return e.reference.units.map((u) => {
    const n = names.get(u.id)!;
    const notes: string[] = [t(lang, u.frame === "34" ? "search.frame34" : "search.frame63")];
    if (n.predecessors.length > 0) notes.push(t(lang, "search.formedFrom", { names: n.predecessors.join(", ") }));
    if (n.successor !== null) notes.push(t(lang, "search.became", { name: n.successor }));
    const record: SearchRecord = {
      kind: "province",
      title: lang === "vi" ? u.name_vi : u.name_en,
      subtitle: lang === "vi" ? u.full_name_vi : u.full_name_en,
      href: hrefs.province(lang, u.slug),
      number: "",
      names: n.own,
      aliases: n.aliases,
      note: notes.join(" · "),
    };
    return { record, text: [...n.own, ...n.aliases].join(" \n ") };
  });
}

function indexRecords(lang: Lang): IndexedRecord[] {
  return INDEX_IDS.map((id) => {
    const title = t(lang, `nav.${id}`);
    const other = INDEX_NAMES[id] ?? [];
    const record: SearchRecord = {
      kind: "index", title, subtitle: other.find((x) => x !== title) ?? "", href: hrefs.index(lang, id), number: "",
      names: [title, t(lang === "vi" ? "en" : "vi", `nav.${id}`)], aliases: [...other], note: "",
    };
    return { record, text: [title, ...other].join(" \n ") };
  });
}

/** Every search record of a language: indices, units, documents (in that order: ties keep it). */
export function searchRecords(e: Entries, lang: Lang): IndexedRecord[] {
  return [...indexRecords(lang), ...unitRecords(e, lang), ...documentRecords(e, lang)];
}
