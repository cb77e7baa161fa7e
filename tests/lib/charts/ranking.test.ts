import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { layout, series, type RankingDatum } from "../../../src/lib/charts/ranking.ts";
import { RankingBars } from "../../../src/components/charts/RankingBars.tsx";
import type { MissingReason } from "../../../src/lib/charts/types.ts";
import { crowded, unitId, unitLabel } from "./synthetic.ts";

const d = (id: string, value: number | null, extra: Partial<RankingDatum> = {}): RankingDatum => ({ id, label: id.toUpperCase(), value, ...extra });
const reasons: Record<MissingReason, string> = { not_published: "Not published", no_data: "No data", not_surveyed: "Not surveyed", unit_not_existing: "Did not exist", no_row: "No row" };

describe("ranking series()", () => {
  it("gives tied units the same rank (1, 2, 2, 4) and leaves missing units unranked, listed apart with their reason", () => {
    const s = series({ edition: "2024", data: [d("a", 9), d("b", 8), d("c", null, { missing: "no_data" }), d("d", 8), d("e", 7)] });
    expect(s.rows.map((r) => [r.id, r.rank, r.tied])).toEqual([["a", 1, false], ["b", 2, true], ["d", 2, true], ["e", 4, false]]);
    expect(s.missing).toEqual([{ id: "c", label: "C", reason: "no_data", highlight: false }]);
    expect(s.rankOf).toBe(4);
  });

  it("orders tied units by their names in Vietnamese collation", () => {
    const s = series({ edition: "x", data: [{ id: "1", label: "Đà Nẵng", value: 5 }, { id: "2", label: "Điện Biên", value: 5 }, { id: "3", label: "Cà Mau", value: 5 }] });
    expect(s.rows.map((r) => r.label)).toEqual(["Cà Mau", "Đà Nẵng", "Điện Biên"]);
  });

  it("ranks lowest first when lower is better", () => {
    expect(series({ edition: "x", order: "asc", data: [d("a", 3), d("b", 1)] }).rows.map((r) => r.id)).toEqual(["b", "a"]);
  });

  it("marks the median of the units with a value, and keeps 0 inside the domain so bars start at 0", () => {
    const s = series({ edition: "x", domain: [8, 80], data: [d("a", 40), d("b", 42), d("c", 47), d("d", null, { missing: "not_published" })] });
    expect(s.median).toBe(42);
    expect(s.domain).toEqual([0, 80]);
  });

  it("ranks a single unit first of one", () => {
    const s = series({ edition: "x", data: [d("a", 5)] });
    expect(s.rows).toMatchObject([{ rank: 1, tied: false }]);
    expect(s.median).toBe(5);
  });

  it("gives an empty edition no rows and no median, and lists every unit as missing", () => {
    const s = series({ edition: "x", data: [d("a", null, { missing: "not_published" }), d("b", null, { missing: "not_published" })] });
    expect(s.rows).toEqual([]);
    expect(s.median).toBeNull();
    expect(s.missing.map((m) => m.id)).toEqual(["a", "b"]);
  });

  it("refuses a missing value without a reason, a value that is not a number, and a unit given twice", () => {
    expect(() => series({ edition: "x", data: [d("a", null)] })).toThrow(/no reason/);
    expect(() => series({ edition: "x", data: [d("a", Number.NaN)] })).toThrow(/not a number/);
    expect(() => series({ edition: "x", data: [d("a", 1), d("a", 2)] })).toThrow(/twice/);
  });
});

describe("ranking layout()", () => {
  const many = crowded(63, 38, 48, 3).map((v, i) => ({ id: unitId(i), label: unitLabel(i), value: v, highlight: i === 13 }));
  const withMissing = [...many, { id: "m1", label: "Missing One", value: null, missing: "no_data" as const }];
  const s = series({ edition: "2024", domain: [0, 80], data: withMissing });
  const l = layout(s, {});

  it("draws bars from 0 with lengths growing with the value", () => {
    const x0 = l.bars[0]!.x;
    for (const b of l.bars) expect(b.x).toBeCloseTo(x0);
    const byValue = [...l.bars].sort((a, b) => a.value - b.value);
    for (let i = 1; i < byValue.length; i++) expect(byValue[i]!.width).toBeGreaterThanOrEqual(byValue[i - 1]!.width);
  });

  it("gives each of 63 bars its own row, tall enough that no two labels overlap", () => {
    expect(l.bars).toHaveLength(63);
    for (let i = 1; i < l.bars.length; i++) expect(l.bars[i]!.textY - l.bars[i - 1]!.textY).toBeGreaterThanOrEqual(l.fontSize * 1.35);
    expect(l.height).toBeGreaterThan(63 * l.fontSize * 1.35);
  });

  it("keeps value labels inside the chart and clear of the names", () => {
    for (const b of l.bars) {
      expect(b.valueX).toBeGreaterThan(l.plotX0);
      expect(b.x).toBeGreaterThanOrEqual(l.nameX);
    }
    expect(l.plotX1).toBeLessThanOrEqual(l.width);
  });

  it("marks the median inside the plot and lists missing units below the bars", () => {
    expect(l.median!.x).toBeGreaterThan(l.plotX0);
    expect(l.median!.x).toBeLessThan(l.plotX1);
    expect(l.missingHeadingY!).toBeGreaterThan(l.gridY1);
    expect(l.missing.map((m) => m.id)).toEqual(["m1"]);
    expect(l.missing[0]!.y).toBeLessThanOrEqual(l.height);
  });

  it("lays out a single unit and an empty edition without NaN", () => {
    const one = layout(series({ edition: "x", data: [d("a", 5)] }), {});
    const none = layout(series({ edition: "x", data: [d("a", null, { missing: "no_data" })] }), {});
    expect(JSON.stringify([one, none])).not.toContain("NaN");
    expect(none.bars).toEqual([]);
    expect(none.median).toBeNull();
    expect(none.missing).toHaveLength(1);
  });
});

describe("<RankingBars>", () => {
  it("renders one bar per ranked unit, a title, the tie marks, and no NaN", () => {
    const s = series({ edition: "2024", data: [d("a", 9), d("b", 8, { highlight: true }), d("c", 8), d("e", null, { missing: "no_data" })] });
    const html = renderToStaticMarkup(createElement(RankingBars, {
      id: "r", lang: "vi", layout: layout(s, {}), title: "PAPI 2024", desc: "B đứng thứ 2",
      text: { median: "Trung vị", notRanked: "Không xếp hạng", reasons },
    }));
    expect(html.match(/<rect/g)).toHaveLength(3);
    expect(html).toContain("<title id=\"r-svg-title\">PAPI 2024</title>");
    expect(html).toContain(">=2<");
    expect(html).toContain("No data");
    expect(html).toContain("Trung vị: 8");
    expect(html).toContain('data-highlight="true"');
    expect(html).not.toContain("NaN");
  });
});
