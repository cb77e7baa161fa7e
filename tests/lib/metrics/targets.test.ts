// Results of directive targets: synthetic tables with hand-checked ranks, then the real Quảng Trị
// directive against the real data (PAPI ranks recomputed here by sorting the 2021 and 2022 totals).
import { describe, expect, it } from "vitest";
import { loadData } from "../../../src/lib/load/index.ts";
import { directoryReader } from "../../../src/lib/load/fs.ts";
import { targetResult, type TargetData } from "../../../src/lib/metrics/targets.ts";
import type { TargetRow } from "../../../src/lib/schema/directives.ts";
import type { ValueRow } from "../../../src/lib/schema/tables.ts";

const row = (edition: number, unit: string, value: number | null, rank: number | null = null, source = "s"): ValueRow => ({
  edition, unit, indicator: "total", value, status: value === null ? "not_published" : "reported", rank, rank_of: rank === null ? null : 63, rank_text: "", source, note: "",
});
const target = (over: Partial<TargetRow>): TargetRow => ({
  id: "t", document: "d", index: "papi", measure: "rank_change", baseline_edition: 2020, target_value: 5, target_text: "", target_edition: 2021, unit: "a", source: "s", note: "", note_vi: "", ...over,
});
const UNITS = ["a", "b", "c", "d", "e", "f", "g"];
const data = (values: ValueRow[]): TargetData => ({ values, kindOf: () => "official_file", frameUnits: () => UNITS });
// 2020: a is last (7th); 2021: a ties with b for 2nd (competition ranking: 1, 2, 2, 4 …).
const FULL = [
  ...UNITS.map((u, i) => row(2020, u, 64 + i)),
  row(2021, "a", 65), row(2021, "b", 65), row(2021, "c", 66), row(2021, "d", 60), row(2021, "e", 59), row(2021, "f", 58), row(2021, "g", 57),
];

describe("targetResult()", () => {
  it("computes ranks from a full table, ties sharing a rank, and counts places gained", () => {
    const r = targetResult(target({}), data(FULL));
    expect(r.baseline).toMatchObject({ rank: 7, rankOf: 7, rankBasis: "computed" });
    expect(r.final).toMatchObject({ rank: 2, rankOf: 7, rankBasis: "computed" });
    expect(r.change).toBe(5);
    expect(r.outcome).toBe("met");
    expect(targetResult(target({ target_value: 6 }), data(FULL)).outcome).toBe("not_met");
  });

  it("uses the printed rank where the source prints one, and never ranks a partial table", () => {
    const partial = [row(2020, "a", null, 30, "press"), row(2021, "a", 71, 24, "press"), row(2021, "b", 80)];
    const r = targetResult(target({}), data(partial));
    expect(r.baseline).toMatchObject({ rank: 30, rankBasis: "printed", sources: ["press"] });
    expect(r.change).toBe(6);
    const unranked = targetResult(target({}), data([row(2020, "a", 70), row(2021, "a", 71)]));
    expect(unranked.outcome).toBe("not_yet_known");
    expect(unranked.reasons).toEqual([{ kind: "no_rank", edition: 2020 }, { kind: "no_rank", edition: 2021 }]);
  });

  it("says which edition is missing", () => {
    const r = targetResult(target({ measure: "rank_at_most", baseline_edition: null, target_value: 20, target_edition: 2025 }), data(FULL));
    expect(r).toMatchObject({ outcome: "not_yet_known", reasons: [{ kind: "edition_not_in_data", edition: 2025 }] });
  });

  it("checks a score threshold", () => {
    expect(targetResult(target({ measure: "score_at_least", target_value: 65, target_edition: 2021 }), data(FULL)).outcome).toBe("met");
    expect(targetResult(target({ measure: "score_at_least", target_value: 65.5, target_edition: 2021 }), data(FULL)).outcome).toBe("not_met");
    // "trên 65": strictly above, so 65 itself does not meet it.
    expect(targetResult(target({ measure: "score_above", target_value: 65, target_edition: 2021 }), data(FULL)).outcome).toBe("not_met");
    expect(targetResult(target({ measure: "score_above", target_value: 64.9, target_edition: 2021 }), data(FULL)).outcome).toBe("met");
  });

  it("scores a unit outside any ranked frame (a national average) without ranking it", () => {
    const avg = [row(2020, "agg", 85.48, null, "press")];
    const r = targetResult(target({ unit: "agg", measure: "score_above", baseline_edition: null, target_value: 80, target_edition: 2020 }), { ...data(avg), frameUnits: () => [] });
    expect(r).toMatchObject({ outcome: "met", final: { value: 85.48, rank: null, rankBasis: null, sources: ["press"] }, reasons: [] });
  });
});

describe("Chỉ thị 10/CT-UBND of Quảng Trị against the real data", () => {
  const r = loadData(directoryReader("data"));
  if (!r.ok) throw new Error("data/ does not validate");
  const d = r.data;
  const kinds = new Map(d.sources.rows.map((s) => [s.id, s.kind] as const));
  const frame63 = d.units.rows.filter((u) => u.frame === "63").map((u) => u.id);
  const dataOf = (index: string): TargetData => ({ values: d.indices[index]!.values.rows, kindOf: (s) => kinds.get(s) ?? "news", frameUnits: () => frame63 });
  const targetOf = (id: string) => d.directives.targets.rows.find((x) => x.id === id)!;

  it("PAPI: 28th of 60 ranked in 2021, 37th of 61 in 2022: down 9 places, target of +5 not met", () => {
    const res = targetResult(targetOf("10-ct-ubnd-2022-quang-tri-papi-2022"), dataOf("papi"));
    expect(res.baseline).toMatchObject({ edition: 2021, value: 42.3929, rank: 28, rankOf: 60, rankBasis: "computed", sources: ["papi-derived-2021"] });
    expect(res.final).toMatchObject({ edition: 2022, value: 41.7742, rank: 37, rankOf: 61, rankBasis: "computed" });
    expect(res.change).toBe(-9);
    expect(res.outcome).toBe("not_met");
  });

  it("PAR Index and SIPAS: no Quảng Trị figure in our data, so not yet known", () => {
    for (const index of ["par-index", "sipas"]) {
      const res = targetResult(targetOf(`10-ct-ubnd-2022-quang-tri-${index}-2022`), dataOf(index));
      expect(res.outcome).toBe("not_yet_known");
      expect(res.reasons).toContainEqual({ kind: "no_value", edition: 2021 });
    }
  });

  it("Nghị quyết 30c/NQ-CP: satisfaction above 80% by 2020; SIPAS 2020 average of the provinces 85.48%: met", () => {
    const res = targetResult(targetOf("30c-nq-cp-2011-sipas-2020"), { ...dataOf("sipas"), frameUnits: () => [] });
    expect(res).toMatchObject({ outcome: "met", final: { edition: 2020, value: 85.48, rank: null, sources: ["moitruong-net-e8787f"] } });
  });

  it("top 20 by 2025: the 2025 editions are not in our data", () => {
    for (const index of ["papi", "par-index", "sipas"]) {
      const res = targetResult(targetOf(`10-ct-ubnd-2022-quang-tri-${index}-2025`), dataOf(index));
      expect(res).toMatchObject({ outcome: "not_yet_known", reasons: [{ kind: "edition_not_in_data", edition: 2025 }] });
    }
  });
});
