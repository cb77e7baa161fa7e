// View models: finished, typed data handed to pages as props. Pages never join, sort or compute;
// everything they show is built here from the validated datasets (see ./build.ts).

export type Lang = "vi" | "en";
export const LANGS: readonly Lang[] = ["vi", "en"];
export type IndexId = "papi" | "par-index" | "sipas" | "procedures";
export const INDEX_IDS: readonly IndexId[] = ["papi", "par-index", "sipas", "procedures"];

export type SourceKind = "official_file" | "report" | "news" | "compilation" | "derived" | "seed_article";
export type ValueStatus = "reported" | "derived" | "not_published" | "no_data" | "not_surveyed" | "unit_not_existing";

/** A source document as a page shows it: enough to cite and to follow. */
export interface SourceRef {
  id: string;
  kind: SourceKind;
  title: string;
  publisher: string;
  /** Absolute http(s) address, or null when the source is not a web page (derived, repository path). */
  href: string | null;
  /** The address as recorded (also for repositories: github:owner/repo@commit:path). */
  url: string;
  /** For derived sources: how the values were computed. */
  method: string;
}

/** One figure with its provenance. `value` null means missing; `status` says why. */
export interface ValueCell {
  value: number | null;
  status: ValueStatus;
  rank: number | null;
  rankOf: number | null;
  /** The rank exactly as printed when it is not a plain number ("last", "top 5 (listed 3)"). */
  rankText: string;
  source: SourceRef;
  note: string;
  /** Other sources print a different figure for the same thing; the page says so. */
  otherSources: { value: number | null; rankText: string; source: SourceRef }[];
}

export interface EntityRef {
  id: string;
  name: string;
  /** The unit's page, once profile pages exist; null until then. */
  href: string | null;
}

export interface ColumnDef {
  indicator: string;
  label: string;
  unit: "points" | "percent" | "count" | "rank";
  min: number;
  max: number;
  /** Decimal places to show: the most any value in the column has (shorter ones are padded, never rounded). */
  decimals: number;
}

export interface TableRowView {
  entity: EntityRef;
  /** One cell per column, in column order; null where the dataset has no row at all. */
  cells: (ValueCell | null)[];
}

/** The latest edition of one index, as an accessible table. */
export interface IndexPageView {
  index: IndexId;
  title: string;
  description: string;
  edition: string;
  editions: string[];
  datasetVersion: string;
  columns: ColumnDef[];
  rows: TableRowView[];
  /** Plain-language notes the page must show (comparability breaks, derived values, coverage). */
  notes: string[];
  sources: SourceRef[];
}

export interface RankedEntry {
  entity: EntityRef;
  cell: ValueCell;
  /** Rank computed by us from the published values (ties share a rank). */
  rank: number;
  rankOf: number;
}

export interface HomeView {
  papi: {
    edition: string;
    scaleMax: number;
    derived: boolean;
    method: string;
    top: RankedEntry[];
    bottom: RankedEntry[];
  };
  counts: { datasets: number; values: number; sources: number; units63: number; units34: number };
  indexes: { index: IndexId; title: string; description: string; latestEdition: string }[];
}

export interface SourcesPageView {
  sources: (SourceRef & { licence: string; date: string; note: string; valueCount: number })[];
}
