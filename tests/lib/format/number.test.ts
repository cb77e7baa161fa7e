import { describe, expect, it } from "vitest";
import { decimalsOf, formatNumber, formatPercent, isShortened } from "../../../src/lib/format/number.ts";

describe("formatNumber", () => {
  it("formatNumber() prints a Vietnamese decimal comma: 84.38 → 84,38", () => {
    expect(formatNumber(84.38, "vi")).toBe("84,38");
  });

  it("formatNumber() prints an English decimal point: 84.38 → 84.38", () => {
    expect(formatNumber(84.38, "en")).toBe("84.38");
  });

  it("formatNumber() keeps every decimal the data has: 46.0415 → 46,0415", () => {
    expect(formatNumber(46.0415, "vi")).toBe("46,0415");
    expect(formatNumber(46.0415, "en")).toBe("46.0415");
  });

  it("formatNumber() prints at most four decimals, as PAPI reports do: 36.40502 → 36,4050", () => {
    expect(formatNumber(36.40502, "vi")).toBe("36,4050");
    expect(formatNumber(0.8689144, "en")).toBe("0.8689");
  });

  it("formatNumber() shows a widened single-precision value as the producer's figure: 42.3194694519043 → 42,3195", () => {
    expect(formatNumber(42.3194694519043, "vi")).toBe("42,3195");
    expect(isShortened(42.3194694519043)).toBe(true);
    expect(isShortened(46.0415)).toBe(false);
  });

  it("formatNumber() groups thousands with a dot in vi and a comma in en", () => {
    expect(formatNumber(22000, "vi")).toBe("22.000");
    expect(formatNumber(1234567.5, "vi")).toBe("1.234.567,5");
    expect(formatNumber(1234567.5, "en")).toBe("1,234,567.5");
  });

  it("formatNumber() pads to the decimals asked for: 88.3 with 2 decimals → 88,30", () => {
    expect(formatNumber(88.3, "vi", { decimals: 2 })).toBe("88,30");
    expect(formatNumber(46.04, "en", { decimals: 4 })).toBe("46.0400");
  });

  it("formatNumber() shows more decimals than asked for rather than round: 46.0415 with 2 → 46,0415", () => {
    expect(formatNumber(46.0415, "vi", { decimals: 2 })).toBe("46,0415");
  });

  it("formatNumber() drops binary noise from sums but no real digit: 0.1 + 0.2 → 0,3", () => {
    expect(formatNumber(0.1 + 0.2, "vi")).toBe("0,3");
    expect(formatNumber(5.059 + 5.2441 + 4.8117, "en")).toBe("15.1148");
  });

  it("formatNumber() prints zero and negative numbers as they are", () => {
    expect(formatNumber(0, "vi")).toBe("0");
    expect(formatNumber(-3.5, "vi")).toBe("-3,5");
    expect(formatNumber(-1.39, "en")).toBe("-1.39");
  });

  it("formatNumber() prints very small values in full instead of exponent notation", () => {
    expect(formatNumber(0.0000015, "en")).toBe("0.0000015");
  });

  it("formatNumber() refuses NaN and infinity, which are never data", () => {
    expect(() => formatNumber(Number.NaN, "vi")).toThrow(RangeError);
    expect(() => formatNumber(Number.POSITIVE_INFINITY, "en")).toThrow(RangeError);
  });
});

describe("decimalsOf", () => {
  it("decimalsOf() counts the decimals a number carries, ignoring float noise", () => {
    expect(decimalsOf(84.38)).toBe(2);
    expect(decimalsOf(63)).toBe(0);
    expect(decimalsOf(0.1 + 0.2)).toBe(1);
    expect(decimalsOf(1.5e-7)).toBe(8);
  });
});

describe("formatPercent", () => {
  it("formatPercent() takes a value already in percent: 84.38 → 84,38% in vi, 84.38% in en", () => {
    expect(formatPercent(84.38, "vi")).toBe("84,38%");
    expect(formatPercent(84.38, "en")).toBe("84.38%");
  });

  it("formatPercent() pads like formatNumber: 96.1 with 2 decimals → 96,10%", () => {
    expect(formatPercent(96.1, "vi", { decimals: 2 })).toBe("96,10%");
  });
});
