import { describe, expect, it } from "vitest";
import { fold, matchesPrefix } from "../../../src/lib/text/fold.ts";

describe("fold()", () => {
  it("removes tones and folds đ to d, in either case", () => {
    expect(fold("Đà Nẵng")).toBe("da nang");
    expect(fold("ĐẮK LẮK")).toBe("dak lak");
    expect(fold("đất đai")).toBe("dat dai");
  });
  it("folds decomposed (NFD) input the same as composed", () => {
    expect(fold("Thừa Thiên Huế".normalize("NFD"))).toBe(fold("Thừa Thiên Huế"));
  });
  it("turns punctuation into single spaces", () => {
    expect(fold("Bà Rịa - Vũng Tàu")).toBe("ba ria vung tau");
    expect(fold("TP.HCM")).toBe("tp hcm");
  });
});

describe("matchesPrefix()", () => {
  it("finds a name typed without diacritics, word by word", () => {
    expect(matchesPrefix("Đà Nẵng", "da nang")).toBe(true);
    expect(matchesPrefix("Đà Nẵng", "da n")).toBe(true);
    expect(matchesPrefix("Bà Rịa - Vũng Tàu", "vung tau")).toBe(true);
  });
  it("does not match a word that is not there, or an empty query", () => {
    expect(matchesPrefix("Đà Nẵng", "ha noi")).toBe(false);
    expect(matchesPrefix("Đà Nẵng", "  ")).toBe(false);
  });
});
