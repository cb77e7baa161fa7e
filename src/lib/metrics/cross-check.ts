import { decimalsOf } from "../format/number.ts";
import type { PublishedCheckRow, ValueRow } from "../schema/tables.ts";

export type MatchKind = "match" | "match_truncated" | "mismatch" | "no_value";

/**
 * Compares a printed figure with ours, each read as the interval of exact values it can be a
 * printing of: ours (itself given to some decimals: derived sums are rounded to 4) stands for
 * [o − h, o + h); a figure rounded to d decimals for [p − s/2, p + s/2), a truncated one for
 * [p, p + s), s = 10^−d. The press usually truncates (46.0415… printed 46.04), so a figure that
 * only truncation explains is a match too, reported apart. eps absorbs binary floating point.
 */
export function compareAtPrintedPrecision(printed: number, ours: number | null): MatchKind {
  if (ours === null) return "no_value";
  const s = 10 ** -decimalsOf(printed);
  const h = 10 ** -decimalsOf(ours) / 2;
  const eps = 1e-9;
  const overlaps = (lo: number, hi: number) => ours - h < hi - eps && lo < ours + h - eps;
  if (overlaps(printed - s / 2, printed + s / 2)) return "match";
  if (overlaps(printed, printed + s)) return "match_truncated";
  return "mismatch";
}

export interface CheckedFigure {
  row: PublishedCheckRow;
  ours: ValueRow | undefined;
  match: MatchKind;
}

/** Each published PAPI figure beside our value for the same edition, unit and indicator. */
export function crossCheck(checks: readonly PublishedCheckRow[], values: readonly ValueRow[]): CheckedFigure[] {
  const index = new Map(values.map((v) => [`${v.edition}|${v.unit}|${v.indicator}`, v] as const));
  return checks.map((row) => {
    const ours = index.get(`${row.edition}|${row.unit}|${row.indicator}`);
    const match: MatchKind = row.published_value === null ? "no_value" : compareAtPrintedPrecision(row.published_value, ours?.value ?? null);
    return { row, ours, match };
  });
}
