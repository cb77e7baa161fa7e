import type { Source, ValueRow } from "../schema/tables.ts";

/** More authoritative kinds first. */
const KIND_ORDER: readonly Source["kind"][] = ["official_file", "report", "derived", "compilation", "news", "seed_article"];

/**
 * Picks the row a page shows among rows about the same thing (same edition, unit, indicator)
 * from different sources: a printed value over none, then the value most sources agree on, then
 * the more authoritative kind of source, then the source id (so the choice is deterministic).
 */
export function preferred<R extends Pick<ValueRow, "value" | "rank" | "source">>(rows: readonly R[], kindOf: (sourceId: string) => Source["kind"]): R | undefined {
  if (rows.length <= 1) return rows[0];
  const votes = new Map<string, number>();
  const key = (r: R) => `${r.value ?? ""}|${r.rank ?? ""}`;
  for (const r of rows) votes.set(key(r), (votes.get(key(r)) ?? 0) + 1);
  return [...rows].sort((a, b) =>
    Number(a.value === null) - Number(b.value === null) ||
    votes.get(key(b))! - votes.get(key(a))! ||
    KIND_ORDER.indexOf(kindOf(a.source)) - KIND_ORDER.indexOf(kindOf(b.source)) ||
    a.source.localeCompare(b.source))[0];
}

/**
 * Rows of a group that contradict the chosen one: a different value, or a different rank where
 * both print one. A page that prints only the rank, and the same rank, agrees.
 */
export function differing<R extends Pick<ValueRow, "value" | "rank" | "rank_text">>(rows: readonly R[], chosen: R): R[] {
  const rankOf = (r: R) => (r.rank !== null ? String(r.rank) : r.rank_text);
  return rows.filter((r) => r !== chosen && (
    (r.value !== null && r.value !== chosen.value) ||
    (rankOf(r) !== "" && rankOf(chosen) !== "" && rankOf(r) !== rankOf(chosen))));
}
