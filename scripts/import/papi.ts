// PAPI: codebook, values (2011–2019 official files, 2020–2024 third-party sub-dimensions and our
// sums of them) and the figures printed in reports and the press.
import { join } from "node:path";
import { readCsv, type Row, type SourceRegistry } from "./lib.ts";
import { papiCodebook, type Labels } from "./papi/codebook.ts";
import { derived, subdimensions, totalsAndDimensions } from "./papi/values.ts";
import { publishedCheck } from "./papi/published.ts";
import { weightedScale } from "./papi/weights.ts";

export type Papi = { codebook: Row[]; values: Row[]; publishedCheck: Row[] };

/** Collects one label per (code, edition) and insists that all provinces agree on it. */
function labels(rows: Row[], codeCol: string, enCol: string, viCol: string): Labels {
  const out: Labels = new Map();
  for (const r of rows) {
    const code = r[codeCol]!;
    const year = Number(r["year"]);
    const byYear = out.get(code) ?? new Map();
    out.set(code, byYear);
    const prev = byYear.get(year);
    const l = { en: r[enCol]!, vi: r[viCol]! };
    if (prev && (prev.en !== l.en || prev.vi !== l.vi)) throw new Error(`${code} ${year}: two labels`);
    byYear.set(year, l);
  }
  return out;
}

function weightedInputs(totals: Row[], dims: Row[]): { x: number[][]; y: number[] } {
  const x: number[][] = [];
  const y: number[] = [];
  for (const t of totals) {
    if (t["year"] !== "2019" || !t["papi_weighted_total"]) continue;
    const ds = dims.filter((d) => d["year"] === "2019" && d["gso_code"] === t["gso_code"])
      .sort((a, b) => Number(a["dimension_no"]) - Number(b["dimension_no"]));
    if (ds.length !== 8 || ds.some((d) => !d["score"])) continue;
    x.push(ds.map((d) => Number(d["score"])));
    y.push(Number(t["papi_weighted_total"]));
  }
  return { x, y };
}

const INDICATOR_ORDER = (s: string): string =>
  s.startsWith("total") ? `0${s}` : s.startsWith("d") ? `1${s.slice(1).padStart(2, "0")}` : `2${s.slice(2).split(".").map((p) => p.padStart(2, "0")).join(".")}`;

export function importPapi(shared: string, reg: SourceRegistry, units: ReadonlySet<string>): Papi {
  const totals = readCsv(join(shared, "papi_totals_2011_2019.csv"));
  const dims = readCsv(join(shared, "papi_dimensions_2011_2019.csv"));
  const subs = readCsv(join(shared, "papi_subdimensions_2011_2024.csv"));
  const derivedTable = readCsv(join(shared, "papi_dimensions_totals_2020_2024_DERIVED.csv"));
  const published = readCsv(join(shared, "papi_published_figures.csv"));

  const official = totalsAndDimensions(totals, dims, reg, units);
  const subRows = subdimensions(subs, reg, units, official.totalNotes);
  const der = derived(derivedTable, subs, reg, units);
  console.log(`papi: re-computed ${der.checked} derived dimension/total figures from the sub-dimension strings; all equal the shared DERIVED table`);

  const { x, y } = weightedInputs(totals, dims);
  const scale = weightedScale(x, y);
  console.log(`papi: weighted total 2019 = Σ w·dimension on ${x.length} provinces, max residual ${scale.residual.toExponential(2)}; range ${scale.min}–${scale.max}`);

  const codebook = papiCodebook(
    labels(dims, "dimension_no", "dimension_name_en", "dimension_name_vi"),
    labels(subs, "subdimension_code", "subdimension_name_en", "subdimension_name_vi"),
    scale,
  );
  const values = [...official.rows, ...subRows, ...der.rows].sort((a, b) =>
    a["edition"]!.localeCompare(b["edition"]!) || a["unit"]!.localeCompare(b["unit"]!) ||
    INDICATOR_ORDER(a["indicator"]!).localeCompare(INDICATOR_ORDER(b["indicator"]!)) || a["source"]!.localeCompare(b["source"]!));
  const check = publishedCheck(published, reg, units);
  return { codebook, values, publishedCheck: check };
}
