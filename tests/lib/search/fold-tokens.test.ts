import { describe, expect, it } from "vitest";
import { compact, exactTokens, foldTokens, hasDiacritics, highlightRanges, splitByRanges, wordsStart } from "../../../src/lib/search/fold-tokens.ts";

// How the engine asks "does every query word start a word of the text?", folded or exact.
const foldedPrefixMatch = (text: string, query: string) => wordsStart(foldTokens(text), foldTokens(query));
const exactPrefixMatch = (text: string, query: string) => wordsStart(exactTokens(text), exactTokens(query));
import { foldAligned } from "../../../src/lib/text/fold.ts";

describe("search folding", () => {
  it("folds tones and đ/Đ so unaccented queries match: dat dai, da nang, dak lak, chinh phu dien tu", () => {
    expect(foldTokens("Luật Đất đai")).toEqual(["luat", "dat", "dai"]);
    expect(foldedPrefixMatch("Thành phố Đà Nẵng", "da nang")).toBe(true);
    expect(foldedPrefixMatch("Tỉnh ĐẮK LẮK", "dak lak")).toBe(true);
    expect(foldedPrefixMatch("Nghị quyết về Chính phủ điện tử", "chinh phu dien tu")).toBe(true);
    expect(foldedPrefixMatch("Đà Nẵng", "ha noi")).toBe(false);
  });

  it("tells an exact-diacritic match from a folded one", () => {
    expect(hasDiacritics("dân")).toBe(true);
    expect(hasDiacritics("dan")).toBe(false);
    expect(hasDiacritics("đ")).toBe(true);
    expect(exactPrefixMatch("Dân chủ ở cơ sở", "dân")).toBe(true);
    expect(exactPrefixMatch("Dẫn chứng", "dân")).toBe(false);
  });

  it("compacts TP.HCM, TP HCM and TPHCM to one key", () => {
    expect(compact("TP.HCM")).toBe("tphcm");
    expect(compact("TP HCM")).toBe("tphcm");
    expect(compact("tphcm")).toBe("tphcm");
  });

  it("folds letter by letter keeping positions, so a folded match highlights the original", () => {
    const s = "Thành phố Đà Nẵng";
    expect(foldAligned(s)).toHaveLength(s.length);
    expect(foldAligned(s)).toBe("thanh pho da nang");
    const ranges = highlightRanges(s, "da nang");
    expect(ranges.map(([a, b]) => s.slice(a, b))).toEqual(["Đà", "Nẵng"]);
    expect(splitByRanges("Đà Nẵng", highlightRanges("Đà Nẵng", "da"))).toEqual([{ text: "Đà", hit: true }, { text: " Nẵng", hit: false }]);
  });

  it("highlights the prefix typed, not the whole word", () => {
    const s = "Chỉ thị 10/CT-UBND";
    expect(highlightRanges(s, "chi th 10").map(([a, b]) => s.slice(a, b))).toEqual(["Chỉ", "th", "10"]);
  });
});
