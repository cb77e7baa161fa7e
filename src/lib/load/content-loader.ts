// The Astro content loader for data/. Unlike Astro's file() loader, which logs a parse error and
// carries on with an empty collection, this one throws with every error, so the build stops.
import { resolve } from "node:path";
import type { Loader } from "astro/loaders";
import { DataValidationError } from "../csv/errors.ts";
import { directoryReader, loggingReader } from "./fs.ts";
import { loadData, type DataBundle } from "./index.ts";
import type { Table } from "../schema/table.ts";

/** What the build keeps of a table: its rows (line numbers only matter while validating). */
const rowsOf = <T>(t: Table<T>): T[] => t.rows;

/** One entry per data package: a validated, typed set of tables. */
export function datasetEntries(d: DataBundle) {
  return {
    reference: {
      package: d.packages["reference"]!,
      sources: rowsOf(d.sources), units: rowsOf(d.units), lineage: rowsOf(d.lineage),
      ministries: rowsOf(d.ministries), groups: rowsOf(d.groups), agencies: rowsOf(d.agencies),
      tiles63: rowsOf(d.tiles63), tiles34: rowsOf(d.tiles34),
    },
    papi: { package: d.packages["papi"]!, codebook: rowsOf(d.indices["papi"]!.codebook), values: rowsOf(d.indices["papi"]!.values), publishedChecks: rowsOf(d.publishedChecks) },
    "par-index": { package: d.packages["par-index"]!, codebook: rowsOf(d.indices["par-index"]!.codebook), values: rowsOf(d.indices["par-index"]!.values) },
    sipas: { package: d.packages["sipas"]!, codebook: rowsOf(d.indices["sipas"]!.codebook), values: rowsOf(d.indices["sipas"]!.values) },
    procedures: { package: d.packages["procedures"]!, codebook: rowsOf(d.procedures.codebook), values: rowsOf(d.procedures.values) },
    directives: {
      package: d.packages["directives"]!, documents: rowsOf(d.directives.documents), targets: rowsOf(d.directives.targets),
      bodies: d.directives.bodies,
    },
  };
}
export type DatasetEntries = ReturnType<typeof datasetEntries>;

/** `readLog`: a file to which every read of a data file is appended (see loggingReader). */
export function dataLoader(dir = "data", opts: { readLog?: string | undefined } = {}): Loader {
  return {
    name: "minh-bach-data",
    async load({ store, logger, watcher }) {
      const root = resolve(dir);
      const reader = opts.readLog ? loggingReader(directoryReader(root), opts.readLog) : directoryReader(root);
      const result = loadData(reader);
      if (!result.ok) throw new DataValidationError(result.errors.map((e) => ({ ...e, file: `${dir}/${e.file}` })));
      store.clear();
      for (const [id, data] of Object.entries(datasetEntries(result.data))) store.set({ id, data });
      logger.info(`validated ${dir}/: ${result.data.sources.rows.length} sources, ${Object.keys(result.data.packages).length} packages`);
      // In dev, editing a CSV reloads the site; the same checks run again.
      watcher?.add(root);
    },
  };
}
