// One row per primary key: drafts from the same page about the same thing are merged when their
// figures agree (their notes are joined); when only the compiled rank wording differs, the
// wording the page printed (quoted in the notes) is used; any other disagreement stops the import.
import type { Ledger } from "./types.ts";
import { joinNotes, type Draft } from "./types.ts";

/** Same page, same figure, two compiled rank wordings: the page's own words, as quoted in the notes. */
const PRINTED_WORDING: Record<string, string> = {
  "2023|vn63-89|https://shipbolt.vn/blog/2024/04/17/quang-ninh-tops-country-s-public-administrative-reform-index/": "at the bottom",
  "2023|vn63-60|https://en.baochinhphu.vn/moj-quang-ninh-province-lead-public-administrative-reform-index-111240417164329841.htm": "at the bottom of the rankings",
  "2023|vn63-94|https://en.baochinhphu.vn/moj-quang-ninh-province-lead-public-administrative-reform-index-111240417164329841.htm": "at the bottom of the rankings",
};

export function draftKey(d: Draft): string {
  return [d.dataset, d.dataset === "procedures" ? d.period : d.edition, d.unit, d.indicator, d.src.url].join("|");
}

export function mergeDrafts(drafts: readonly Draft[], ledger: Ledger): Draft[] {
  const byKey = new Map<string, Draft[]>();
  for (const d of drafts) byKey.set(draftKey(d), [...(byKey.get(draftKey(d)) ?? []), d]);
  const out: Draft[] = [];
  for (const [key, group] of byKey) {
    const first = group[0]!;
    if (group.length === 1) {
      ledger.add(first.origin, "imported", key);
      out.push(first);
      continue;
    }
    const values = new Set(group.map((d) => d.value));
    const ranks = new Set(group.map((d) => `${d.rank}|${d.rank_of}|${d.rank_text}`));
    let rank = { rank: first.rank, rank_of: first.rank_of, rank_text: first.rank_text };
    if (values.size > 1) throw new Error(`${key}: one page, different values ${[...values].join(" / ")} (${group.map((d) => d.origin).join(", ")})`);
    if (ranks.size > 1) {
      const wording = PRINTED_WORDING[[first.edition, first.unit, first.src.url].join("|")];
      if (!wording || group.some((d) => d.rank !== "")) throw new Error(`${key}: one page, different ranks ${[...ranks].join(" / ")}`);
      rank = { rank: "", rank_of: "", rank_text: wording };
    }
    const compiled = ranks.size > 1 ? `rank compiled as ${group.map((d) => `'${d.rank_text}' (${d.origin})`).join(" and ")}` : "";
    out.push({ ...first, ...rank, note: joinNotes(...group.map((d) => d.note), compiled), origin: group.map((d) => d.origin).join(" + ") });
    ledger.add(first.origin, "imported", key);
    for (const d of group.slice(1)) ledger.add(d.origin, "merged", `same page and figures as ${first.origin}: merged into one row (${key})`);
  }
  return out;
}
