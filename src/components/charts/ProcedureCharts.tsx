// The procedure statistics charts, one import for pages: QĐ 766 scores by group, processing
// rates, and records handled by service level.
export { ProcedureScores, type ProcedureScoresProps, type ProcedureScoresText } from "./ProcedureScores.tsx";
export { ProcedureRates, type ProcedureRatesProps, type ProcedureRatesText } from "./ProcedureRates.tsx";
export { ProcedureRecords, type ProcedureRecordsProps } from "./ProcedureRecords.tsx";
