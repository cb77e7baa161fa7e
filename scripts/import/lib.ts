// One-time import of the compiled source facts (../shared/sources) into data/.
// Not part of the build: data/ is the versioned truth once imported; this is kept so anyone can
// see exactly how each row was reshaped. Run: node scripts/import/main.ts [path/to/shared/sources]
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Papa from "papaparse";
import { csvText } from "../../src/lib/csv/write.ts";

export type Row = Record<string, string>;

/** Reads a CSV of the shared sources as string records (no type guessing: "01" stays "01"). */
export function readCsv(path: string): Row[] {
  // One final line end is a terminator, not an empty record; any other empty line is a real problem.
  const text = readFileSync(path, "utf8").normalize("NFC").replace(/\r?\n$/, "");
  const out = Papa.parse<Row>(text, { header: true, skipEmptyLines: false, dynamicTyping: false });
  if (out.errors.length) throw new Error(`${path}: ${out.errors.map((e) => `row ${e.row}: ${e.message}`).join("; ")}`);
  return out.data;
}

/** Writes RFC 4180 CSV with LF line ends, NFC text, columns in the given order. */
export function writeCsv(path: string, columns: readonly string[], rows: readonly Row[]): void {
  mkdirSync(dirname(path), { recursive: true });
  const cells = rows.map((r) => columns.map((c) => {
    const v = r[c];
    if (v === undefined) throw new Error(`${path}: row has no column ${c}: ${JSON.stringify(r)}`);
    return v.normalize("NFC");
  }));
  writeFileSync(path, csvText(columns, cells), "utf8");
}

export const SOURCE_COLUMNS = ["id", "kind", "title", "publisher", "url", "date", "licence", "method", "method_vi", "derived_from", "note"] as const;
export type SourceKind = "official_file" | "report" | "news" | "compilation" | "derived" | "seed_article";
export type Source = Record<(typeof SOURCE_COLUMNS)[number], string> & { kind: SourceKind };

/**
 * All sources of the import, keyed by id. Ids are deterministic: a curated id where given,
 * else host + short hash of the address, so re-running the import gives the same ids.
 */
export class SourceRegistry {
  readonly byId = new Map<string, Source>();

  /** Registers (or finds) a web page by its address as read. Returns the id. */
  page(url: string, fields: Partial<Source> = {}): string {
    const clean = url.trim();
    const host = hostOf(clean);
    const id = fields.id ?? `${host.replace(/^www\./, "").split(".").slice(0, -1).join("-").replace(/[^a-z0-9-]/g, "") || "page"}-${hash(clean)}`;
    return this.add({
      id, kind: fields.kind ?? guessKind(host), title: fields.title ?? `Page on ${host}`,
      publisher: fields.publisher ?? host, url: clean, date: fields.date ?? "",
      licence: fields.licence ?? `© ${host}; figures quoted as facts`, method: "", method_vi: "", derived_from: "",
      note: fields.note ?? "",
    });
  }

  /** Registers a fully described source (files, derived tables, seed articles). */
  /** Registers a fully described source; `method_vi` is needed only for derived sources. */
  add(input: Omit<Source, "method_vi"> & { method_vi?: string }): string {
    const s: Source = { ...input, method_vi: input.method_vi ?? "" };
    const prev = this.byId.get(s.id);
    if (prev) {
      if (JSON.stringify(prev) !== JSON.stringify(s)) {
        // Same id, different description: keep the first, but never silently merge two documents.
        if (prev.url !== s.url) throw new Error(`source id ${s.id} used for ${prev.url} and ${s.url}`);
      }
      return s.id;
    }
    this.byId.set(s.id, s);
    return s.id;
  }

  rows(): Source[] {
    return [...this.byId.values()].sort((a, b) => a.id.localeCompare(b.id));
  }
}

export function hash(s: string): string {
  return createHash("sha1").update(s).digest("hex").slice(0, 6);
}

export function hostOf(url: string): string {
  const m = /^https?:\/\/([^/?#\s]+)/i.exec(url);
  return m ? m[1]!.toLowerCase() : "unknown";
}

function guessKind(host: string): SourceKind {
  if (/thuvienphapluat|luatvietnam|hethongphapluat/.test(host)) return "official_file";
  return "news";
}

/** Vietnamese-folded ASCII slug: "Bà Rịa - Vũng Tàu" → "ba-ria-vung-tau". */
export function slugify(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "d")
    .toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

// Column orders of data/ (data/README.md). One list per table so the CSV writer, the descriptors
// (datapackage.ts) and the self-check cannot drift apart.
export const UNIT_COLUMNS = ["id", "frame", "code", "slug", "name_vi", "name_en", "full_name_vi", "full_name_en", "unit_type", "valid_from", "valid_to", "source", "note"] as const;
export const LINEAGE_COLUMNS = ["predecessor", "successor", "date", "kind", "legal_basis", "ward_rows", "source", "note"] as const;
export const MINISTRY_COLUMNS = ["id", "name_vi", "name_en", "valid_from", "valid_to", "source", "note"] as const;
export const GROUP_COLUMNS = ["id", "kind", "name_vi", "name_en", "note"] as const;
export const AGENCY_COLUMNS = ["id", "province", "kind", "name_vi", "name_en", "source", "note"] as const;
export const TILE_COLUMNS = ["unit", "row", "col", "label"] as const;
export const CODEBOOK_COLUMNS = ["indicator", "first_edition", "last_edition", "parent", "level", "name_vi", "name_en", "unit", "min", "max", "comparability", "note"] as const;
export const VALUE_COLUMNS = ["edition", "unit", "indicator", "value", "status", "rank", "rank_of", "rank_text", "source", "note"] as const;
export const PROCEDURE_VALUE_COLUMNS = ["period", "period_type", "period_start", "period_end", "unit", "indicator", "value", "status", "rank", "rank_of", "rank_text", "source", "note"] as const;
export const PUBLISHED_CHECK_COLUMNS = ["edition", "unit", "indicator", "published_value", "published_rank", "source", "note"] as const;

export const VALUE_STATUSES = ["reported", "derived", "not_published", "no_data", "not_surveyed", "unit_not_existing"] as const;
export const CODEBOOK_LEVELS = ["total", "dimension", "subdimension", "component", "statistic"] as const;
export const CODEBOOK_UNITS = ["points", "percent", "count", "rank"] as const;
export const SOURCE_KINDS = ["official_file", "report", "news", "compilation", "derived", "seed_article"] as const;

/** A plain decimal as the data contract allows it ("84.38"; no exponent, no comma, no sign). */
export const DECIMAL_RE = /^\d+(\.\d+)?$/;

/** Throws unless `s` is a plain decimal; returns it unchanged so digits are never re-formatted. */
export function decimal(s: string, where: string): string {
  if (!DECIMAL_RE.test(s)) throw new Error(`${where}: not a plain decimal: ${JSON.stringify(s)}`);
  return s;
}
