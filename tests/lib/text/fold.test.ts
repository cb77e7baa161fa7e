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

describe("fold() against the plain definition", () => {
  // The definition fold() implements character by character, for speed.
  const reference = (text: string) =>
    text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

  it("gives the same words for Vietnamese text, punctuation, decomposed marks and other scripts", () => {
    const samples = [
      "Quyết định 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ",
      "  Thừa Thiên - Huế, TP.HCM (Sài Gòn)!! ",
      "Nghị quyết số 17/NQ-CP\tvề Chính phủ điện tử\n2019–2020",
      "Đắk Lắk ĐẮK NÔNG đăk glei",
      "Ho\u0302\u0300 Chi\u0301 Minh", // decomposed: marks as separate code points
      "\u0301leading mark, Ærø, Straße, 東京 2024, émoji 🙂 ok",
      "",
      "---",
    ];
    for (const s of samples) expect(fold(s), s).toBe(reference(s));
  });
});
