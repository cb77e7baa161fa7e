import { describe, expect, it } from "vitest";
import { compareAtPrintedPrecision, crossCheck } from "../../../src/lib/metrics/cross-check.ts";
import { loadData } from "../../../src/lib/load/index.ts";
import { directoryReader } from "../../../src/lib/load/fs.ts";

describe("compareAtPrintedPrecision()", () => {
  it("matches a figure rounded to its printed decimals", () => {
    expect(compareAtPrintedPrecision(46.04, 46.0415)).toBe("match");
  });
  it("tells a truncated figure apart from a rounded one (45.78 for 45.7875)", () => {
    expect(compareAtPrintedPrecision(45.78, 45.7875)).toBe("match_truncated");
  });
  it("flags a printed typo (48.881 for 48.8114)", () => {
    expect(compareAtPrintedPrecision(48.881, 48.8114)).toBe("mismatch");
  });
  it("has nothing to compare when we have no value", () => {
    expect(compareAtPrintedPrecision(1, null)).toBe("no_value");
  });
});

describe("crossCheck() over data/", () => {
  const r = loadData(directoryReader("data"));
  it("finds exactly the mismatches the source compilation documents, and every other figure matching", () => {
    if (!r.ok) throw new Error("data/ does not validate");
    const checked = crossCheck(r.data.publishedChecks.rows, r.data.indices["papi"]!.values.rows);
    const mismatches = checked.filter((c) => c.match === "mismatch").map((c) => `${c.row.edition} ${c.row.unit} ${c.row.indicator} ${c.row.published_value}`).sort();
    // ../shared/sources/README.md §1: TTH 2023 dimension 2 printed 5.8366 (two pages),
    // Quảng Ninh 2020 printed 48.881, Quảng Ninh 2019 printed 44.66 (official 46.66).
    expect(mismatches).toEqual(["2019 vn63-22 total 44.66", "2020 vn63-22 total 48.881", "2023 vn63-46 d2 5.8366", "2023 vn63-46 d2 5.8366"]);
    expect(checked.filter((c) => c.match === "match" || c.match === "match_truncated").length).toBeGreaterThanOrEqual(290);
  });
});
