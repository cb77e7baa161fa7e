// What the site keeps of a validated data directory: one entry per data package. (Named for the
// Astro content loader it once fed; src/lib/data now holds the entries in memory, see there.)
import type { DataBundle } from "./index.ts";
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
