import { describe, expect, it } from "vitest";
import { looksLikeNumber, matchNumber, normaliseNumber } from "../../../src/lib/search/number.ts";

describe("document number normalisation", () => {
  it("normalises 17/NQ-CP, 17/nq-cp, 17 NQ CP and NQ 17 to the same parts", () => {
    expect(normaliseNumber("17/NQ-CP")).toBe("17 nq cp");
    expect(normaliseNumber("17/nq-cp")).toBe("17 nq cp");
    expect(normaliseNumber("17 NQ CP")).toBe("17 nq cp");
    expect(normaliseNumber("NQ 17")).toBe("17 nq");
  });

  it("folds Đ so 766/QD-TTg is 766/QĐ-TTg, and keeps years and letters in numbers", () => {
    expect(normaliseNumber("766/QD-TTg")).toBe(normaliseNumber("766/QĐ-TTg"));
    expect(normaliseNumber("107/2021/NĐ-CP")).toBe("107 2021 nd cp");
    expect(normaliseNumber("30c/NQ-CP")).toBe("30c nq cp");
  });

  it("matches every spelling of 17/NQ-CP, exactly or by its leading number", () => {
    for (const q of ["17/NQ-CP", "17/nq-cp", "17 NQ CP", "17 nq cp"]) expect(matchNumber(q, "17/NQ-CP"), q).toBe("exact");
    expect(matchNumber("NQ 17", "17/NQ-CP")).toBe("partial");
    expect(matchNumber("766/QD-TTg", "766/QĐ-TTg")).toBe("exact");
    expect(matchNumber("chi thi 10", "10/CT-UBND")).toBe("partial");
  });

  it("does not take a number for another that starts with the same digits", () => {
    expect(matchNumber("10", "107/2021/NĐ-CP")).toBeNull();
    expect(matchNumber("17/NQ-CP", "76/NQ-CP")).toBeNull();
    expect(matchNumber("dat dai", "17/NQ-CP")).toBeNull();
  });

  it("recognises a query with a number in it", () => {
    expect(looksLikeNumber("NQ 17")).toBe(true);
    expect(looksLikeNumber("da nang")).toBe(false);
  });
});
