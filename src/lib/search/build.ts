// Build time: the search index of a language from the validated datasets (fetched once per build).
import { dataset } from "../data/index.ts";
import type { Lang } from "../views/types.ts";
import { checkAliasTable } from "./aliases.ts";
import { searchRecords } from "./documents.ts";
import { buildSearchIndex, type SearchIndexData } from "./engine.ts";

let entries: Promise<Parameters<typeof searchRecords>[0]> | undefined;

export async function searchIndexData(lang: Lang): Promise<SearchIndexData> {
  entries ??= (async () => ({ reference: await dataset("reference"), directives: await dataset("directives") }))();
  const e = await entries;
  // The popular-names table is data too: an id that is not a unit stops the build.
  const problems = checkAliasTable(e.reference.units);
  if (problems.length > 0) throw new Error(problems.join("\n"));
  return buildSearchIndex(searchRecords(e, lang));
}
