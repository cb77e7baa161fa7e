import { describe, expect, it } from "vitest";
import { buildProceduresPage } from "../../../src/lib/views/procedures-page.ts";
import { fixtureEntries } from "./fixture-entries.ts";

const HEADER = "period,period_type,period_start,period_end,unit,indicator,value,status,rank,rank_of,rank_text,source,note";
const procedures = (...rows: string[]) => `${HEADER}\n${rows.join("\n")}\n`;

describe("buildProceduresPage() charts", () => {
  it("keeps a weekly snapshot out of the year results: each kind of period is its own section", () => {
    const page = buildProceduresPage(fixtureEntries(), "vi");
    const scores = page.charts.scores!;
    expect(scores.render?.kind).toBe("procedures");
    const sections = scores.render?.kind === "procedures" ? scores.render.scores!.sections : [];
    expect(sections.map((s) => s.periodType)).toEqual(["year", "week"]);
    expect(sections[0]!.bars.map((b) => [b.unitLabel, b.period])).toEqual([["Bình Định (trước 01/07/2025)", "năm 2024"]]);
    expect(sections[1]!.bars.map((b) => [b.unitLabel, b.period])).toEqual([["Gia Lai", "tuần 30/2025"]]);
    // The table keeps the table of full-year results only.
    expect(page.rows.map((r) => r.entity.id)).toEqual(["vn63-52"]);
    expect(scores.summary).toContain("Cả năm: 1");
    expect(scores.summary).toContain("Tuần: 1");
  });

  it("colours the 34-unit map with 34-frame units only, the rest hatched with a reason", () => {
    const map = buildProceduresPage(fixtureEntries(), "en").charts.map!;
    expect(map.input.frame).toBe("34");
    expect(map.input.items.map((i) => [i.id, i.value, i.missing])).toEqual([["vn34-01", null, "no_row"], ["vn34-52", 80.1, null]]);
    expect(map.title).toContain("tuần 30/2025");
    expect(map.summary).toContain("1 of 2 provinces");
    expect(map.render?.kind).toBe("tilemap");
  });

  it("draws one bar for a unit and period that several sources print, and says the others differ", () => {
    const entries = fixtureEntries({
      "procedures/values.csv": procedures(
        "năm 2024,year,2024-01-01,2024-12-31,vn63-52,i766-total,90.54,reported,2,63,,news-vnp,",
        "2024,year,2024-01-01,2024-12-31,vn63-52,i766-total,90.5,reported,,,,papi-a3-2020,",
        "tuần 30/2025,week,2025-07-21,2025-07-27,vn34-52,i766-total,80.1,reported,,,,news-vnp,",
      ),
    });
    const scores = buildProceduresPage(entries, "vi").charts.scores!;
    const year = scores.input.rows.filter((r) => r.periodType === "year");
    expect(year).toHaveLength(1);
    expect(scores.table.rows.filter((r) => r[0]!.startsWith("Bình Định"))).toHaveLength(1);
    expect(scores.summary).toContain("nguồn khác in khác đi");
    expect(scores.table.rows.find((r) => r[0]!.startsWith("Bình Định"))!.at(-1)).not.toBe("");
    expect(scores.sources.map((s) => s.id).sort()).toEqual(["news-vnp", "papi-a3-2020"]);
  });
});
