import { describe, expect, it } from "vitest";
import { buildSearchIndex, loadSearchIndex, search } from "../../../src/lib/search/engine.ts";
import { FIXTURE_CORPUS } from "./search-data.ts";

describe("search ranking on a fixture corpus", () => {
  const data = buildSearchIndex(FIXTURE_CORPUS);
  // Through JSON, as the browser receives it.
  const ix = loadSearchIndex(JSON.parse(JSON.stringify(data)));
  const numbers = (q: string, n = 3) => search(ix, q, { limit: n }).map((r) => r.record.number);

  it("ranks the document whose title is the query first, above those that only mention it", () => {
    expect(numbers("Chính phủ điện tử")[0]).toBe("8/KH-UBND");
    expect(numbers("chinh phu dien tu")[0]).toBe("8/KH-UBND");
  });

  it("finds an accented title in the top 3 for a query typed without diacritics", () => {
    expect(numbers("dat dai")).toContain("5/KH-UBND");
    expect(numbers("nang cao chi so cai cach")).toContain("10/CT-UBND");
  });

  it("puts Nghị quyết 17/NQ-CP first for '17 nq cp', 'NQ 17' and '17/nq-cp'", () => {
    for (const q of ["17 nq cp", "NQ 17", "17/nq-cp", "nghi quyet 17"]) expect(numbers(q)[0], q).toBe("17/NQ-CP");
  });

  it("puts Quyết định 766/QĐ-TTg first for 766/QD-TTg", () => {
    expect(numbers("766/QD-TTg")[0]).toBe("766/QĐ-TTg");
  });

  it("puts Chỉ thị 10/CT-UBND first for 'chi thi 10', not 107/2021/NĐ-CP", () => {
    expect(numbers("chi thi 10")[0]).toBe("10/CT-UBND");
  });

  it("ranks an exact-diacritic match above a folded one", () => {
    expect(numbers("Dân")[0]).toBe("7/KH-UBND");
    expect(numbers("Dần")[0]).toBe("6/KH-UBND");
  });

  it("forgives a small typo in a title", () => {
    expect(numbers("chinh phu dein tu")).toContain("8/KH-UBND");
    expect(numbers("dan chu o co so")[0]).toBe("7/KH-UBND");
  });

  it("highlights what matched in the title and subtitle", () => {
    const top = search(ix, "17 nq", { limit: 1 })[0]!;
    const t = top.record.title;
    expect(top.highlight.title.map(([a, b]) => t.slice(a, b))).toEqual(["17", "NQ"]);
    const dd = search(ix, "dat dai", { limit: 5 }).find((r) => r.record.number === "5/KH-UBND")!;
    expect(dd.highlight.subtitle.map(([a, b]) => dd.record.subtitle.slice(a, b))).toEqual(["đất", "đai"]);
  });

  it("returns nothing for an empty query, and only the kinds asked for", () => {
    expect(search(ix, "  ")).toEqual([]);
    expect(search(ix, "dat dai", { kinds: ["province"] })).toEqual([]);
  });
});
