import { describe, expect, it } from "vitest";
import { difference, placesGained } from "../../../src/lib/charts/change.ts";
import { dodge, dodgeSpan } from "../../../src/lib/charts/dodge.ts";
import { editionRanges, editionTicks, placeEditions } from "../../../src/lib/charts/editions.ts";
import { spread } from "../../../src/lib/charts/median.ts";
import { textWidth } from "../../../src/lib/charts/text-metrics.ts";
import { crowded } from "./synthetic.ts";

describe("dodge()", () => {
  it("leaves labels that do not collide where they want to be", () => {
    expect(dodge([0, 20, 40], 10)).toEqual([0, 20, 40]);
  });

  it("centres a block of colliding labels on their wishes", () => {
    expect(dodge([10, 10], 10)).toEqual([5, 15]);
    expect(dodge([30, 0, 30], 10)).toEqual([25, 0, 35]);
  });

  it("keeps every label at least gap from its neighbours and in the order of its wish", () => {
    const wanted = crowded(63, 100, 140, 7);
    const placed = dodge(wanted, 16, 0, dodgeSpan(63, 16));
    const order = wanted.map((_, i) => i).sort((a, b) => wanted[a]! - wanted[b]! || a - b);
    for (let k = 1; k < order.length; k++) {
      expect(placed[order[k]!]! - placed[order[k - 1]!]!).toBeGreaterThanOrEqual(16 - 1e-9);
    }
  });

  it("stays within [lo, hi] when the labels fit", () => {
    const placed = dodge([0, 0, 0, 100, 100, 100], 10, 0, 100);
    expect(Math.min(...placed)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...placed)).toBeLessThanOrEqual(100);
  });

  it("returns nothing for no labels", () => {
    expect(dodge([], 10)).toEqual([]);
  });
});

describe("spread()", () => {
  it("gives the median and quartiles of the values present, ignoring missing ones", () => {
    expect(spread([5, null, 1, 3, 2, 4])).toEqual({ median: 3, q1: 2, q3: 4, n: 5 });
  });

  it("is null for an edition where no unit has a value", () => {
    expect(spread([null, null])).toBeNull();
    expect(spread([])).toBeNull();
  });
});

describe("difference()", () => {
  it("subtracts without binary noise, to the decimals the figures carry", () => {
    expect(difference(45.7875, 46.0415)).toBe(0.254);
    expect(difference(36.40502, 36.1)).toBe(-0.30502);
    expect(difference(2, 2)).toBe(0);
  });

  it("counts places gained: 5th to 2nd is +3", () => {
    expect(placesGained(5, 2)).toBe(3);
    expect(placesGained(2, 5)).toBe(-3);
  });
});

describe("placeEditions() and editionTicks()", () => {
  const editions = ["2015", "2016", "2017", "2018", "2019"].map((e) => ({ edition: e, group: Number(e) < 2018 ? "a" : "b" }));

  it("places editions at equal steps and opens a gap between comparability groups", () => {
    const p = placeEditions(editions, 0, 120, 20);
    expect(p.step).toBe(20);
    expect(p.panels.map((x) => [x.group, x.x0, x.x1])).toEqual([["a", 0, 60], ["b", 80, 120]]);
    expect([...p.x.values()]).toEqual([10, 30, 50, 90, 110]);
  });

  it("thins tick labels so none overlap and always labels the latest edition", () => {
    const p = placeEditions(editions, 0, 120, 20);
    const ticks = editionTicks(p, 30, 4);
    const labelled = ticks.filter((t) => t.labelled);
    expect(labelled[labelled.length - 1]!.edition).toBe("2019");
    for (let i = 1; i < labelled.length; i++) expect(labelled[i]!.position - labelled[i - 1]!.position).toBeGreaterThanOrEqual(34);
    expect(ticks).toHaveLength(5);
  });

  it("places nothing for no editions", () => {
    expect(placeEditions([], 0, 100, 10).panels).toEqual([]);
  });

  it("joins consecutive editions into ranges", () => {
    const all = ["2011", "2012", "2013", "2014", "2016", "2017"];
    expect(editionRanges(["2011", "2012", "2013", "2016"], all)).toBe("2011–2013, 2016");
    expect(editionRanges(["2016", "2017"], all)).toBe("2016, 2017");
  });
});

describe("textWidth()", () => {
  it("measures Vietnamese letters as their base letters and grows with length and weight", () => {
    expect(textWidth("Đà Nẵng")).toBeCloseTo(textWidth("Da Nang"));
    expect(textWidth("Quảng Trị", 12.5, true)).toBeGreaterThan(textWidth("Quảng Trị"));
    expect(textWidth("")).toBe(0);
  });
});
