import { describe, expect, it } from "vitest";
import { PAGE_TYPES, counterpartPath } from "./page-types.ts";

describe("page types", () => {
  it("counterpartPath() maps every page type to its twin, both ways", () => {
    for (const p of PAGE_TYPES) {
      expect(counterpartPath(p.vi)).toBe(p.en);
      expect(counterpartPath(p.en)).toBe(p.vi);
    }
  });

  it("counterpartPath() translates listed segments and keeps codes and years", () => {
    expect(counterpartPath("/vi/procedures/2024/")).toBe("/en/procedures/2024/");
    expect(counterpartPath("/en/papi/ha-noi/")).toBe("/vi/papi/ha-noi/");
    expect(counterpartPath("/404.html")).toBeNull();
  });
});
