import { describe, expect, it } from "vitest";
import { differing, preferred } from "../../../src/lib/metrics/preferred.ts";
import type { Source } from "../../../src/lib/schema/tables.ts";

type R = { value: number | null; rank: number | null; rank_text: string; source: string };
const row = (source: string, value: number | null, rank: number | null = null): R => ({ value, rank, rank_text: "", source });
const kinds: Record<string, Source["kind"]> = { a: "news", b: "news", c: "news", off: "official_file" };
const kindOf = (id: string) => kinds[id]!;

describe("preferred()", () => {
  it("takes the figure most sources print (Hòa Bình 86.76 twice over 86.89 once)", () => {
    const rows = [row("a", 86.89), row("b", 86.76), row("c", 86.76)];
    expect(preferred(rows, kindOf)?.value).toBe(86.76);
  });

  it("breaks a tie in favour of an official file over the press", () => {
    expect(preferred([row("a", 1), row("off", 2)], kindOf)?.source).toBe("off");
  });

  it("prefers a row that prints a value over a rank-only row", () => {
    expect(preferred([row("off", null, 3), row("a", 91.43, 3)], kindOf)?.source).toBe("a");
  });

  it("returns the only row, and nothing for no rows", () => {
    expect(preferred([row("a", 1)], kindOf)?.source).toBe("a");
    expect(preferred([], kindOf)).toBeUndefined();
  });

  it("does not count a page that prints only the same rank as differing, but one with another rank", () => {
    const rows = [row("a", 93.35, 2), row("b", null, 2), row("c", null, 3)];
    expect(differing(rows, rows[0]!).map((r) => r.source)).toEqual(["c"]);
  });

  it("lists the rows whose figure differs from the chosen one, not those that agree", () => {
    const rows = [row("a", 86.89), row("b", 86.76), row("c", 86.76)];
    const chosen = preferred(rows, kindOf)!;
    expect(differing(rows, chosen).map((r) => r.source)).toEqual(["a"]);
  });
});
