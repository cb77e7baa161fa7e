// View models: finished, typed data handed to pages as props. Pages never join, sort or compute;
// everything they show is built here from the validated datasets (see ./build.ts).

import type { RatesInput, RecordsInput, RecordsLayout, ScoresInput } from "../charts/procedures.ts";
import type { ChartRender } from "./chart-render.ts";

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

/** The procedures page: the period table, with the statistics drawn above it. */
export interface ProceduresPageView extends IndexPageView {
  charts: {
    /** QĐ 766 totals with their groups, every province figure, sectioned by period type. */
    scores: ChartView<ScoresInput> | null;
    /** Rates in percent, one section per indicator, every row with its period. */
    rates: ChartView<RatesInput> | null;
    /** Records by service level, one chart per unit and period (a portal snapshot); `layout` is drawn by ProcedureRecords. */
    records: (ChartView<RecordsInput> & { layout: RecordsLayout })[];
    /** The 34-unit tile map, coloured by the QĐ 766 total of the dated 2025 period with the most published figures. */
    map: ChartView<TileMapInput> | null;
  };
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

// ── Edition, profile, provinces and agencies pages ──────────────────────────────────────────
// Each planned chart travels as plain data (`ChartView`): the chart's input, and everything its
// ChartFrame needs (title, generated summary, table rows already formatted, sources).

/** Indices published per edition (procedure statistics come per period instead). */
export type EditionIndexId = "papi" | "par-index" | "sipas";
export const EDITION_INDEX_IDS: readonly EditionIndexId[] = ["papi", "par-index", "sipas"];

/** Why a point has no value: a dataset status, or `no_row` when the dataset holds no row at all. */
export type MissingReason = "not_published" | "no_data" | "not_surveyed" | "unit_not_existing" | "no_row";

/** How a rank came about: printed by the source, or computed by us from the published values (ties share). */
export type RankBasis = "printed" | "computed";

/** One entity's figure for one indicator in one edition: what charts, tables and summaries read. */
export interface EditionPoint {
  edition: number;
  value: number | null;
  /** Why `value` is null; null when there is a value. */
  missing: MissingReason | null;
  derived: boolean;
  /** Comparability group of the indicator in this edition: lines break where it changes. */
  group: string;
  /** The rank shown, and where it comes from; null when neither printed nor computable. */
  rank: number | null;
  rankOf: number | null;
  rankBasis: RankBasis | null;
  /** A rank printed as text ("top 5", "last"). */
  rankText: string;
  /** The chosen source row (null when the dataset has no row). */
  cell: ValueCell | null;
}

/** The data table of a ChartFrame: cells already formatted in the page language. */
export interface FrameTableView {
  caption: string;
  columns: string[];
  /** The first cell of each row is its header. */
  rows: string[][];
}

/** Everything a ChartFrame shows around a chart, plus the chart's own input and, once its
 * chart module exists, the placed marks its component draws (`render`; null until then). */
export interface ChartView<I> {
  id: string;
  title: string;
  caption: string;
  /** Generated from the same input as the chart, in the page language. */
  summary: string;
  sources: SourceRef[];
  /** The dataset the chart draws (its id: /[lang]/data/<id>/ has its downloads) and its version. */
  dataset: string;
  datasetVersion: string;
  table: FrameTableView;
  input: I;
  render: ChartRender | null;
}

/** One bar per entity, ordered best first; missing entities kept, labelled, never drawn as 0. */
export interface RankingInput {
  unit: ColumnDef["unit"];
  min: number;
  max: number;
  items: {
    id: string;
    label: string;
    value: number | null;
    missing: MissingReason | null;
    derived: boolean;
    rank: number | null;
    rankOf: number | null;
    rankBasis: RankBasis | null;
    rankText: string;
  }[];
}

/** One tile per unit of a frame, coloured by value. */
export interface TileMapInput {
  frame: "63" | "34";
  unit: ColumnDef["unit"];
  min: number;
  max: number;
  items: { id: string; label: string; href: string | null; value: number | null; missing: MissingReason | null }[];
}

/** How the values of one edition spread: counts per interval, computed by us. */
export interface DistributionInput {
  unit: ColumnDef["unit"];
  /** Intervals [x0, x1), the last one closed; `count` units fall in each. */
  bins: { x0: number; x1: number; count: number; ids: string[] }[];
  values: { id: string; label: string; value: number }[];
  /** Median and quartiles of the values present (null below two values). */
  median: number | null;
  q1: number | null;
  q3: number | null;
}

/** Values of the same units in two editions of one comparability group. */
export interface SlopeInput {
  unit: ColumnDef["unit"];
  from: number;
  to: number;
  min: number;
  max: number;
  items: {
    id: string;
    label: string;
    fromValue: number;
    toValue: number;
    /** `toValue − fromValue`, exact to the figures' decimals. */
    change: number;
    fromRank: number | null;
    toRank: number | null;
    /** Places gained (positive is better); null unless both ranks exist on one basis. */
    placesGained: number | null;
  }[];
  rankBasis: RankBasis | null;
}

/** One or more series over editions; a new segment starts where the comparability group changes. */
/** A document drawn on a trend chart at its date of issue and listed, with its link, under it. */
export interface ChartDocument {
  id: string;
  /** The document number as printed: the chart's label ("10/CT-UBND"). */
  number: string;
  /** Type and number: the link text ("Chỉ thị 10/CT-UBND"). */
  name: string;
  /** ISO date issued; null when only partly known. */
  date: string | null;
  dateText: string;
  href: string;
}

export interface TrendInput {
  unit: ColumnDef["unit"];
  series: { id: string; label: string; points: EditionPoint[]; documents?: readonly ChartDocument[] }[];
  /** The scale of each comparability group present, in edition order. */
  groups: { group: string; first: number; last: number; min: number; max: number }[];
}

/** One unit's dimension scores in one edition, beside the lowest and highest of all units. */
export interface DimensionProfileInput {
  edition: number;
  unit: ColumnDef["unit"];
  dimensions: {
    indicator: string;
    label: string;
    min: number;
    max: number;
    value: number | null;
    missing: MissingReason | null;
    rank: number | null;
    rankOf: number | null;
    /** Lowest and highest value of any unit in the same edition (null when none). */
    low: number | null;
    high: number | null;
  }[];
}

/** Procedure statistics of one unit: one panel per indicator, one point per period as printed. */
export interface ProcedureInput {
  indicators: {
    indicator: string;
    label: string;
    unit: ColumnDef["unit"];
    min: number;
    max: number;
    points: { period: string; periodType: string; start: string | null; end: string | null; value: number | null; missing: MissingReason | null; rank: number | null; rankOf: number | null; rankText: string; cell: ValueCell }[];
  }[];
}

/** A table of value cells with provenance: rows are entities or editions, columns indicators or editions. */
export interface CellTableView {
  id: string;
  caption: string;
  /** Header of the row-label column ("Kỳ", "Đơn vị"). */
  rowHeader: string;
  columns: ColumnDef[];
  /** `anchor`: the row's id on the page, for links to one entity's row. */
  rows: { label: string; href: string | null; anchor: string | null; cells: (ValueCell | null)[] }[];
}

/** Procedure statistics as printed: one row per figure, each with its own period and unit of measure. */
export interface ProcedureTableView {
  id: string;
  caption: string;
  rows: { indicator: string; column: ColumnDef; period: string; cell: ValueCell }[];
}

export interface EditionLink {
  edition: string;
  href: string;
}

/** An index's overview: what it measures, its comparability groups, its editions, the latest table. */
export interface IndexOverviewView {
  index: IndexId;
  title: string;
  description: string;
  /** Who publishes it and how many units it covers, from the codebook. */
  groups: { group: string; first: number; last: number; unit: ColumnDef["unit"]; min: number; max: number; dimensions: number; text: string }[];
  editions: (EditionLink & { withValue: number; derived: boolean; group: string })[];
  /** The latest edition's table, as before. */
  latest: IndexPageView;
}

/** One edition of one index: ranking, map, distribution, change since the previous edition. */
export interface EditionPageView {
  index: EditionIndexId;
  title: string;
  edition: string;
  overviewHref: string;
  previous: EditionLink | null;
  next: EditionLink | null;
  editions: EditionLink[];
  datasetVersion: string;
  /** Units of the frame with a value, with a stated reason for no value, with no row. */
  coverage: { frameSize: number; withValue: number; statedMissing: number; noRow: number; complete: boolean; text: string };
  rankNote: string;
  ranking: ChartView<RankingInput> | null;
  map: ChartView<TileMapInput> | null;
  distribution: ChartView<DistributionInput> | null;
  /** Why no distribution is shown, when it is not. */
  distributionNote: string;
  change: ChartView<SlopeInput> | null;
  changeNote: string;
  /** Ministries (PAR Index), ranked apart from provinces. */
  ministries: ChartView<RankingInput> | null;
  /** The whole edition as a table with a source per value. */
  table: IndexPageView;
  notes: string[];
}

/** A unit whose history a profile shows, and in what capacity. */
export interface ProfileSubject {
  entity: EntityRef;
  /** Label used on charts and tables ("Bình Định (trước 1/7/2025)"). */
  label: string;
  /** self: the unit's own history; predecessor: a former unit now part of it; own-past: the same territory before 2025. */
  role: "self" | "predecessor" | "own-past";
  /** Documents scoped to this subject, drawn on its trend panels. */
  documents?: readonly ChartDocument[];
}

export interface PressSectionView {
  index: "par-index" | "sipas";
  title: string;
  overviewHref: string;
  /** One table per subject that has published figures. */
  tables: { subject: ProfileSubject; tables: CellTableView[] }[];
  trend: ChartView<TrendInput> | null;
  /** "Nothing published for …", per subject without figures. */
  empty: string[];
}

export interface ProfileView {
  unit: {
    id: string;
    slug: string;
    name: string;
    /** The page heading: a 63-frame unit's name says it is the former unit ("Gia Lai (đến 30/6/2025)"). */
    heading: string;
    fullName: string;
    frame: "63" | "34";
    code: string;
    validFrom: string;
    validTo: string;
  };
  /** A 63-frame unit: where it went on 1 July 2025. */
  successor: { entity: EntityRef; kind: "merged" | "unchanged"; date: string; legalBasis: string; partners: EntityRef[]; source: SourceRef; text: string } | null;
  /** A 34-frame unit: what it was formed from. */
  predecessors: { entities: (EntityRef & { kind: "merged" | "unchanged"; label: string })[]; date: string; legalBasis: string; source: SourceRef; text: string } | null;
  subjects: ProfileSubject[];
  mergerNote: string;
  papi: {
    overviewHref: string;
    trend: ChartView<TrendInput> | null;
    /** One dimension profile per subject (small multiples on 34-frame pages). */
    dimensions: ChartView<{ panels: { subject: ProfileSubject; input: DimensionProfileInput }[] }> | null;
    /** Per subject, one table per comparability group. */
    tables: { subject: ProfileSubject; tables: CellTableView[] }[];
    empty: string[];
  };
  press: PressSectionView[];
  procedures: {
    overviewHref: string;
    panels: { subject: ProfileSubject; chart: ChartView<ProcedureInput>; table: ProcedureTableView }[];
    empty: string[];
  };
  agencies: EntityRef[];
  sources: SourceRef[];
}

export interface ProvincesListView {
  current: { entity: EntityRef; code: string; predecessors: (EntityRef & { kind: "merged" | "unchanged" })[] }[];
  former: { entity: EntityRef; code: string; successor: EntityRef | null; kind: "merged" | "unchanged" | null }[];
  legalBasis: string;
  source: SourceRef | null;
}

export interface AgenciesPageView {
  ministries: {
    chart: ChartView<RankingInput> | null;
    table: CellTableView;
    /** Component scores, one table per edition in which a ministry has any. */
    components: CellTableView[];
    averages: CellTableView | null;
    overviewHref: string;
  };
  provincial: {
    province: EntityRef;
    agencies: (EntityRef & { kind: "agency" | "agency_group"; note: string })[];
    table: CellTableView;
    /** One chart per own index and edition with figures for at least two agencies. */
    charts: ChartView<RankingInput>[];
    note: string;
  }[];
  notes: string[];
  sources: SourceRef[];
}
