import { describe, expect, it } from "vitest";
import { matchNames } from "../../../src/components/compare/match.ts";
import { fold } from "../../../src/lib/text/fold.ts";

const names = ["An Giang", "Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Hà Nam", "Hà Nội", "Thừa Thiên Huế", "Quảng Nam"];
const folded = names.map(fold);
const found = (q: string, exclude?: Set<number>) => matchNames(folded, q, exclude).map((i) => names[i]);

describe("matchNames()", () => {
  it("finds a name typed without diacritics, with them, or run together", () => {
    expect(found("da nang")).toEqual(["Đà Nẵng"]);
    expect(found("Đà Nẵng")).toEqual(["Đà Nẵng"]);
    expect(found("danang")).toEqual(["Đà Nẵng"]);
    expect(found("DA NANG")).toEqual(["Đà Nẵng"]);
  });

  it("puts names that start with the query before names with a later word starting with it", () => {
    expect(found("nam")).toEqual(["Hà Nam", "Quảng Nam"]);
    expect(found("ha n")).toEqual(["Hà Nam", "Hà Nội"]);
    expect(found("dak")).toEqual(["Đắk Lắk", "Đắk Nông"]);
    expect(found("hue")).toEqual(["Thừa Thiên Huế"]);
  });

  it("leaves out names already chosen, and matches nothing for an empty query", () => {
    expect(found("ha n", new Set([4]))).toEqual(["Hà Nội"]);
    expect(found("  ")).toEqual([]);
    expect(found("xyz")).toEqual([]);
  });
});
