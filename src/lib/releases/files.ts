// The files that make up one release of a dataset, read from the working data: its
// datapackage.json, every resource the descriptor lists, its document bodies (*.md), and
// sources.csv cut down to the sources it cites, so a downloaded release explains itself.
import { parseCsv } from "../csv/parse.ts";
import { csvText } from "../csv/write.ts";
import type { DataReader } from "../load/index.ts";
import { sha256 } from "./hash.ts";
import type { FileEntry } from "./manifest.ts";

export interface ReleaseFile {
  path: string;
  bytes: Uint8Array;
}

export const DESCRIPTOR = "datapackage.json";
export const SOURCES = "sources.csv";

const utf8 = new TextEncoder();

/** Resource paths a descriptor lists, in its order; [] when it is not a readable descriptor. */
export function resourcePaths(descriptor: Uint8Array): string[] {
  try {
    const pkg = JSON.parse(new TextDecoder().decode(descriptor)) as { resources?: { path?: unknown }[] };
    return (pkg.resources ?? []).map((r) => r.path).filter((p): p is string => typeof p === "string");
  } catch {
    return [];
  }
}

/** A dataset's files as they would be frozen now; throws when one the descriptor names is missing. */
export function workingFiles(reader: DataReader, dataset: string): ReleaseFile[] {
  const need = (path: string): Uint8Array => {
    const bytes = reader.read(path);
    if (bytes === null) throw new Error(`${path}: file not found`);
    return bytes;
  };
  const descriptor = need(`${dataset}/${DESCRIPTOR}`);
  const files: ReleaseFile[] = [{ path: DESCRIPTOR, bytes: descriptor }];
  for (const path of resourcePaths(descriptor)) files.push({ path, bytes: need(`${dataset}/${path}`) });
  for (const name of reader.list(dataset).filter((f) => f.endsWith(".md")).sort()) files.push({ path: name, bytes: need(`${dataset}/${name}`) });
  const tables = files.filter((f) => f.path.endsWith(".csv"));
  files.push({ path: SOURCES, bytes: sourcesSubset(need(SOURCES), tables) });
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * The rows of sources.csv that the tables cite in a `source` column (space-separated ids), with
 * the sources those were derived from, in the file's own order.
 */
export function sourcesSubset(sources: Uint8Array, tables: readonly ReleaseFile[]): Uint8Array {
  const all = parseCsv(sources, SOURCES);
  const col = (name: string) => all.header.indexOf(name);
  const cited = new Set<string>();
  for (const t of tables) {
    const parsed = parseCsv(t.bytes, t.path);
    const at = parsed.header.indexOf("source");
    if (at === -1) continue;
    for (const r of parsed.records) for (const id of r[at]!.split(/\s+/)) if (id !== "") cited.add(id);
  }
  const derivedFrom = new Map(all.records.map((r) => [r[col("id")]!, r[col("derived_from")]?.split(/\s+/).filter(Boolean) ?? []] as const));
  // A Set visits what is added while it is walked: derived-from chains of any length close here.
  for (const id of cited) for (const d of derivedFrom.get(id) ?? []) cited.add(d);
  return utf8.encode(csvText(all.header, all.records.filter((r) => cited.has(r[col("id")]!))));
}

/** Size, record count (CSV) and hash of each file, in the given order. */
export function describeFiles(files: readonly ReleaseFile[]): FileEntry[] {
  return files.map((f) => ({
    path: f.path, bytes: f.bytes.byteLength, rows: f.path.endsWith(".csv") ? csvRows(f.bytes, f.path) : null, sha256: sha256(f.bytes),
  }));
}

/** Records of a CSV file (header excluded), as the strict parser reads them. */
export function csvRows(bytes: Uint8Array, path: string): number {
  return parseCsv(bytes, path).records.length;
}
