// Shared shaping for charts over editions (trend, bump): one point per unit per edition, in
// edition order, with a reason for every missing value.
import type { EditionSlot } from "./editions.ts";
import type { MissingReason } from "./types.ts";

/** One figure of one unit in one edition. A null value needs `missing`. */
export interface EditionValue {
  edition: string;
  value: number | null;
  missing?: MissingReason;
}

export interface UnitInput {
  id: string;
  label: string;
  points: readonly EditionValue[];
  highlight?: boolean;
}

export interface AlignedPoint {
  edition: string;
  group: string;
  value: number | null;
  /** Why the value is missing; "no_row" when the unit has no point for the edition at all. */
  missing: MissingReason | null;
}

const collator = new Intl.Collator("vi", { numeric: true });

/** Editions sorted (numeric-aware: "2011" < "2024"), refusing duplicates. */
export function sortEditions<E extends EditionSlot>(editions: readonly E[]): E[] {
  const seen = new Set<string>();
  for (const e of editions) {
    if (seen.has(e.edition)) throw new Error(`chart: edition ${e.edition} given twice`);
    seen.add(e.edition);
  }
  return [...editions].sort((a, b) => collator.compare(a.edition, b.edition));
}

/** A unit's points aligned to `editions`: every edition once, missing ones with their reason. */
export function alignPoints(unit: UnitInput, editions: readonly EditionSlot[]): AlignedPoint[] {
  const byEdition = new Map<string, EditionValue>();
  const known = new Set(editions.map((e) => e.edition));
  for (const p of unit.points) {
    if (!known.has(p.edition)) throw new Error(`chart: unit ${unit.id} has a point for unknown edition ${p.edition}`);
    if (byEdition.has(p.edition)) throw new Error(`chart: unit ${unit.id} has two points for edition ${p.edition}`);
    if (p.value === null && p.missing === undefined) throw new Error(`chart: unit ${unit.id} has no value and no reason why in ${p.edition}`);
    if (p.value !== null && !Number.isFinite(p.value)) throw new Error(`chart: unit ${unit.id} has a value that is not a number in ${p.edition}`);
    byEdition.set(p.edition, p);
  }
  return editions.map((e) => {
    const p = byEdition.get(e.edition);
    if (p === undefined) return { edition: e.edition, group: e.group, value: null, missing: "no_row" };
    return { edition: e.edition, group: e.group, value: p.value, missing: p.value === null ? p.missing! : null };
  });
}

/** Refuses two units with one id: a chart would draw one over the other. */
export function checkUniqueIds(units: readonly { id: string }[]): void {
  const seen = new Set<string>();
  for (const u of units) {
    if (seen.has(u.id)) throw new Error(`chart: unit ${u.id} given twice`);
    seen.add(u.id);
  }
}

/**
 * Path vertices with a null wherever the line must break: at a missing value and between two
 * comparability groups, so d3.line().defined() starts a new segment ("M") there.
 */
export function withBreaks<P extends { group: string }, V>(points: readonly P[], vertex: (p: P) => V | null): (V | null)[] {
  const out: (V | null)[] = [];
  points.forEach((p, i) => {
    if (i > 0 && points[i - 1]!.group !== p.group) out.push(null);
    out.push(vertex(p));
  });
  return out;
}
