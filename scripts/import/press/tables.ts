// Merged drafts → the output tables: values (with source ids), codebooks over the editions the
// values use, and the ministries, groups and agencies the values name.
import type { Row } from "../lib.ts";
import { AGENCIES, groups, ministries } from "./entities.ts";
import { periodYear } from "./periods.ts";
import type { DatasetId, Draft } from "./types.ts";

export type PressTables = {
  ministries: Row[];
  groups: Row[];
  agencies: Row[];
  datasets: Record<DatasetId, { codebook: Row[]; values: Row[] }>;
};

const DATASETS: readonly DatasetId[] = ["par-index", "sipas", "procedures"];

/**
 * Years a value counts for in the codebook when its page prints no date. A 34-frame unit exists
 * from 2025-07-01, so 2025; a 63-frame unit could be any year of that frame we hold data for, so
 * the whole span (wide on purpose: the date is unknown).
 */
const NO_YEAR: Record<string, { years: string[]; note: string }> = {
  "vn34-": { years: ["2025"], note: "Some values come from a page that prints no year; their unit is a 34-province unit (from 2025-07-01), so they are counted under 2025." },
  "vn63-": { years: ["2008", "2024"], note: "The values come from a page whose date is not printed; it uses the 63-province frame (to 2024), so the span is that frame's years, not a known life of the indicator." },
};

function valueRow(d: Draft, source: string): Row {
  const common = { unit: d.unit, indicator: d.indicator, value: d.value, status: d.status, rank: d.rank, rank_of: d.rank_of, rank_text: d.rank_text, source, note: d.note };
  if (d.dataset !== "procedures") return { edition: d.edition, ...common };
  return { period: d.period, period_type: d.period_type, period_start: d.period_start, period_end: d.period_end, ...common };
}

const sortKey = (r: Row) => [r["edition"] ?? r["period_start"] ?? "", r["period"] ?? "", r["unit"], r["indicator"], r["source"]].join("\u0000");

function yearsOf(d: Draft): { years: string[]; note: string } {
  if (d.dataset !== "procedures") return { years: [d.edition], note: "" };
  const y = periodYear(d.period, d);
  if (y) return { years: [y], note: "" };
  const fallback = NO_YEAR[d.unit.slice(0, 5)];
  if (!fallback) throw new Error(`${d.origin}: period "${d.period}" gives no year`);
  return fallback;
}

export function tables(
  drafts: readonly Draft[], ids: Map<string, string>,
  codebook: (dataset: DatasetId, used: Map<string, Set<string>>) => Row[],
): PressTables {
  const sourceOf = (d: Draft) => {
    const id = ids.get(d.src.url);
    if (!id) throw new Error(`${d.origin}: source ${d.src.url} not registered`);
    return id;
  };
  const datasets = {} as PressTables["datasets"];
  for (const ds of DATASETS) {
    const mine = drafts.filter((d) => d.dataset === ds);
    const used = new Map<string, Set<string>>();
    const fallbacks = new Map<string, { years: string[]; note: string }>();
    for (const d of mine) {
      const y = yearsOf(d);
      const set = used.get(d.indicator) ?? new Set<string>();
      for (const year of y.years) set.add(year);
      used.set(d.indicator, set);
      if (y.note) fallbacks.set(d.indicator, y);
    }
    const cb = codebook(ds, used).map((r) => {
      const f = fallbacks.get(r["indicator"]!);
      return f && f.years.some((y) => r["first_edition"]! <= y && y <= r["last_edition"]!) ? { ...r, note: `${r["note"]} ${f.note}` } : r;
    });
    const values = mine.map((d) => valueRow(d, sourceOf(d))).sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
    datasets[ds] = { codebook: cb, values };
  }

  const unitsUsed = new Map<string, string[]>();
  for (const d of drafts) unitsUsed.set(d.unit, [...(unitsUsed.get(d.unit) ?? []), `${d.edition || periodYear(d.period, d)}\u0000${sourceOf(d)}`]);
  // A ministry's source: the latest edition that names it (ties: first source id), so it is stable.
  const ministryRows = ministries.filter((m) => unitsUsed.has(m.id)).map((m) => {
    const cites = unitsUsed.get(m.id)!.map((c) => c.split("\u0000") as [string, string]);
    const best = cites.sort((a, b) => b[0].localeCompare(a[0]) || a[1].localeCompare(b[1]))[0]![1];
    return { id: m.id, name_vi: m.name_vi, name_en: m.name_en, valid_from: "", valid_to: "", source: best, note: "" };
  });
  const unusedGroups = groups.filter((g) => !unitsUsed.has(g.id)).map((g) => g.id);
  if (unusedGroups.length) throw new Error(`groups without values: ${unusedGroups.join(", ")}`);
  const groupRows = groups.map((g) => ({ id: g.id, kind: g.kind, name_vi: g.name_vi, name_en: g.name_en, note: g.note }));
  const agencyRows = Object.values(AGENCIES).filter((a) => unitsUsed.has(a.id)).map((a) => ({
    id: a.id, province: a.province, kind: a.kind, name_vi: a.name_vi, name_en: a.name_en, source: `seed-${a.seed}`, note: a.note,
  }));
  return { ministries: ministryRows, groups: groupRows, agencies: agencyRows, datasets };
}
