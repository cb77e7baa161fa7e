// The download formats, each made from a frozen CSV (already UTF-8, RFC 4180, dot decimals, ISO
// dates) and its Table Schema, so an old release's downloads are the same bytes forever.
import { parseCsv } from "../csv/parse.ts";
import { csvLine } from "../csv/write.ts";

export type FieldType = "string" | "integer" | "number" | "date";
/** Column name → Table Schema type; a column it does not name is text. */
export type FieldTypes = ReadonlyMap<string, FieldType>;

const NUMERIC: ReadonlySet<FieldType> = new Set(["integer", "number"]);

/** Characters that make a spreadsheet read a text cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell a spreadsheet would evaluate, led by an apostrophe so it stays text. Numbers are
 * never passed here: "-0.5" in a number column is a value, not a formula.
 */
export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Reverses neutralise() (tests read Excel CSV back with it). */
export function unneutralise(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

export interface Table {
  header: string[];
  records: string[][];
}

/** Reads a frozen CSV; throws on anything the strict parser reports (a frozen file was valid). */
export function readTable(bytes: Uint8Array, path: string): Table {
  const parsed = parseCsv(bytes, path);
  if (parsed.errors.length) throw new Error(`${path}: ${parsed.errors.map((e) => `${e.row}: ${e.message}`).join("; ")}`);
  return { header: parsed.header, records: parsed.records };
}

/** For Excel: UTF-8 with a byte-order mark, CRLF line ends, formula-like text neutralised. */
export function excelCsv(table: Table, types: FieldTypes): string {
  const text = table.header.map((h) => !NUMERIC.has(types.get(h) ?? "string"));
  const lines = [table.header.map(neutralise), ...table.records.map((r) => r.map((c, i) => (text[i] ? neutralise(c) : c)))];
  return `\uFEFF${lines.map(csvLine).join("\r\n")}\r\n`;
}

/** A record's cells as JSON values: numbers for number and integer columns, null for empty. */
export function typedRecord(header: readonly string[], cells: readonly string[], types: FieldTypes): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = {};
  header.forEach((h, i) => {
    const c = cells[i]!;
    out[h] = c === "" ? null : NUMERIC.has(types.get(h) ?? "string") ? Number(c) : c;
  });
  return out;
}

/** JSON records, one per line inside the array, keys in column order. */
export function jsonRecords(table: Table, types: FieldTypes): string {
  const lines = table.records.map((r) => JSON.stringify(typedRecord(table.header, r, types)));
  return lines.length === 0 ? "[]\n" : `[\n${lines.join(",\n")}\n]\n`;
}

/** Column types of the resource at `path` in a descriptor (text for columns it does not type). */
export function fieldTypes(descriptor: unknown, path: string): FieldTypes {
  const resources = (descriptor as { resources?: { path?: string; schema?: { fields?: { name: string; type?: string }[] } }[] }).resources ?? [];
  const fields = resources.find((r) => r.path === path)?.schema?.fields ?? [];
  return new Map(fields.map((f) => [f.name, (["integer", "number", "date"].includes(f.type ?? "") ? f.type : "string") as FieldType] as const));
}

/** Key columns of the resource at `path`: its primary key, else its first unique key; null if none. */
export function keyOf(descriptor: unknown, path: string): string[] | null {
  const resources = (descriptor as { resources?: { path?: string; schema?: { primaryKey?: string | string[]; uniqueKeys?: string[][] } }[] }).resources ?? [];
  const schema = resources.find((r) => r.path === path)?.schema;
  const pk = schema?.primaryKey;
  if (typeof pk === "string") return [pk];
  if (Array.isArray(pk) && pk.length) return pk;
  return schema?.uniqueKeys?.[0] ?? null;
}
