import { describe, expect, it } from "vitest";
import { rank } from "../../../src/lib/metrics/rank.ts";

const v = (d: { v: number | null }) => d.v;

describe("rank()", () => {
  it("gives ties the same rank and skips the next ranks (1, 2, 2, 4)", () => {
    const r = rank([{ v: 9 }, { v: 7 }, { v: 8 }, { v: 8 }], v);
    expect(r.map((d) => d.rank)).toEqual([1, 4, 2, 2]);
  });

  it("leaves missing values unranked and out of the count", () => {
    const r = rank([{ v: 1 }, { v: null }, { v: 3 }], v);
    expect(r.map((d) => [d.rank, d.of])).toEqual([[2, 2], [null, 2], [1, 2]]);
  });

  it("ranks a single unit first of one, and nothing when every value is missing", () => {
    expect(rank([{ v: 5 }], v)[0]).toMatchObject({ rank: 1, of: 1 });
    expect(rank([{ v: null }], v)[0]).toMatchObject({ rank: null, of: 0 });
    expect(rank([], v)).toEqual([]);
  });

  it("ranks lowest first when asked (e.g. processing time)", () => {
    expect(rank([{ v: 2 }, { v: 1 }], v, "asc").map((d) => d.rank)).toEqual([2, 1]);
  });
});
