// Periods of procedure statistics. A weekly snapshot is never a yearly result: every mark keeps
// its period as printed, and sections and sorting go by the period's type first.
export type PeriodType = "year" | "year_to_date" | "quarter" | "month" | "week" | "snapshot" | "unknown";

/** Display order of the sections: the longest, most final periods first. */
export const PERIOD_TYPES: readonly PeriodType[] = ["year", "year_to_date", "quarter", "month", "week", "snapshot", "unknown"];

export interface PeriodRef {
  /** The period exactly as the source prints it ("năm 2024", "tuần 43/2023"). */
  period: string;
  periodType: PeriodType;
  /** Last day of the period (ISO), or null where the source does not say. */
  periodEnd: string | null;
}

const collator = new Intl.Collator("vi");

/** Period type order, then the latest period first (unknown ends last), then the period text. */
export function comparePeriods(a: PeriodRef, b: PeriodRef): number {
  return (
    PERIOD_TYPES.indexOf(a.periodType) - PERIOD_TYPES.indexOf(b.periodType) ||
    (a.periodEnd === null ? 1 : 0) - (b.periodEnd === null ? 1 : 0) ||
    (b.periodEnd ?? "").localeCompare(a.periodEnd ?? "") ||
    collator.compare(a.period, b.period)
  );
}
