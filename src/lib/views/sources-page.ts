import type { DatasetEntries } from "../load/content-loader.ts";
import { toSourceRef } from "./context.ts";
import { INDEX_IDS, type Lang, type SourcesPageView } from "./types.ts";

export function buildSourcesPage(entries: DatasetEntries, lang: Lang): SourcesPageView {
  const counts = new Map<string, number>();
  for (const id of INDEX_IDS) for (const v of entries[id].values) counts.set(v.source, (counts.get(v.source) ?? 0) + 1);
  return {
    sources: entries.reference.sources.map((s) => ({
      ...toSourceRef(s, lang), licence: s.licence, date: s.date ?? "", note: s.note, valueCount: counts.get(s.id) ?? 0,
    })),
  };
}
