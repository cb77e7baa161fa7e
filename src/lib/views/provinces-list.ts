// The provinces index: the 34 current units with what they were formed from, and the 63 former
// units with what became of them on 1 July 2025.
import type { DatasetEntries } from "../load/content-loader.ts";
import { viewContext } from "./context.ts";
import type { Lang, ProvincesListView } from "./types.ts";

export function buildProvincesList(entries: DatasetEntries, lang: Lang): ProvincesListView {
  const ref = entries.reference;
  const ctx = viewContext(ref, lang);
  const code = new Map(ref.units.map((u) => [u.id, u.code] as const));
  const byCode = (a: string, b: string) => (code.get(a) ?? "").localeCompare(code.get(b) ?? "") || a.localeCompare(b);
  const units = (frame: "63" | "34") => ref.units.filter((u) => u.frame === frame).map((u) => u.id).sort(byCode);
  const first = ref.lineage[0];
  return {
    current: units("34").map((id) => ({
      entity: ctx.entity(id),
      code: code.get(id)!,
      predecessors: ref.lineage.filter((l) => l.successor === id).sort((a, b) => byCode(a.predecessor, b.predecessor)).map((l) => ({ ...ctx.entity(l.predecessor), kind: l.kind })),
    })),
    former: units("63").map((id) => {
      const line = ref.lineage.find((l) => l.predecessor === id);
      return { entity: ctx.entity(id), code: code.get(id)!, successor: line ? ctx.entity(line.successor) : null, kind: line?.kind ?? null };
    }),
    legalBasis: first?.legal_basis ?? "",
    source: first ? ctx.source(first.source) : null,
  };
}
