// Reads and validates a whole data directory: the one code path used by the build (through the
// content loader) and by `npm run validate`. Never returns a partial bundle: errors or data.
import type { z } from "astro/zod";
import type { DataError } from "../csv/errors.ts";
import { parseCsv } from "../csv/parse.ts";
import { checkDescriptor, type DataPackage } from "../schema/descriptor.ts";
import { checkIntegrity, type Bundle, type IndexTables } from "../schema/integrity.ts";
import { checkTable, type Table } from "../schema/table.ts";
import { bodyFile, checkDirectives, documentsSpec, targetsSpec, type DirectivesTables } from "../schema/directives.ts";
import {
  INDEX_DATASETS, TABLES, codebookSpec, columnsOf, procedureValuesSpec, publishedCheckSpec, valuesSpec,
  type TableSpec,
} from "../schema/tables.ts";

/** The only I/O the loader does: read a file under the data directory, or null if absent. */
export interface DataReader {
  read(relativePath: string): Uint8Array | null;
  /** File names in a folder under the data directory ([] if absent). */
  list(relativeDir: string): string[];
}

export interface DataBundle extends Bundle {
  packages: Record<string, DataPackage>;
  directives: DirectivesTables;
}

export type LoadResult = { ok: true; data: DataBundle } | { ok: false; errors: DataError[] };

export const PACKAGES = ["reference", ...INDEX_DATASETS, "procedures", "directives"] as const;

export function loadData(reader: DataReader): LoadResult {
  const errors: DataError[] = [];

  const table = <S extends z.ZodObject>(spec: TableSpec<S>): Table<z.output<S>> => {
    const bytes = reader.read(spec.file);
    if (bytes === null) {
      errors.push({ file: spec.file, row: 0, column: "", code: "missing_file", message: "file not found" });
      return { file: spec.file, rows: [], lines: [] };
    }
    const parsed = parseCsv(bytes, spec.file);
    errors.push(...parsed.errors);
    // A file that could not be read as a table (encoding, unclosed quote) has nothing to check.
    if (parsed.header.length === 0) return { file: spec.file, rows: [], lines: [] };
    const checked = checkTable(parsed, spec);
    errors.push(...checked.errors);
    return checked.table;
  };

  const bundle: Bundle = {
    sources: table(TABLES.sources),
    units: table(TABLES.units),
    lineage: table(TABLES.lineage),
    ministries: table(TABLES.ministries),
    groups: table(TABLES.groups),
    agencies: table(TABLES.agencies),
    tiles63: table(TABLES.tiles63),
    tiles34: table(TABLES.tiles34),
    indices: Object.fromEntries(INDEX_DATASETS.map((d): [string, IndexTables] => [d, { codebook: table(codebookSpec(d)), values: table(valuesSpec(d)) }])),
    publishedChecks: table(publishedCheckSpec),
    procedures: { codebook: table(codebookSpec("procedures")), values: table(procedureValuesSpec) },
  };

  const documents = table(documentsSpec);
  const bodyFiles = reader.list("directives").filter((f) => f.endsWith(".md")).sort();
  const bodies: Record<string, string> = {};
  for (const r of documents.rows) {
    const bytes = reader.read(bodyFile(r.id));
    if (bytes === null) continue;
    try {
      bodies[r.id] = new TextDecoder("utf-8", { fatal: true }).decode(bytes).normalize("NFC");
    } catch {
      errors.push({ file: bodyFile(r.id), row: 0, column: "", code: "encoding", message: "not UTF-8; save the file as UTF-8" });
    }
  }
  const directives: DirectivesTables = { documents, targets: table(targetsSpec), bodies, bodyFiles };

  const packages: Record<string, DataPackage> = {};
  for (const name of PACKAGES) {
    const file = `${name}/datapackage.json`;
    const bytes = reader.read(file);
    if (bytes === null) {
      errors.push({ file, row: 0, column: "", code: "missing_file", message: "file not found" });
      continue;
    }
    const { pkg, errors: e } = checkDescriptor(new TextDecoder().decode(bytes), file, expectedResources(name));
    errors.push(...e);
    if (pkg) packages[name] = pkg;
  }

  // Integrity checks on tables with broken rows would report phantom errors (a foreign key to a
  // row that was rejected); report the first layer and stop.
  if (errors.length === 0) errors.push(...checkIntegrity(bundle), ...checkDirectives(directives, { sources: bundle.sources.rows, units: bundle.units.rows, groups: bundle.groups.rows }));
  return errors.length ? { ok: false, errors: sortErrors(errors) } : { ok: true, data: { ...bundle, packages, directives } };
}

/** Resource paths of each package, relative to its folder, with their columns. */
function expectedResources(name: (typeof PACKAGES)[number]): Record<string, string[]> {
  const rel = (spec: TableSpec<z.ZodObject>) => [spec.file.slice(name.length + 1), columnsOf(spec.schema)] as const;
  if (name === "reference") {
    return Object.fromEntries([TABLES.units, TABLES.lineage, TABLES.ministries, TABLES.groups, TABLES.agencies, TABLES.tiles63, TABLES.tiles34].map((s) => rel(s)));
  }
  if (name === "directives") return Object.fromEntries([documentsSpec, targetsSpec].map((s) => rel(s)));
  const own: TableSpec<z.ZodObject>[] = name === "procedures"
    ? [codebookSpec(name), procedureValuesSpec]
    : [codebookSpec(name), valuesSpec(name), ...(name === "papi" ? [publishedCheckSpec] : [])];
  return Object.fromEntries(own.map((s) => rel(s)));
}

function sortErrors(errors: DataError[]): DataError[] {
  return [...errors].sort((a, b) => a.file.localeCompare(b.file) || a.row - b.row || a.column.localeCompare(b.column));
}
