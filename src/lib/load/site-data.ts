// The site's data for one build: a data directory read, parsed and validated in one pass, or an
// error naming every problem (path:row:column: code: message). The same code path as
// `npm run validate`; nothing is published from data with an error.
import { resolve } from "node:path";
import { DataValidationError } from "../csv/errors.ts";
import { datasetEntries, type DatasetEntries } from "./content-loader.ts";
import { directoryReader, loggingReader } from "./fs.ts";
import { loadData } from "./index.ts";

/** `readLog`: a file to which every read of a data file is appended (see loggingReader). */
export function loadSiteData(dir: string, opts: { readLog?: string | undefined } = {}): DatasetEntries {
  const root = resolve(dir);
  const reader = opts.readLog ? loggingReader(directoryReader(root), opts.readLog) : directoryReader(root);
  const result = loadData(reader);
  if (!result.ok) throw new DataValidationError(result.errors.map((e) => ({ ...e, file: `${dir}/${e.file}` })));
  return datasetEntries(result.data);
}
