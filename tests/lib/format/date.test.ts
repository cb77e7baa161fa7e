import { describe, expect, it } from "vitest";
import { formatDate } from "../../../src/lib/format/date.ts";

describe("formatDate", () => {
  it("formatDate() prints day/month/year in vi: 2026-11-22 → 22/11/2026", () => {
    expect(formatDate("2026-11-22", "vi")).toBe("22/11/2026");
    expect(formatDate("2019-03-07", "vi")).toBe("07/03/2019");
  });

  it("formatDate() prints day, short month and year in en: 2026-11-22 → 22 Nov 2026", () => {
    expect(formatDate("2026-11-22", "en")).toBe("22 Nov 2026");
    expect(formatDate("2019-03-07", "en")).toBe("7 Mar 2019");
  });

  it("formatDate() uses the same English month abbreviation whatever the ICU version: Sep, not Sept", () => {
    expect(formatDate("2026-09-02", "en")).toBe("2 Sep 2026");
  });

  it("formatDate() keeps a partial date's precision instead of inventing a day", () => {
    expect(formatDate("2024-04", "vi")).toBe("04/2024");
    expect(formatDate("2024-04", "en")).toBe("Apr 2024");
    expect(formatDate("2024", "vi")).toBe("2024");
  });

  it("formatDate() leaves an empty date empty", () => {
    expect(formatDate("", "vi")).toBe("");
  });

  it("formatDate() returns text that is not an ISO date unchanged rather than guess", () => {
    expect(formatDate("2021-09 (news dated 16/9/2021)", "en")).toBe("2021-09 (news dated 16/9/2021)");
    expect(formatDate("2024-13-01", "vi")).toBe("2024-13-01");
  });
});
