// Procedure statistics charts: QĐ 766 index scores by group, processing rates, and records handled
// by service level. Their figures come from snapshots of different kinds (a week, a month, a year
// to date, a year), so every mark carries its period as printed and charts never put two kinds of
// period on one axis without saying so: scores are sectioned by period type, rates say when a
// section mixes them.
export { PERIOD_TYPES, comparePeriods, type PeriodRef, type PeriodType } from "./procedures-periods.ts";
export { series as scoresSeries, layout as scoresLayout } from "./procedures-scores.ts";
export type { ScoresInput, ScoresSeries, ScoresLayout, ScoresLayoutOptions, ScoreGroup } from "./procedures-scores.ts";
export { series as ratesSeries, layout as ratesLayout } from "./procedures-rates.ts";
export type { RatesInput, RatesSeries, RatesLayout, RatesLayoutOptions } from "./procedures-rates.ts";
export { series as recordsSeries, layout as recordsLayout } from "./procedures-records.ts";
export type { RecordsInput, RecordsSeries, RecordsLayout, RecordsLayoutOptions } from "./procedures-records.ts";
