// Directives: the documents of directives_metadata.csv and seed_directives.csv → data/directives/.
// One row per document (duplicates merged, every source kept), a Markdown body per document
// saying what the sources say of it, and the measurable targets it sets.
// The classification below (type, issuer, topics, verification level) is ours, made by reading
// each row; the row's own words are kept in the note columns.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { hostOf, readCsv, writeCsv, type Row, type SourceRegistry } from "./lib.ts";
import { body, TITLE_GLOSS } from "./directives-text.ts";
import { importTargets } from "./directive-targets.ts";

export const DOCUMENT_COLUMNS = [
  "id", "number", "doc_type", "issuer", "issuer_as_printed", "signer", "title", "date_issued", "date_note",
  "date_effective", "effective_note", "scope", "topics", "status", "verification", "verification_note", "source", "note",
] as const;
export const TARGET_COLUMNS = [
  "id", "document", "index", "measure", "baseline_edition", "target_value", "target_text", "target_edition", "unit", "source", "note", "note_vi",
] as const;

/** What we decided for each document, keyed by the number as the metadata file prints it. */
interface Curated {
  id: string;
  number: string;
  docType: string;
  issuer: string;
  topics: string;
  verification: "document_read" | "header_read" | "cited_only" | "seed_article_only" | "not_found";
  /** Seed file number(s) describing the same document, merged into this row. */
  seedNumber?: string;
  dateNote?: string;
  effective?: string;
  effectiveNote?: string;
  note?: string;
}

const C = (number: string, id: string, docType: string, issuer: string, topics: string, verification: Curated["verification"], more: Partial<Curated> = {}): Curated =>
  ({ number, id, docType, issuer, topics, verification, ...more });

const CURATED: Curated[] = [
  C("17/NQ-CP", "17-nq-cp-2019", "nghi-quyet", "chinh-phu", "e-government", "header_read", { seedNumber: "17/NQ-CP" }),
  C("766/QĐ-TTg", "766-qd-ttg-2022", "quyet-dinh", "thu-tuong", "procedures e-government", "header_read",
    { effective: "2022-06-23", effectiveNote: "the page says: \"có hiệu lực kể từ ngày ký\" (effective from the date of signing)" }),
  C("76/NQ-CP", "76-nq-cp-2021", "nghi-quyet", "chinh-phu", "par-programme", "cited_only"),
  C("23 (Chỉ thị số 23, full symbol not shown)", "chi-thi-23-2021-ttg", "chi-thi", "thu-tuong", "par-programme", "cited_only",
    { dateNote: "2021-09 (news dated 16/9/2021); the day is not stated", note: "The news item gives the number 23 but not the full symbol; signed by Deputy Prime Minister Phạm Bình Minh for the Prime Minister." }),
  C("30c/NQ-CP", "30c-nq-cp-2011", "nghi-quyet", "chinh-phu", "par-programme sipas", "cited_only"),
  C("136/QĐ-TTg", "136-qd-ttg-2001", "quyet-dinh", "thu-tuong", "par-programme", "cited_only"),
  C("876/QĐ-BNV", "876-qd-bnv-2022", "quyet-dinh", "bo-noi-vu", "par-index", "cited_only",
    { dateNote: "not stated; the news item is dated 25/11/2022" }),
  C("61/2018/NĐ-CP", "61-2018-nd-cp", "nghi-dinh", "chinh-phu", "procedures", "cited_only"),
  C("107/2021/NĐ-CP", "107-2021-nd-cp", "nghi-dinh", "chinh-phu", "procedures", "cited_only"),
  C("45/2020/NĐ-CP", "45-2020-nd-cp", "nghi-dinh", "chinh-phu", "procedures e-government", "cited_only"),
  C("63/2010/NĐ-CP", "63-2010-nd-cp", "nghi-dinh", "chinh-phu", "procedures", "cited_only"),
  C("92/2017/NĐ-CP", "92-2017-nd-cp", "nghi-dinh", "chinh-phu", "procedures", "cited_only"),
  C("93/2007/QĐ-TTg", "93-2007-qd-ttg", "quyet-dinh", "thu-tuong", "procedures", "cited_only"),
  C("202/2025/QH15", "202-2025-qh15", "nghi-quyet", "quoc-hoi", "admin-units", "cited_only",
    { effective: "2025-06-12", effectiveNote: "effective on adoption (per vnexpress); adopted 2025-06-12" }),
  C("19/2025/QĐ-TTg", "19-2025-qd-ttg", "quyet-dinh", "thu-tuong", "admin-units", "cited_only"),
  C("60-NQ/TW", "60-nq-tw-2025", "nghi-quyet-dang", "ban-chap-hanh-tw", "admin-units", "cited_only"),
  C("759/QĐ-TTg", "759-qd-ttg-2025", "quyet-dinh", "thu-tuong", "admin-units", "cited_only"),
  C("2074/QĐ-UBND", "2074-qd-ubnd-2021-quang-ngai", "quyet-dinh", "ubnd-tinh", "par-programme", "header_read"),
  C("04-NQ/TU", "04-nq-tu-2021-quang-ngai", "nghi-quyet-dang", "tinh-uy", "par-index papi pci", "cited_only"),
  C("93/2021/NQ-HĐND", "93-2021-nq-hdnd-quang-ngai", "nghi-quyet", "hdnd-tinh", "par-index papi pci", "cited_only"),
  C("768/QĐ-UBND", "768-qd-ubnd-2021-quang-ngai", "quyet-dinh", "ubnd-tinh", "par-programme", "cited_only"),
  C("649/QĐ-UBND", "649-qd-ubnd-2021-quang-ngai", "quyet-dinh", "ubnd-tinh", "pci", "cited_only"),
  C("895/QĐ-UBND", "895-qd-ubnd-2023-lam-dong", "quyet-dinh", "ubnd-tinh", "procedures", "header_read"),
  C("4851/KH-UBND", "4851-kh-ubnd-2018-binh-duong", "ke-hoach", "ubnd-tinh", "par-index", "header_read"),
  C("2071/QĐ-UBND", "2071-qd-ubnd-2018-binh-duong", "quyet-dinh", "ubnd-tinh", "par-index", "cited_only"),
  C("30/2018/QĐ-UBND", "30-2018-qd-ubnd-hai-phong", "quyet-dinh", "ubnd-tinh", "par-programme", "header_read"),
  C("141/QĐ-UBND", "141-qd-ubnd-2021-khanh-hoa", "quyet-dinh", "ubnd-tinh", "par-index", "cited_only"),
  C("10/CT-UBND (Quảng Trị, 26/9/2022)", "10-ct-ubnd-2022-quang-tri", "chi-thi", "ubnd-tinh", "par-index sipas papi procedures e-government", "seed_article_only",
    { seedNumber: "10/CT-UBND" }),
  C("5359/QĐ-UBND (Bình Định)", "5359-qd-ubnd-2021-binh-dinh", "quyet-dinh", "ubnd-tinh", "sipas", "seed_article_only", { seedNumber: "5359/QĐ-UBND" }),
];

/** Seed documents not in the metadata file. */
const SEED_ONLY: Curated[] = [
  C("130/KH-UBND", "130-kh-ubnd-2022-binh-dinh", "ke-hoach", "ubnd-tinh", "sipas", "seed_article_only"),
  C("24/KH-UBND", "24-kh-ubnd-2022-binh-dinh", "ke-hoach", "ubnd-tinh", "par-programme", "seed_article_only"),
  C("34/KH-UBND", "34-kh-ubnd-2022-binh-dinh", "ke-hoach", "ubnd-tinh", "par-programme", "seed_article_only"),
  C("135/KH-UBND", "135-kh-ubnd-2022-binh-dinh", "ke-hoach", "ubnd-tinh", "papi", "seed_article_only"),
  C("2535/QĐ-UBND", "2535-qd-ubnd-2022-binh-dinh", "quyet-dinh", "ubnd-tinh", "par-programme", "seed_article_only"),
  C("09-CTr/TU", "09-ctr-tu-2021-binh-dinh", "chuong-trinh", "tinh-uy", "par-programme e-government procedures", "seed_article_only"),
];

const SCOPES: Record<string, string> = {
  national: "national", "Quảng Ngãi": "vn63-51", "Lâm Đồng": "vn63-68", "Bình Dương": "vn63-74", "Hải Phòng": "vn63-31",
  "Khánh Hòa": "vn63-56", "Quảng Trị": "vn63-45", "Bình Định": "vn63-52",
};

/** Seed files → the seed_article source ids the press import registered. */
const seedSource = (s: string): string => {
  const m = /seeds\/(\d{3})_/.exec(s);
  if (!m) throw new Error(`directives: no seed file in ${JSON.stringify(s)}`);
  return `seed-${m[1]}`;
};

const ISO = /^\d{4}-\d{2}-\d{2}$/;
/** The shown number without the compiler's parenthesised context ("10/CT-UBND (Quảng Trị, …)"). */
const cleanNumber = (n: string) => (n.startsWith("23 (") ? "23" : n.replace(/\s*\(.*\)$/, ""));

export interface DirectivesOut {
  documents: Row[];
  targets: Row[];
  bodies: Map<string, string>;
}

export function importDirectives(shared: string, sources: SourceRegistry): DirectivesOut {
  const meta = readCsv(join(shared, "directives_metadata.csv"));
  const seeds = readCsv(join(shared, "seed_directives.csv"));
  const curated = new Map(CURATED.map((c) => [c.number, c] as const));
  const seedByNumber = new Map(seeds.map((s) => [s["number"]!, s] as const));
  const usedSeeds = new Set<string>();
  const documents: Row[] = [];
  const bodies = new Map<string, string>();

  const pageIds = (cell: string): string[] => cell.split(" ; ").map((u) => u.trim()).filter((u) => u !== "" && u !== "(none)").map((u) =>
    // The one repository reference is the provinces database the reference import already cites.
    u.startsWith("github:thanglequoc/") ? "vn-provinces-db-v3-0-2" : sources.page(u, { title: `Page on ${hostOf(u)} read for the directives collection` }));

  for (const m of meta) {
    const c = curated.get(m["number"]!);
    if (!c) throw new Error(`directives: no curation for ${m["number"]}`);
    const seed = c.seedNumber ? seedByNumber.get(c.seedNumber) : undefined;
    if (c.seedNumber && !seed) throw new Error(`directives: seed row ${c.seedNumber} not found`);
    if (seed) usedSeeds.add(seed["number"]!);
    const scope = SCOPES[m["scope"]!];
    if (!scope) throw new Error(`directives: unknown scope ${m["scope"]}`);
    const srcIds = [...pageIds(m["source"]!), ...(seed ? [seedSource(seed["source"]!)] : [])];
    const dateMeta = m["date_issued"]!;
    const date = ISO.test(dateMeta) ? dateMeta : (seed && ISO.test(seed["date_issued"]!) ? seed["date_issued"]! : "");
    const printed = m["title_or_summary"]! || seed?.["title_or_summary"] || "";
    // A title printed with an English gloss keeps its Vietnamese words; the gloss goes to the body.
    const title = TITLE_GLOSS[printed]?.title ?? printed;
    const eff = m["effective_date"]!;
    documents.push({
      id: c.id, number: cleanNumber(m["number"]!), doc_type: c.docType, issuer: c.issuer, issuer_as_printed: m["issuer"]!,
      signer: m["signer"]!, title, date_issued: date, date_note: date === "" ? (c.dateNote ?? dateMeta) : "",
      date_effective: c.effective ?? (ISO.test(eff) ? eff : ""), effective_note: c.effectiveNote ?? (ISO.test(eff) ? "" : eff),
      scope, topics: c.topics, status: "", verification: c.verification,
      verification_note: [m["verification"]!, ...(seed ? [`seed article: ${seed["source"]}`] : [])].join("; "),
      source: srcIds.join(" "), note: c.note ?? "",
    });
    bodies.set(c.id, body({
      meta: m, seed, seedSource: seed ? seedSource(seed["source"]!) : undefined,
      pageSources: srcIds.filter((id) => !id.startsWith("seed-")), verification: c.verification,
    }));
  }
  for (const c of SEED_ONLY) {
    const s = seedByNumber.get(c.number);
    if (!s) throw new Error(`directives: seed row ${c.number} not found`);
    usedSeeds.add(c.number);
    const scope = /Bình Định/.test(s["issuer"]!) ? SCOPES["Bình Định"]! : "";
    if (!scope) throw new Error(`directives: no scope for seed row ${c.number}`);
    const src = seedSource(s["source"]!);
    documents.push({
      id: c.id, number: c.number, doc_type: c.docType, issuer: c.issuer, issuer_as_printed: s["issuer"]!, signer: "",
      title: s["title_or_summary"]!, date_issued: s["date_issued"]!, date_note: "", date_effective: "", effective_note: "",
      scope, topics: c.topics, status: "", verification: c.verification, verification_note: `seed article: ${s["source"]}`,
      source: src, note: "",
    });
    bodies.set(c.id, body({ meta: undefined, seed: s, seedSource: src, pageSources: [], verification: c.verification }));
  }
  const unused = seeds.filter((s) => !usedSeeds.has(s["number"]!));
  if (unused.length) throw new Error(`directives: seed rows not imported: ${unused.map((s) => s["number"]).join(", ")}`);
  documents.sort((a, b) => a["id"]!.localeCompare(b["id"]!));

  const targets = importTargets(shared, meta, documents);
  return { documents, targets, bodies };
}

export function writeDirectives(data: string, out: DirectivesOut, pkg: Record<string, unknown>): void {
  const dir = join(data, "directives");
  mkdirSync(dir, { recursive: true });
  // Bodies of documents no longer imported must not linger: the loader rejects a body without a row.
  for (const f of readdirSync(dir)) if (f.endsWith(".md") && !out.bodies.has(f.slice(0, -3))) rmSync(join(dir, f));
  writeCsv(join(dir, "documents.csv"), DOCUMENT_COLUMNS, out.documents);
  writeCsv(join(dir, "targets.csv"), TARGET_COLUMNS, out.targets);
  for (const [id, text] of out.bodies) writeFileSync(join(dir, `${id}.md`), text.normalize("NFC"), "utf8");
  writeFileSync(join(dir, "datapackage.json"), JSON.stringify(pkg, null, 2) + "\n", "utf8");
}

const field = (name: string, type: "string" | "integer" | "number" | "date", description: string, constraints?: Record<string, unknown>) =>
  ({ name, type, description, ...(constraints && { constraints }) });

/** The Frictionless descriptor; cross-file references are listed as x-foreignKeys like the other packages. */
export function directivesPackage(): Record<string, unknown> {
  const s = (name: string, d: string, c?: Record<string, unknown>) => field(name, "string", d, c);
  return {
    $schema: "https://datapackage.org/profiles/2.0/datapackage.json",
    name: "minh-bach-directives",
    title: "Directives, plans and decisions on administrative reform and the PAR Index, SIPAS and PAPI, with their targets",
    "x-title-vi": "Văn bản chỉ đạo về cải cách hành chính và các chỉ số PAR Index, SIPAS, PAPI, kèm các mục tiêu",
    description: "One row per document (national and provincial), with how far it was verified; a Markdown file <id>.md per document holding what the sources say of it; and the measurable targets the documents set. Only document metadata and what pages say: no document's full text.",
    "x-description-vi": "Mỗi văn bản một dòng (trung ương và địa phương), ghi rõ mức độ đã kiểm chứng; mỗi văn bản một tệp <id>.md ghi điều các nguồn nói về văn bản; và các mục tiêu đo được mà văn bản đặt ra.",
    version: "1.0.0",
    licenses: [{ name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/", title: "Creative Commons Attribution 4.0: our compilation; each source page © its publisher" }],
    resources: [
      {
        name: "documents", path: "documents.csv", format: "csv", mediatype: "text/csv", encoding: "utf-8",
        description: "One row per document; its body is <id>.md in this folder",
        schema: {
          $schema: "https://datapackage.org/profiles/2.0/tableschema.json", missingValues: [""], primaryKey: ["id"],
          fields: [
            s("id", "stable slug", { required: true, unique: true, pattern: "[a-z0-9-]+" }),
            s("number", "number and symbol as printed", { required: true }),
            s("doc_type", "document type", { required: true, enum: ["nghi-quyet", "nghi-quyet-dang", "nghi-dinh", "quyet-dinh", "chi-thi", "ke-hoach", "chuong-trinh"] }),
            s("issuer", "issuing body (kind)", { required: true, enum: ["quoc-hoi", "chinh-phu", "thu-tuong", "bo-noi-vu", "ban-chap-hanh-tw", "ubnd-tinh", "hdnd-tinh", "tinh-uy"] }),
            s("issuer_as_printed", "issuing body as the source names it", { required: true }),
            s("signer", "signer as printed, where known"),
            s("title", "title or summary as printed"),
            field("date_issued", "date", "date issued; empty when only partly known"),
            s("date_note", "what the source says of the date when date_issued is empty"),
            field("date_effective", "date", "date of effect, where known"),
            s("effective_note", "what the source says of the date of effect"),
            s("scope", "national, or the unit id of the province", { required: true, pattern: "national|vn(63|34)-[0-9]{2}" }),
            s("topics", "topic ids, space-separated", { required: true }),
            s("status", "legal status where known (empty: not known)"),
            s("verification", "how far the document was verified", { required: true, enum: ["document_read", "header_read", "cited_only", "seed_article_only", "not_found"] }),
            s("verification_note", "the compiler's own words on verification"),
            s("source", "source ids in ../sources.csv, space-separated", { required: true }),
            s("note", "anything else"),
          ],
          "x-foreignKeys": [{ fields: ["scope"], reference: { resource: "units", path: "../reference/units.csv", fields: ["id"] } }],
        },
      },
      {
        name: "targets", path: "targets.csv", format: "csv", mediatype: "text/csv", encoding: "utf-8",
        description: "Measurable targets set by the documents",
        schema: {
          $schema: "https://datapackage.org/profiles/2.0/tableschema.json", missingValues: [""], primaryKey: ["id"],
          fields: [
            s("id", "target id", { required: true, unique: true, pattern: "[a-z0-9-]+" }),
            s("document", "the document setting it", { required: true }),
            s("index", "papi, par-index or sipas", { required: true, enum: ["papi", "par-index", "sipas"] }),
            s("measure", "rank_change (places gained), rank_at_most, score_at_least, score_above (strictly)", { required: true, enum: ["rank_change", "rank_at_most", "score_at_least", "score_above"] }),
            field("baseline_edition", "integer", "edition compared with (rank_change)"),
            field("target_value", "number", "places, rank or score; the lower end of a printed range", { required: true }),
            s("target_text", "the source's words setting the target, quoted exactly (Vietnamese)", { required: true }),
            field("target_edition", "integer", "the edition by which the target is due", { required: true }),
            s("unit", "the unit the target is for, or a national group (../reference/groups.csv) for a national target", { required: true }),
            s("source", "source id in ../sources.csv", { required: true }),
            s("note", "how we read the target (English)", { required: true }),
            s("note_vi", "the same in Vietnamese", { required: true }),
          ],
          foreignKeys: [{ fields: ["document"], reference: { resource: "documents", fields: ["id"] } }],
        },
      },
    ],
  };
}
