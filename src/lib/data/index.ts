// The site's data, typed and validated, for every page of a build. data/ (or the directory named
// by MINH_BACH_DATA: test fixtures, benchmark data) is read and validated once per process, on
// first use, and kept in memory: not through Astro's content layer, which serialises the whole
// store into one JSON string, bundles it as a module and parses it back, using more than
// twice the memory (at 100× the rows the build ran out of memory in that step). In dev, a
// change to a data file is picked up on the next request.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { DatasetEntries } from "../load/content-loader.ts";
import { loadSiteData } from "../load/site-data.ts";

export type { DatasetEntries };
export type DatasetId = keyof DatasetEntries;

/** The data directory of this build: data/, or MINH_BACH_DATA. Releases are read from the same place. */
export const dataDir = (): string => process.env["MINH_BACH_DATA"] || "data";

/** Paths and modification times of every file under the data directory (dev only). */
function signature(root: string): string {
  const parts: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else parts.push(`${p}:${s.mtimeMs}:${s.size}`);
    }
  };
  walk(root);
  return parts.join("\n");
}

let cache: { key: string; entries: DatasetEntries } | undefined;

/** A validated data package. Throws, naming every error, when the data do not validate. */
export async function dataset<K extends DatasetId>(id: K): Promise<DatasetEntries[K]> {
  const key = import.meta.env.DEV ? `${dataDir()}\n${signature(dataDir())}` : dataDir();
  if (cache?.key !== key) cache = { key, entries: loadSiteData(dataDir(), { readLog: process.env["MINH_BACH_READ_LOG"] }) };
  return cache.entries[id];
}
