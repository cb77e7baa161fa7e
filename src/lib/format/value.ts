// One figure in the unit its codebook gives it.
import type { ColumnDef, Lang } from "../views/types.ts";
import { formatNumber, formatPercent, type NumberOptions } from "./number.ts";

/** Percent values get a "%" sign; points, counts and ranks print as plain numbers. */
export function formatValue(value: number, unit: ColumnDef["unit"], lang: Lang, options: NumberOptions = {}): string {
  return unit === "percent" ? formatPercent(value, lang, options) : formatNumber(value, lang, options);
}
