// One zod schema per table: the single truth for column names, order and types. The
// datapackage.json descriptors are checked against these (see ./descriptor.ts).
import { z } from "astro/zod";
import {
  date, id, integer, number, oneOf, optionalDate, optionalId, optionalInteger, optionalNumber,
  optionalOneOf, requiredText, text,
} from "./cells.ts";

export const SOURCE_KINDS = ["official_file", "report", "news", "compilation", "derived", "seed_article"] as const;
export const PRESENT_STATUSES = ["reported", "derived"] as const;
export const MISSING_STATUSES = ["not_published", "no_data", "not_surveyed", "unit_not_existing"] as const;
export const STATUSES = [...PRESENT_STATUSES, ...MISSING_STATUSES] as const;
export const LEVELS = ["total", "dimension", "subdimension", "component", "statistic"] as const;
export const MEASURES = ["points", "percent", "count", "rank"] as const;
export const PERIOD_TYPES = ["week", "month", "quarter", "year", "year_to_date", "snapshot", "unknown"] as const;

export const sourceSchema = z.object({
  /** Stable id that value rows cite. */
  id: id(),
  /** What kind of document this is: decides how much weight its figures carry. */
  kind: oneOf(SOURCE_KINDS),
  title: requiredText(),
  publisher: requiredText(),
  /** Address as read; `github:owner/repo@commit:path` for repository files; empty only for derived. */
  url: text(),
  /** Publication date, where known. */
  date: optionalDate(),
  /** What we know of the terms of use. */
  licence: requiredText(),
  /** For derived sources: how the values were computed (English). */
  method: text(),
  /** The same in Vietnamese; required for derived sources. */
  method_vi: text(),
  /** For derived sources: the source ids computed from, space-separated. */
  derived_from: text(),
  note: text(),
});

export const unitSchema = z.object({
  /** Stable id (`vn63-52`, `vn34-52`): neither the name nor the code, both reused in 2025. */
  id: id(),
  /** The set of provinces the unit belongs to: 63 (to 2025-06-30) or 34 (from 2025-07-01). */
  frame: oneOf(["63", "34"]),
  /** Official two-digit code within the frame. */
  code: requiredText(),
  /** URL segment, unique. */
  slug: id(),
  name_vi: requiredText(),
  name_en: requiredText(),
  full_name_vi: requiredText(),
  full_name_en: requiredText(),
  unit_type: oneOf(["municipality", "province"]),
  valid_from: date(),
  /** Empty while the unit still exists. */
  valid_to: optionalDate(),
  source: id(),
  /** Name or status changes within the frame, and where our name differs from the source's. */
  note: text(),
});

export const lineageSchema = z.object({
  predecessor: id(),
  successor: id(),
  date: date(),
  /** `merged`: part of a larger unit now; `unchanged`: the same territory continues. */
  kind: oneOf(["merged", "unchanged"]),
  legal_basis: requiredText(),
  /** Rows of the official ward-level conversion table that support the pair. */
  ward_rows: optionalInteger(),
  source: id(),
  note: text(),
});

export const ministrySchema = z.object({
  id: id(),
  name_vi: requiredText(),
  name_en: requiredText(),
  valid_from: optionalDate(),
  valid_to: optionalDate(),
  source: id(),
  note: text(),
});

export const groupSchema = z.object({
  id: id(),
  kind: oneOf(["national", "region", "bloc"]),
  name_vi: requiredText(),
  name_en: requiredText(),
  note: text(),
});

export const agencySchema = z.object({
  id: id(),
  /** The unit whose own agency (or group of agencies) this is. */
  province: id(),
  kind: oneOf(["agency", "agency_group"]),
  name_vi: requiredText(),
  name_en: requiredText(),
  source: id(),
  note: text(),
});

/** Our own design data: one equal tile per unit, laid out to resemble the country. */
export const tileSchema = z.object({
  unit: id(),
  /** Grid row (0 = north) and column (0 = west). */
  row: integer(),
  col: integer(),
  /** Short label drawn on the tile (an abbreviation of the name). */
  label: requiredText(),
});

export const codebookSchema = z.object({
  indicator: id(),
  /** First and last edition in which the indicator has this meaning. */
  first_edition: integer(),
  last_edition: integer(),
  /** The indicator this one sums into, or empty. */
  parent: optionalId(),
  level: oneOf(LEVELS),
  name_vi: requiredText(),
  name_en: requiredText(),
  unit: oneOf(MEASURES),
  /** Every value must fall within [min, max]. */
  min: number(),
  max: number(),
  /** Values compare across editions only within one group; charts break between groups. */
  comparability: id(),
  note: text(),
});

/** The measured part of a value row, shared by index values and procedure values. */
const measured = {
  /** Empty = missing; `status` says why. Never 0 for missing. */
  value: optionalNumber(),
  status: optionalOneOf(STATUSES),
  /** Rank as printed, when printed as a number. */
  rank: optionalInteger(),
  rank_of: optionalInteger(),
  /** The rank exactly as printed when it is not a plain number ("last", "top 5 (listed 3)"). */
  rank_text: text(),
  source: id(),
  note: text(),
};

export const valueSchema = z.object({
  /** The index year (the year measured, not the year announced). */
  edition: integer(),
  unit: id(),
  indicator: id(),
  ...measured,
});

export const publishedCheckSchema = z.object({
  edition: integer(),
  unit: id(),
  indicator: id(),
  /** As printed (truncation and typos included): compared with our value by the site. */
  published_value: optionalNumber(),
  published_rank: optionalInteger(),
  source: id(),
  note: text(),
});

export const procedureValueSchema = z.object({
  /** The period exactly as printed. */
  period: requiredText(),
  period_type: oneOf(PERIOD_TYPES),
  period_start: optionalDate(),
  period_end: optionalDate(),
  unit: id(),
  indicator: id(),
  ...measured,
});

export type Source = z.output<typeof sourceSchema>;
export type Unit = z.output<typeof unitSchema>;
export type Lineage = z.output<typeof lineageSchema>;
export type Ministry = z.output<typeof ministrySchema>;
export type Group = z.output<typeof groupSchema>;
export type Agency = z.output<typeof agencySchema>;
export type CodebookRow = z.output<typeof codebookSchema>;
export type Tile = z.output<typeof tileSchema>;
export type ValueRow = z.output<typeof valueSchema>;
export type PublishedCheckRow = z.output<typeof publishedCheckSchema>;
export type ProcedureValueRow = z.output<typeof procedureValueSchema>;
export type Status = (typeof STATUSES)[number];

/** A table's file, schema and primary key. */
export interface TableSpec<S extends z.ZodObject> {
  file: string;
  schema: S;
  primaryKey: readonly (keyof z.output<S> & string)[];
}

const spec = <S extends z.ZodObject>(file: string, schema: S, primaryKey: readonly (keyof z.output<S> & string)[]): TableSpec<S> =>
  ({ file, schema, primaryKey });

export const TABLES = {
  sources: spec("sources.csv", sourceSchema, ["id"]),
  units: spec("reference/units.csv", unitSchema, ["id"]),
  lineage: spec("reference/lineage.csv", lineageSchema, ["predecessor", "successor"]),
  ministries: spec("reference/ministries.csv", ministrySchema, ["id"]),
  groups: spec("reference/groups.csv", groupSchema, ["id"]),
  agencies: spec("reference/agencies.csv", agencySchema, ["id"]),
  tiles63: spec("reference/tiles-63.csv", tileSchema, ["unit"]),
  tiles34: spec("reference/tiles-34.csv", tileSchema, ["unit"]),
} as const;

/** The index datasets share one table layout. */
export const INDEX_DATASETS = ["papi", "par-index", "sipas"] as const;
export type IndexDatasetId = (typeof INDEX_DATASETS)[number];

export const codebookSpec = (dir: string) => spec(`${dir}/codebook.csv`, codebookSchema, ["indicator", "first_edition"]);
export const valuesSpec = (dir: string) => spec(`${dir}/values.csv`, valueSchema, ["edition", "unit", "indicator", "source"]);
// A page may print the same figure twice at different precision (45.3845 and 45.38): both kept.
export const publishedCheckSpec = spec("papi/published_check.csv", publishedCheckSchema, ["edition", "unit", "indicator", "source", "published_value"]);
export const procedureValuesSpec = spec("procedures/values.csv", procedureValueSchema, ["period", "unit", "indicator", "source"]);

export function columnsOf(schema: z.ZodObject): string[] {
  return Object.keys(schema.shape);
}
