import { describe, expect, it } from "vitest";
import { formatValue } from "../../../src/lib/format/value.ts";

describe("formatValue", () => {
  it("formatValue() adds a percent sign to percent values only: 84.38 → 84,38%", () => {
    expect(formatValue(84.38, "percent", "vi")).toBe("84,38%");
    expect(formatValue(84.38, "percent", "en")).toBe("84.38%");
  });

  it("formatValue() prints points, counts and ranks as plain locale numbers", () => {
    expect(formatValue(46.0415, "points", "vi")).toBe("46,0415");
    expect(formatValue(268763, "count", "vi")).toBe("268.763");
    expect(formatValue(53, "rank", "en")).toBe("53");
  });
});
