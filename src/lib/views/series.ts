// Lookups shared by the edition, profile and agencies builders: values by edition, unit and
// indicator, indexed once per dataset (97 profile pages must not each scan 29,000 PAPI rows),
// and ranks computed from the published values where a full table makes them meaningful.
import type { DatasetEntries } from "../load/content-loader.ts";
import { rank } from "../metrics/rank.ts";
import { MISSING_STATUSES, type CodebookRow, type ValueRow } from "../schema/tables.ts";
import type { ViewContext } from "./context.ts";
import { cellOf } from "./index-page.ts";
import type { EditionIndexId, EditionPoint, MissingReason, ValueCell } from "./types.ts";

type IndexDataset = DatasetEntries[EditionIndexId];

export interface IndexLookup {
  /** Rows about one thing (all sources): key `edition|unit|indicator`. */
  rows(edition: number, unit: string, indicator: string): ValueRow[];
  /** Every row of one indicator in one edition. */
  inEdition(edition: number, indicator: string): ValueRow[];
  /** Every row about one entity. */
  ofUnit(unit: string): ValueRow[];
  /** Every row of one edition. */
  ofEdition(edition: number): ValueRow[];
  /** Editions with at least one row, oldest first. */
  editions: number[];
  codebook(indicator: string, edition: number): CodebookRow | undefined;
}

const lookups = new WeakMap<IndexDataset, IndexLookup>();

export function indexLookup(ds: IndexDataset): IndexLookup {
  const known = lookups.get(ds);
  if (known) return known;
  const rows = new Map<string, ValueRow[]>();
  const inEdition = new Map<string, ValueRow[]>();
  const ofUnit = new Map<string, ValueRow[]>();
  const ofEdition = new Map<string, ValueRow[]>();
  const push = (m: Map<string, ValueRow[]>, k: string, v: ValueRow) => {
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  };
  for (const v of ds.values) {
    push(rows, `${v.edition}|${v.unit}|${v.indicator}`, v);
    push(inEdition, `${v.edition}|${v.indicator}`, v);
    push(ofUnit, v.unit, v);
    push(ofEdition, String(v.edition), v);
  }
  const made: IndexLookup = {
    rows: (e, u, i) => rows.get(`${e}|${u}|${i}`) ?? [],
    inEdition: (e, i) => inEdition.get(`${e}|${i}`) ?? [],
    ofUnit: (u) => ofUnit.get(u) ?? [],
    ofEdition: (e) => ofEdition.get(String(e)) ?? [],
    editions: [...new Set(ds.values.map((v) => v.edition))].sort((a, b) => a - b),
    codebook: (i, e) => ds.codebook.find((c) => c.indicator === i && c.first_edition <= e && e <= c.last_edition),
  };
  lookups.set(ds, made);
  return made;
}

export function missingOf(cell: ValueCell | null): MissingReason | null {
  if (cell === null) return "no_row";
  if (cell.value !== null) return null;
  // A reported/derived row without a value breaks the data contract; the loader rejects it.
  return (MISSING_STATUSES as readonly string[]).includes(cell.status) ? (cell.status as MissingReason) : "no_data";
}

export interface UnitRank {
  rank: number;
  of: number;
}

const rankCache = new WeakMap<IndexDataset, Map<string, ReadonlyMap<string, UnitRank> | null>>();

/**
 * Ranks of the 63-frame units in one edition, computed from the published values (ties share a
 * rank; units without a value are unranked). Only for a full table, one with a row for every unit
 * of the frame: ranking the few provinces the press happened to name would invent an order.
 * Returns null when the table is not full.
 */
export function computedRanks(ds: IndexDataset, frameUnits: readonly string[], edition: number, indicator: string, ctx: ViewContext): ReadonlyMap<string, UnitRank> | null {
  let byKey = rankCache.get(ds);
  if (!byKey) rankCache.set(ds, (byKey = new Map()));
  const key = `${edition}|${indicator}|${frameUnits.length}`;
  if (byKey.has(key)) return byKey.get(key)!;
  const lookup = indexLookup(ds);
  const cells = frameUnits.map((unit) => ({ unit, cell: cellOf(lookup.rows(edition, unit, indicator), ctx) }));
  const full = frameUnits.length > 0 && cells.every((c) => c.cell !== null);
  const result = full
    ? new Map(rank(cells, (c) => c.cell!.value).flatMap((r) => (r.rank === null ? [] : [[r.item.unit, { rank: r.rank, of: r.of }] as const])))
    : null;
  byKey.set(key, result);
  return result;
}

/** A point from a cell: the printed rank where the source prints one, else our computed one. */
export function pointOf(edition: number, cell: ValueCell | null, group: string, computed: UnitRank | undefined): EditionPoint {
  const printed = cell !== null && cell.rank !== null;
  return {
    edition,
    value: cell?.value ?? null,
    missing: missingOf(cell),
    derived: cell?.status === "derived",
    group,
    rank: printed ? cell.rank : (computed?.rank ?? null),
    rankOf: printed ? cell.rankOf : (computed?.of ?? null),
    rankBasis: printed ? "printed" : computed ? "computed" : null,
    rankText: cell?.rankText ?? "",
    cell,
  };
}

/**
 * One entity's points for one indicator over the editions in which the indicator exists.
 * `frameUnits`: the units it is ranked among (its frame); empty for entities we never rank.
 */
export function seriesOf(ds: IndexDataset, unit: string, indicator: string, ctx: ViewContext, frameUnits: readonly string[]): EditionPoint[] {
  const lookup = indexLookup(ds);
  return lookup.editions.flatMap((edition) => {
    const cb = lookup.codebook(indicator, edition);
    if (!cb) return [];
    const ranks = frameUnits.includes(unit) ? computedRanks(ds, frameUnits, edition, indicator, ctx) : null;
    return [pointOf(edition, cellOf(lookup.rows(edition, unit, indicator), ctx), cb.comparability, ranks?.get(unit))];
  });
}

/** Units of one frame, in code order. */
export function frameUnits(entries: DatasetEntries, frame: "63" | "34"): string[] {
  return entries.reference.units.filter((u) => u.frame === frame).sort((a, b) => a.code.localeCompare(b.code)).map((u) => u.id);
}

/** Title and description of a data package in the page language. */
export function packageText(pkg: DatasetEntries[EditionIndexId | "procedures"]["package"], lang: "vi" | "en"): { title: string; description: string } {
  return {
    title: lang === "vi" && typeof pkg["x-title-vi"] === "string" ? pkg["x-title-vi"] : pkg.title,
    description: lang === "vi" && typeof pkg["x-description-vi"] === "string" ? pkg["x-description-vi"] : pkg.description,
  };
}
