// PAPI values in the contract's long format, read from the shared tables as strings.
import { decimal, type Row, type SourceRegistry } from "../lib.ts";
import { a1Source, a3Source, derivedSource } from "./sources.ts";
import { roundScaled, toScaled } from "./exact.ts";

type ValueInput = { edition: string; gso: string; indicator: string; value: string; source: string; note?: string; derived?: boolean };

export function valueRow(v: ValueInput, units: ReadonlySet<string>): Row {
  const unit = `vn63-${v.gso}`;
  if (!units.has(unit)) throw new Error(`unknown unit ${unit}`);
  if (v.value === "" && !v.note) throw new Error(`${v.edition} ${unit} ${v.indicator}: missing value without a reason`);
  return {
    edition: v.edition, unit, indicator: v.indicator,
    value: v.value === "" ? "" : decimal(v.value, `${v.edition} ${unit} ${v.indicator}`),
    status: v.value === "" ? "no_data" : v.derived ? "derived" : "reported",
    rank: "", rank_of: "", rank_text: "", source: v.source, note: v.note ?? "",
  };
}

/** hanoitimes.vn and vneconomy.vn (papi_published_figures.csv) say the 2023 results have no data for these two. */
function announcedWithoutData(year: string, gso: string): string {
  return year === "2023" && (gso === "22" || gso === "74")
    ? "; the 2023 PAPI results were announced without data for this province (see published_check.csv)"
    : "";
}

/** Why a 2011–2019 official cell is empty, read from the note on that province-year's total. */
function officialGap(totalNote: string | undefined, year: string): string {
  if (totalNote?.includes("empty row")) return "empty row in source file (the total is shown as 0)";
  if (totalNote?.includes("KCDL")) return `empty in PAPI 2011-2019.xlsx; the ${year} total for this province is "KCDL" (không có dữ liệu, no data) in PAPI 2018 FULL vie.xlsx`;
  return "empty cell in source file";
}

export function totalsAndDimensions(totals: Row[], dims: Row[], reg: SourceRegistry, units: ReadonlySet<string>): { rows: Row[]; totalNotes: Map<string, string> } {
  const rows: Row[] = [];
  const totalNotes = new Map<string, string>();
  for (const t of totals) {
    const year = t["year"]!;
    const src = a1Source(reg, t["source"]!);
    const note = t["note"]!;
    if (note) totalNotes.set(`${year}|${t["gso_code"]}`, note);
    rows.push(valueRow({ edition: year, gso: t["gso_code"]!, indicator: "total", value: t["papi_unweighted_total"]!, source: src, note }, units));
    const extra = { total_weighted: t["papi_weighted_total"]!, total_ci95_low: t["unweighted_ci95_low"]!, total_ci95_high: t["unweighted_ci95_high"]! };
    for (const [indicator, value] of Object.entries(extra)) {
      if (year === "2019") {
        rows.push(valueRow({ edition: year, gso: t["gso_code"]!, indicator, value, source: src, note: value ? "" : note }, units));
      } else if (value !== "") {
        throw new Error(`${indicator} for ${year}: only 2019 is expected`);
      }
    }
  }
  for (const d of dims) {
    const year = d["year"]!;
    const value = d["score"]!;
    rows.push(valueRow({
      edition: year, gso: d["gso_code"]!, indicator: `d${d["dimension_no"]}`, value, source: a1Source(reg, d["source"]!),
      note: value ? "" : officialGap(totalNotes.get(`${year}|${d["gso_code"]}`), year),
    }, units));
  }
  return { rows, totalNotes };
}

export function subdimensions(subs: Row[], reg: SourceRegistry, units: ReadonlySet<string>, totalNotes: Map<string, string>): Row[] {
  // A province-year whose every sub-dimension is empty is an empty row in the third-party file.
  const filled = new Map<string, number>();
  for (const s of subs) if (s["score"]) filled.set(`${s["year"]}|${s["gso_code"]}`, (filled.get(`${s["year"]}|${s["gso_code"]}`) ?? 0) + 1);
  return subs.map((s) => {
    const year = s["year"]!;
    const official = s["source_quality"] === "official_file";
    if (official !== Number(year) <= 2019) throw new Error(`${year}: unexpected source_quality ${s["source_quality"]}`);
    let source: string;
    let gap = "";
    if (official) {
      source = a1Source(reg, s["source"]!);
      gap = officialGap(totalNotes.get(`${year}|${s["gso_code"]}`), year);
    } else {
      const a3 = a3Source(reg, s["source"]!);
      if (a3.year !== year) throw new Error(`${year}: source file ${a3.path}`);
      source = a3.id;
      gap = (filled.has(`${year}|${s["gso_code"]}`) ? `cell empty in ml-mcdm ${a3.path}` : `province row empty in ml-mcdm ${a3.path}`) +
        announcedWithoutData(year, s["gso_code"]!);
    }
    const value = s["score"]!;
    return valueRow({ edition: year, gso: s["gso_code"]!, indicator: `sd${s["subdimension_code"]}`, value, source, note: value ? "" : gap }, units);
  });
}

/**
 * 2020–2024 dimensions and totals of the shared DERIVED table, after checking every figure
 * against our own exact sum of the sub-dimension strings (rounded half up to 4 decimals).
 */
export function derived(table: Row[], subs: Row[], reg: SourceRegistry, units: ReadonlySet<string>): { rows: Row[]; checked: number } {
  const subByPy = new Map<string, Row[]>();
  for (const s of subs) {
    const k = `${s["year"]}|${s["gso_code"]}`;
    subByPy.set(k, [...(subByPy.get(k) ?? []), s]);
  }
  const rows: Row[] = [];
  let checked = 0;
  for (const t of table) {
    const year = t["year"]!;
    const gso = t["gso_code"]!;
    const m = /^DERIVED: sum of sub-dimension scores in (github:\S+\.csv)(?:; (.*))?$/.exec(t["source"]!);
    if (!m) throw new Error(`unexpected DERIVED source ${t["source"]}`);
    const a3 = a3Source(reg, m[1]!);
    if (a3.year !== year) throw new Error(`${year} derived from ${a3.path}`);
    const src = derivedSource(reg, year, a3.id);
    const mine = subByPy.get(`${year}|${gso}`) ?? [];
    if (!mine.length) throw new Error(`${year} ${gso}: no sub-dimension rows`);
    let total = 0n;
    const missingDims: string[] = [];
    const rowEmpty = mine.every((s) => s["score"] === "");
    const why = announcedWithoutData(year, gso);
    for (let d = 1; d <= 8; d++) {
      const parts = mine.filter((s) => s["subdimension_code"]!.startsWith(`${d}.`));
      const empty = parts.filter((s) => s["score"] === "").map((s) => s["subdimension_code"]!);
      const value = t[`d${d}`]!;
      let note = "";
      if (empty.length) {
        if (value !== "") throw new Error(`${year} ${gso} d${d}: derived although ${empty.join(", ")} empty`);
        missingDims.push(`d${d}`);
        note = (rowEmpty
          ? `not derived: the province row is empty in ml-mcdm ${a3.path}`
          : `not derived: sub-dimension${empty.length > 1 ? "s" : ""} ${empty.join(", ")} empty in ml-mcdm ${a3.path}`) + why;
      } else {
        const sum = parts.reduce((s, p) => s + toScaled(p["score"]!), 0n);
        if (roundScaled(sum, 4) !== toScaled(value)) throw new Error(`${year} ${gso} d${d}: derived ${value} is not the rounded sum of ${parts.map((p) => p["score"]).join(" + ")}`);
        total += sum;
        checked++;
      }
      rows.push(valueRow({ edition: year, gso, indicator: `d${d}`, value, source: src, note, derived: true }, units));
    }
    const tv = t["total_unweighted_derived"]!;
    if (missingDims.length) {
      if (tv !== "") throw new Error(`${year} ${gso}: total derived despite missing ${missingDims.join(", ")}`);
    } else {
      if (roundScaled(total, 4) !== toScaled(tv)) throw new Error(`${year} ${gso}: derived total ${tv} is not the rounded sum`);
      checked++;
    }
    rows.push(valueRow({
      edition: year, gso, indicator: "total", value: tv, source: src, derived: true,
      note: !missingDims.length ? "" : rowEmpty
        ? `not derived: the province row is empty in ml-mcdm ${a3.path}${why}`
        : `not derived: dimension${missingDims.length > 1 ? "s" : ""} ${missingDims.join(", ")} missing${why}`,
    }, units));
  }
  return { rows, checked };
}
