// Codebook rows from indicator specs and the editions the values actually use. An indicator whose
// maximum is "printed" gets one row per run of editions with the same printed maximum; where no
// maximum was printed the row says so and uses the index total (100) as a loose bound.
import type { Row } from "../lib.ts";
import type { PrintedMax } from "./context.ts";

export interface Spec {
  indicator: string;
  parent: string;
  level: "total" | "dimension" | "subdimension" | "component" | "statistic";
  name_vi: string;
  name_en: string;
  unit: "points" | "percent" | "count";
  min: string;
  /** A number, or "printed": per edition, from the maxima printed in the sources. */
  max: string;
  comparability: string;
  note: string;
}

export const CODEBOOK_COLUMNS = ["indicator", "first_edition", "last_edition", "parent", "level", "name_vi", "name_en", "unit", "min", "max", "comparability", "note"] as const;

const span = (a: string, b: string) => (a === b ? a : `${a}–${b}`);

function row(s: Spec, first: string, last: string, max: string, comparability: string, note: string): Row {
  return {
    indicator: s.indicator, first_edition: first, last_edition: last, parent: s.parent, level: s.level,
    name_vi: s.name_vi, name_en: s.name_en, unit: s.unit, min: s.min, max, comparability, note,
  };
}

function printedRuns(s: Spec, years: string[], maxima: Map<string, PrintedMax> | undefined): Row[] {
  const runs: { years: string[]; max: PrintedMax | undefined }[] = [];
  for (const y of years) {
    const m = maxima?.get(y);
    const cur = runs.at(-1);
    if (cur && cur.max?.max === m?.max) cur.years.push(y);
    else runs.push({ years: [y], max: m });
  }
  return runs.map(({ years: ys, max }) => {
    const [first, last] = [ys[0]!, ys.at(-1)!];
    if (max) {
      const where = [...new Set(ys.flatMap((y) => maxima!.get(y)!.where))].sort().join(", ");
      return row(s, first, last, max.max, `${s.comparability}-max-${max.max}`, `${s.note} Maximum ${max.max} points as printed for ${ys.join(", ")} (${where}).`.trim());
    }
    return row(s, first, last, "100", `${s.comparability}-unprinted-${first}`,
      `${s.note} The maximum points for ${span(first, last)} are not printed in our sources; 100 (the index total) is a loose bound, not the scale.`.trim());
  });
}

/**
 * `used`: indicator → editions (years) its values use. Every used indicator must have a spec;
 * specs without values are dropped.
 */
export function buildCodebook(specs: readonly Spec[], used: Map<string, Set<string>>, maxima: Map<string, Map<string, PrintedMax>>): Row[] {
  const known = new Set(specs.map((s) => s.indicator));
  for (const ind of used.keys()) if (!known.has(ind)) throw new Error(`indicator ${ind} has values but no codebook spec`);
  const out: Row[] = [];
  for (const s of specs) {
    const ys = [...(used.get(s.indicator) ?? [])].filter(Boolean).sort();
    if (used.has(s.indicator) && ys.length === 0) throw new Error(`indicator ${s.indicator}: no value has a known year`);
    if (ys.length === 0) continue;
    if (s.max === "printed") out.push(...printedRuns(s, ys, maxima.get(s.indicator)));
    else out.push(row(s, ys[0]!, ys.at(-1)!, s.max, s.comparability, s.note));
  }
  return out;
}
