// What the Compare page's island receives: types and constants only, no imports with side
// effects, so the browser bundle does not pull in the server-side builders (and zod with them).
import type { UiKey } from "../../i18n/vi.ts";
import type { ColumnDef, EditionIndexId, Lang } from "./types.ts";

/** How many provinces a comparison holds. */
export const COMPARE_MIN = 2;
export const COMPARE_MAX = 6;

/** One letter per cell: a value's status, why it is missing, or that the indicator did not exist. */
export const STATUS_CODE = {
  reported: "r", derived: "d", not_published: "p", no_data: "n", not_surveyed: "s", unit_not_existing: "u",
  /** The dataset has no row for this unit, indicator and edition. */
  no_row: "x",
  /** The indicator is not part of the index in this edition (PAPI's d7, d8 before 2018). */
  absent: "-",
} as const;
export type StatusName = keyof typeof STATUS_CODE;
export type StatusCode = (typeof STATUS_CODE)[StatusName];

/** A comparability group of one indicator: values compare only within it. */
export interface CompareGroup {
  id: string;
  first: number;
  last: number;
  min: number;
  max: number;
}

export interface CompareIndicator {
  id: string;
  label: string;
  level: "total" | "dimension";
  unit: ColumnDef["unit"];
  groups: CompareGroup[];
  /** Per edition (in `editions` order): index into `groups`, -1 where the indicator does not exist. */
  groupAt: number[];
  /** Cell (unit u, edition e) sits at u × editions.length + e; comma-separated, empty = no value. */
  values: string;
  /** One STATUS_CODE letter per cell, in the same order. */
  status: string;
}

export interface CompareIndex {
  index: EditionIndexId;
  title: string;
  /** The name the site's navigation uses ("PAPI", "PAR Index"). */
  short: string;
  /** The index's page: where every value's source is listed. */
  href: string;
  datasetVersion: string;
  /** Editions with at least one row for a 63-frame unit, oldest first. */
  editions: number[];
  /** The total first, then the dimensions (PAPI only: the press prints no provincial dimensions). */
  indicators: CompareIndicator[];
  /**
   * Ranks of the total per cell, comma-separated: "12/63c" (computed by us from a full table),
   * "1/p" or "19/63p" (printed), empty when there is none.
   */
  ranks: string;
  /** Ranks printed only as text ("last", "listed 2nd"), keyed by cell position. */
  rankTexts: Record<string, string>;
  /** Every edition is a full table, so a rank among all units means something (PAPI). */
  fullTable: boolean;
}

/** UI text the island needs, already in the page language (templates keep their {placeholders}). */
export type CompareStringKey = Extract<UiKey, `compare.${string}` | `status.${string}` | "cell.noRow" | "derived.legend" | "derived.hidden">;
export type CompareStrings = Record<CompareStringKey, string>;

export interface CompareView {
  lang: Lang;
  /** The 63-frame provinces, sorted by name in the page language; three parallel arrays. */
  units: { slug: string[]; name: string[]; folded: string[] };
  indices: CompareIndex[];
  defaults: { units: string[]; index: EditionIndexId };
  strings: CompareStrings;
}
