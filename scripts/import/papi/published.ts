// PAPI figures printed in reports and the press, kept for comparison with our values.
import { decimal, type Row, type SourceRegistry } from "../lib.ts";
import { pageSource } from "./sources.ts";

/** "total" → total, "dimension 4" → d4, "subdimension 1.2" → sd1.2; national averages → agg-provinces. */
function indicatorOf(s: string): { indicator: string; national: boolean } {
  if (s === "total") return { indicator: "total", national: false };
  const m = /^(dimension|subdimension) (\d+(?:\.\d+)?)( national average)?$/.exec(s);
  if (!m) throw new Error(`unknown published indicator ${JSON.stringify(s)}`);
  return { indicator: `${m[1] === "dimension" ? "d" : "sd"}${m[2]}`, national: Boolean(m[3]) };
}

/** The compiler's comparison, kept verbatim so the reader sees what was checked and against what. */
function compilerNote(r: Row): string {
  const match = r["dataset_matches_published"]!;
  const value = r["dataset_value"]!;
  const rank = r["dataset_rank"]!;
  if (!match && !value && !rank) return "";
  const against = [value && `dataset value ${value}`, rank && `dataset rank ${rank}`].filter(Boolean).join(", ");
  const file = r["dataset_file"] ? ` in ${r["dataset_file"]}` : "";
  return `compiler: ${match || "not compared"}${against ? ` — printed ${r["published_value"] || "(no value)"}${r["published_rank"] ? ` rank ${r["published_rank"]}` : ""} vs ${against}${file}` : ""}`;
}

export function publishedCheck(rows: Row[], reg: SourceRegistry, units: ReadonlySet<string>): Row[] {
  return rows.map((r) => {
    const { indicator, national } = indicatorOf(r["indicator"]!);
    const unit = national ? "agg-provinces" : `vn63-${r["gso_code"]}`;
    if (national !== (r["gso_code"] === "")) throw new Error(`published row ${JSON.stringify(r)}: unit unclear`);
    if (!national && !units.has(unit)) throw new Error(`unknown unit ${unit}`);
    const printedRank = r["published_rank"]!;
    const rank = /^\d+$/.test(printedRank) ? printedRank : "";
    const notes = [
      r["note"]!,
      printedRank && !rank ? `rank as printed: ${printedRank}` : "",
      compilerNote(r),
    ].filter(Boolean);
    return {
      edition: r["year"]!, unit, indicator,
      published_value: r["published_value"] ? decimal(r["published_value"], `published ${r["year"]} ${unit}`) : "",
      published_rank: rank, source: pageSource(reg, r["source"]!, r["year"]!), note: notes.join("; "),
    };
  });
}
