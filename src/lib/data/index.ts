// The only importer of astro:content. Gives the rest of the site typed, validated tables.
import { getEntry } from "astro:content";
import type { DatasetEntries } from "../load/content-loader.ts";

export type { DatasetEntries };
export type DatasetId = keyof DatasetEntries;

/**
 * A validated data package. The loader validated every row against src/lib/schema before storing
 * it, so the stored shape is DatasetEntries[K]; the collection schema cannot express that type.
 */
export async function dataset<K extends DatasetId>(id: K): Promise<DatasetEntries[K]> {
  const entry = await getEntry("datasets", id);
  if (!entry) throw new Error(`dataset "${id}" is missing from the content store`);
  return entry.data as DatasetEntries[K];
}
