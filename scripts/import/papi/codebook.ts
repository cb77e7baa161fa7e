// The PAPI codebook: one row per span of editions in which an indicator keeps one meaning.
import type { Row } from "../lib.ts";

export const LAST_EDITION = 2024;
/** PAPI changed from six to eight dimensions in 2018; aggregates are not comparable across it. */
export const era = (year: number): "papi-2011" | "papi-2018" => (year <= 2017 ? "papi-2011" : "papi-2018");

export type Label = { en: string; vi: string };
/** label per indicator code ("1", "1.1") per edition */
export type Labels = Map<string, Map<number, Label>>;

export type WeightedScale = { min: string; max: string; note: string };

const SCALE_NOTE = "Sums into its dimension score (a dimension is the sum of its sub-dimensions), so values use only part of 0–10; 0–10 is a loose bound, not PAPI's stated scale.";

function row(r: Omit<Row, "note"> & { note?: string }): Row {
  return { parent: "", unit: "points", note: "", ...r };
}

function yearsText(a: number, b: number): string {
  return a === b ? `${a}` : `${a}–${b}`;
}

/** Groups a code's editions into runs: a new run at a gap, at the 2018 break, or when the label changes. */
function runs(byYear: Map<number, Label>): { from: number; to: number; label: Label; spellings: Map<string, number[]> }[] {
  const out: { from: number; to: number; label: Label; spellings: Map<string, number[]> }[] = [];
  const key = (l: Label) => `${l.en.trim().toLowerCase()}|${l.vi.trim()}`;
  for (const y of [...byYear.keys()].sort((a, b) => a - b)) {
    const l = byYear.get(y)!;
    const cur = out.at(-1);
    if (cur && cur.to === y - 1 && era(cur.to) === era(y) && key(cur.label) === key(l)) {
      cur.to = y;
    } else {
      out.push({ from: y, to: y, label: l, spellings: new Map() });
    }
    const run = out.at(-1)!;
    run.spellings.set(l.en.trim(), [...(run.spellings.get(l.en.trim()) ?? []), y]);
  }
  return out;
}

function provenance(from: number, to: number): string {
  const parts: string[] = [];
  if (from <= 2019) parts.push(`${yearsText(from, Math.min(to, 2019))}: labels and scores from the official files (PAPI 2011-2019.xlsx)`);
  if (to >= 2020) parts.push(`${yearsText(Math.max(from, 2020), to)}: scores from ml-mcdm (third-party CSV, provenance not stated), labels as given for those years in the shared compilation`);
  return parts.join("; ");
}

export function papiCodebook(dims: Labels, subs: Labels, weighted: WeightedScale): Row[] {
  const out: Row[] = [
    row({
      indicator: "total", first_edition: "2011", last_edition: "2017", level: "total",
      name_vi: "Chỉ số PAPI tổng hợp (không trọng số)", name_en: "PAPI total score (unweighted)",
      min: "6", max: "60", comparability: "papi-2011",
      note: "Sum of the six dimension scores (column \"Un-weighted2015PAPI\" of PAPI 2011-2019.xlsx). Not comparable with 2018 onward (eight dimensions).",
    }),
    row({
      indicator: "total", first_edition: "2018", last_edition: `${LAST_EDITION}`, level: "total",
      name_vi: "Chỉ số PAPI tổng hợp (không trọng số)", name_en: "PAPI total score (unweighted)",
      min: "8", max: "80", comparability: "papi-2018",
      note: "Sum of the eight dimension scores. 2018–2019 from the official files; 2020–2024 derived by us from third-party sub-dimension scores (status derived). PAPI discourages comparing 2018 onward with earlier years.",
    }),
    row({
      indicator: "total_weighted", first_edition: "2019", last_edition: "2019", level: "statistic",
      name_vi: "Chỉ số PAPI tổng hợp có trọng số", name_en: "PAPI total score (weighted)",
      min: weighted.min, max: weighted.max, comparability: "papi-2018", note: weighted.note,
    }),
    row({
      indicator: "total_ci95_low", first_edition: "2019", last_edition: "2019", level: "statistic",
      name_vi: "Cận dưới khoảng tin cậy 95% của chỉ số PAPI tổng hợp (không trọng số)",
      name_en: "Unweighted PAPI total: lower bound of the 95% confidence interval",
      min: "8", max: "80", comparability: "papi-2018",
      note: "As given in the 2019 indicator file; the interval reflects survey sampling error.",
    }),
    row({
      indicator: "total_ci95_high", first_edition: "2019", last_edition: "2019", level: "statistic",
      name_vi: "Cận trên khoảng tin cậy 95% của chỉ số PAPI tổng hợp (không trọng số)",
      name_en: "Unweighted PAPI total: upper bound of the 95% confidence interval",
      min: "8", max: "80", comparability: "papi-2018",
      note: "As given in the 2019 indicator file; the interval reflects survey sampling error.",
    }),
  ];

  for (const code of [...dims.keys()].sort((a, b) => Number(a) - Number(b))) {
    for (const r of runs(dims.get(code)!)) {
      // Dimension names are the same before and after 2018, but the 2018 redesign changed their
      // content, so the break is kept; official values end in 2019, derived ones run to 2024.
      const to = r.to === 2019 ? LAST_EDITION : r.to;
      const notes: string[] = [];
      if (to > 2019) notes.push("2018–2019 from the official files; 2020–2024 derived by us as the sum of the sub-dimension scores (status derived).");
      if (code === "5" && to > 2020) notes.push("From 2021 the data have no sub-dimension 5.2, so the derived 2021–2024 score is 5.1 + 5.3 + 5.4.");
      if (to <= 2017) notes.push("2011–2017 structure (six dimensions).");
      out.push(row({
        indicator: `d${code}`, first_edition: `${r.from}`, last_edition: `${to}`, parent: "total", level: "dimension",
        name_vi: r.label.vi.trim(), name_en: r.label.en.trim(), min: "1", max: "10", comparability: era(r.from), note: notes.join(" "),
      }));
    }
  }

  const subCodes = [...subs.keys()].sort((a, b) => {
    const [a1, a2] = a.split(".").map(Number) as [number, number];
    const [b1, b2] = b.split(".").map(Number) as [number, number];
    return a1 - b1 || a2 - b2;
  });
  for (const code of subCodes) {
    const rs = runs(subs.get(code)!);
    rs.forEach((r, i) => {
      const notes = [provenance(r.from, r.to) + "."];
      if (r.spellings.size > 1) {
        notes.push(`English label spelled ${[...r.spellings].map(([s, ys]) => `"${s}" (${yearsText(ys[0]!, ys.at(-1)!)})`).join(", ")}.`);
      }
      if (i === rs.length - 1 && r.to < LAST_EDITION) notes.push(`No values after ${r.to} in our sources.`);
      notes.push(SCALE_NOTE);
      out.push(row({
        indicator: `sd${code}`, first_edition: `${r.from}`, last_edition: `${r.to}`, parent: `d${code.split(".")[0]}`,
        level: "subdimension", name_vi: r.label.vi.trim(), name_en: r.label.en.trim(), min: "0", max: "10",
        comparability: era(r.from), note: notes.join(" "),
      }));
    });
  }
  return out;
}
