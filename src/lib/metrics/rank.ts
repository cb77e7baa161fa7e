/**
 * Competition ranking ("1224"): equal values share a rank and the next rank skips. Items whose
 * value is null are left unranked (rank null) and do not count in `of`.
 * Higher is better by default, as in PAPI, PAR Index and SIPAS.
 */
export function rank<T>(items: readonly T[], value: (d: T) => number | null, order: "desc" | "asc" = "desc"): { item: T; rank: number | null; of: number }[] {
  const present = items.filter((d) => value(d) !== null);
  const sorted = [...present].sort((a, b) => (order === "desc" ? value(b)! - value(a)! : value(a)! - value(b)!));
  const rankOf = new Map<T, number>();
  sorted.forEach((d, i) => {
    const prev = sorted[i - 1];
    rankOf.set(d, prev !== undefined && value(prev) === value(d) ? rankOf.get(prev)! : i + 1);
  });
  return items.map((item) => ({ item, rank: rankOf.get(item) ?? null, of: present.length }));
}
