import { describe, expect, it } from "vitest";
import { compareVersions, parseVersion } from "../../../src/lib/releases/semver.ts";

describe("versions", () => {
  it("parseVersion() reads MAJOR.MINOR.PATCH and refuses pre-releases, leading zeros and words", () => {
    expect(parseVersion("1.10.0")).toEqual([1, 10, 0]);
    for (const v of ["1.0", "1.0.0-rc.1", "01.0.0", "v1.0.0", ""]) expect(parseVersion(v), v).toBeNull();
  });

  it("compareVersions() orders numerically, not as text", () => {
    expect(compareVersions("1.10.0", "1.9.9")).toBeGreaterThan(0);
    expect(compareVersions("1.0.1", "1.0.1")).toBe(0);
    expect(compareVersions("0.9.0", "1.0.0")).toBeLessThan(0);
    expect(() => compareVersions("1.0", "1.0.0")).toThrow(/not a version: 1\.0/);
  });
});
