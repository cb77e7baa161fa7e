// View models of the data catalogue and the dataset pages: finished, typed, in the page language.
import type { Reason } from "../releases/manifest.ts";
import type { SourceRef } from "./types.ts";

export interface LicenceRef {
  /** Short name ("CC-BY-4.0"), or a label for terms without one. */
  label: string;
  /** The full statement, as the descriptor gives it. */
  title: string;
  href: string | null;
}

export interface Coverage {
  /** "2011–2024", or null for a dataset without editions (the reference tables). */
  editions: string | null;
  /** Distinct units (provinces, ministries, groups…) the rows are about. */
  units: number;
  /** Rows of the dataset's main table. */
  rows: number;
  mainTable: string;
}

export interface DatasetSummary {
  id: string;
  title: string;
  description: string;
  href: string;
  version: string;
  /** ISO date of the latest release. */
  released: string;
  releases: number;
  coverage: Coverage;
  licences: LicenceRef[];
}

export interface CatalogueView {
  datasets: DatasetSummary[];
  machine: { label: string; href: string }[];
}

export interface ColumnDoc {
  name: string;
  type: string;
  /** The descriptor's description (English only: it is data, not UI text). */
  description: string;
  rules: string[];
  key: boolean;
}

export interface TableDoc {
  name: string;
  file: string;
  description: string;
  rows: number | null;
  columns: ColumnDoc[];
}

export interface DownloadRow {
  file: string;
  format: string;
  href: string;
  bytes: number;
  rows: number | null;
  sha256: string;
}

export interface TableChangeView {
  file: string;
  added: number;
  removed: number;
  changed: number;
  columnsAdded: string[];
  columnsRemoved: string[];
  /** The first changed cells (key, column, old → new); `more` says how many are not listed. */
  cells: { key: string; column: string; before: string; after: string }[];
  /** Keys of the first added and removed rows. */
  addedKeys: string[];
  removedKeys: string[];
  more: number;
}

export interface ReasonGroupView {
  reason: Reason;
  label: string;
  texts: string[];
  tables: TableChangeView[];
  /** Changed descriptor properties and document files. */
  other: string[];
  /** Files whose diff an earlier reason shows. */
  shownAbove: string[];
}

export interface ReleaseView {
  version: string;
  date: string;
  anchor: string;
  latest: boolean;
  note: string;
  downloads: DownloadRow[];
  citations: { label: string; href: string }[];
  /** Null for the first release. */
  diff: { from: string; groups: ReasonGroupView[]; csvHref: string } | null;
}

export interface DatasetPageView {
  id: string;
  title: string;
  description: string;
  version: string;
  released: string;
  coverage: Coverage;
  licences: LicenceRef[];
  notes: string[];
  groups: string[];
  tables: TableDoc[];
  preview: { file: string; columns: string[]; rows: string[][]; total: number } | null;
  sources: SourceRef[];
  /** Newest first. */
  releases: ReleaseView[];
  latest: { file: string; href: string }[];
  citation: { apa: string; bibtex: string; ris: string };
  /** schema.org Dataset, serialised. */
  jsonLd: string;
}
