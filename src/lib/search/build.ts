// Build time: the search index of a language from the validated datasets (fetched once per build),
// packed into the files the endpoint serves.
import { dataset } from "../data/index.ts";
import type { Lang } from "../views/types.ts";
import { checkAliasTable } from "./aliases.ts";
import { searchRecords } from "./documents.ts";
import { packSearchIndex, searchFileEntries } from "./pack.ts";

const packed = new Map<Lang, Promise<Map<string, unknown>>>();

async function pack(lang: Lang): Promise<Map<string, unknown>> {
  const e = { reference: await dataset("reference"), directives: await dataset("directives") };
  // The popular-names table is data too: an id that is not a unit stops the build.
  const problems = checkAliasTable(e.reference.units);
  if (problems.length > 0) throw new Error(problems.join("\n"));
  return new Map(searchFileEntries(packSearchIndex(searchRecords(e, lang))));
}

/** The files of a language's index by name (meta, s0…, d0…). */
export function searchFiles(lang: Lang): Promise<Map<string, unknown>> {
  let p = packed.get(lang);
  if (!p) packed.set(lang, (p = pack(lang)));
  return p;
}
