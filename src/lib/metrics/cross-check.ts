import { decimalsOf } from "../format/number.ts";
import type { PublishedCheckRow, ValueRow } from "../schema/tables.ts";

export type MatchKind = "match" | "match_truncated" | "mismatch" | "no_value";

/**
 * Compares a printed figure with ours at the printed precision. The press usually truncates
 * (46.0415 printed as 46.04), so a figure equal to ours cut at its decimals is a match too,
 * reported apart. Tolerances absorb binary floating point, not editorial differences.
 */
export function compareAtPrintedPrecision(printed: number, ours: number | null): MatchKind {
  if (ours === null) return "no_value";
  const step = 10 ** -decimalsOf(printed);
  const eps = 1e-9;
  if (Math.abs(ours - printed) <= step / 2 + eps) return "match";
  if (ours >= printed - eps && ours < printed + step - eps) return "match_truncated";
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
