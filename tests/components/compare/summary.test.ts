import { describe, expect, it } from "vitest";
import { decodeIndex, fill, listOf, profileEditions, sayer } from "../../../src/components/compare/model.ts";
import { profileSummary, rankSummary, trendSummary } from "../../../src/components/compare/summary.ts";
import { compareStrings, type CompareIndex } from "../../../src/lib/views/compare.ts";

// Two units (A, B), three editions; the method changed in 2018.
const index: CompareIndex = {
  index: "papi", title: "PAPI", short: "PAPI", href: "/vi/papi/", datasetVersion: "1.0.0", editions: [2017, 2018, 2019],
  indicators: [
    {
      id: "total", label: "Tổng điểm", level: "total", unit: "points",
      groups: [{ id: "g1", first: 2011, last: 2017, min: 6, max: 60 }, { id: "g2", first: 2018, last: 2024, min: 8, max: 80 }],
      groupAt: [0, 1, 1],
      values: "36.5,40.25,41.5,35,42,",
      status: "rrdrrn",
    },
    {
      id: "d1", label: "Tham gia", level: "dimension", unit: "points", groups: [{ id: "g2", first: 2018, last: 2024, min: 1, max: 10 }], groupAt: [-1, 0, 0],
      values: ",,5.5,,,",
      status: "-xr-xx",
    },
    {
      id: "d2", label: "Minh bạch", level: "dimension", unit: "points", groups: [{ id: "g2", first: 2018, last: 2024, min: 1, max: 10 }], groupAt: [-1, 0, 0],
      values: ",,6.25,,,",
      status: "-xr-xx",
    },
  ],
  ranks: "1/2c,2/2c,1/2c,2/2c,1/2c,",
  rankTexts: {},
  fullTable: true,
};
const say = sayer(compareStrings("vi"));
const data = decodeIndex(index, 2);
const chosen = [{ row: 0, name: "An Giang" }, { row: 1, name: "Bạc Liêu" }];

describe("decodeIndex()", () => {
  it("unpacks values, reasons and groups per unit and edition", () => {
    expect(data.indicators[0]!.cells[1]).toEqual([
      { value: 35, status: "reported", group: "g1" },
      { value: 42, status: "reported", group: "g2" },
      { value: null, status: "no_data", group: "g2" },
    ]);
    expect(data.indicators[1]!.cells[0]![0]).toEqual({ value: null, status: "absent", group: "" });
    expect(data.ranks[0]![1]).toEqual({ rank: 2, of: 2, basis: "computed", text: "" });
    expect(profileEditions(data)).toEqual([2019]);
  });

  it("refuses packed data whose length does not match the units and editions", () => {
    expect(() => decodeIndex(index, 3)).toThrow(/expected 9/);
  });
});

describe("summaries", () => {
  it("give first and latest value within the latest comparable period, in Vietnamese number format", () => {
    expect(trendSummary(data, chosen, "vi", say)).toBe(
      "An Giang: 40,25 năm 2018, 41,5 năm 2019; Bạc Liêu: 42 năm 2018. Năm 2018, trong các tỉnh, thành phố đã chọn, Bạc Liêu cao nhất (42) và An Giang thấp nhất (40,25).",
    );
  });

  it("give the latest rank and the move since the edition before, only within one period", () => {
    // Bạc Liêu rose from 2 to 1 between 2017 and 2018, across the method change: no move is claimed.
    expect(rankSummary(data, chosen, "vi", say)).toBe("An Giang hạng 1/2 năm 2019 (tăng 1 bậc so với 2018); Bạc Liêu hạng 1/2 năm 2018.");
  });

  it("name each unit's strongest and weakest dimension", () => {
    expect(profileSummary(data, chosen, 2019, "vi", say)).toBe(
      "An Giang: cao nhất ở “Minh bạch” (6,25), thấp nhất ở “Tham gia” (5,5); Bạc Liêu: không có điểm chỉ số nội dung năm 2019.",
    );
  });
});

describe("fill() and listOf()", () => {
  it("fill placeholders and leave unknown ones visible", () => {
    expect(fill("{a} và {b}", { a: 1 })).toBe("1 và {b}");
    expect(listOf(["A", "B", "C"], "và")).toBe("A, B và C");
    expect(listOf(["A"], "and")).toBe("A");
  });
});
