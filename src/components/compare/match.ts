// Type-ahead matching over the folded names: "da nang", "Đà Nẵng", "danang" and "d n" all find
// Đà Nẵng. Names starting with the query come first, then names with a word starting with it.
import { fold } from "../../lib/text/fold.ts";

/**
 * Positions in `folded` (names already folded with fold()) that match `query`, best first;
 * `exclude` positions are left out. An empty query matches nothing.
 */
export function matchNames(folded: readonly string[], query: string, exclude: ReadonlySet<number> = new Set()): number[] {
  const q = fold(query);
  if (q === "") return [];
  const words = q.split(" ");
  const compact = q.replaceAll(" ", "");
  const scored: { i: number; score: number }[] = [];
  folded.forEach((name, i) => {
    if (exclude.has(i)) return;
    const parts = name.split(" ");
    const joined = name.replaceAll(" ", "");
    let score = -1;
    if (name.startsWith(q) || joined.startsWith(compact)) score = 0;
    else if (words.every((w) => parts.some((p) => p.startsWith(w)))) score = 1;
    else if (joined.includes(compact)) score = 2;
    if (score >= 0) scored.push({ i, score });
  });
  // Stable sort: equal scores keep the input order (names sorted in the page language).
  return scored.sort((a, b) => a.score - b.score).map((s) => s.i);
}
