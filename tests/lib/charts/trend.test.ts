import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { layout, series, type TrendInput } from "../../../src/lib/charts/trend.ts";
import { TrendLines } from "../../../src/components/charts/TrendLines.tsx";
import type { MissingReason } from "../../../src/lib/charts/types.ts";
import { crowded, moveCount } from "./synthetic.ts";

const reasons: Record<MissingReason, string> = { not_published: "Not published", no_data: "No data", not_surveyed: "Not surveyed", unit_not_existing: "Did not exist", no_row: "No row" };
const YEARS = ["2015", "2016", "2017", "2018", "2019", "2020"];
const groupOf = (e: string) => (Number(e) <= 2017 ? "old" : "new");
const groups = [{ id: "old", label: "max 60", min: 6, max: 60 }, { id: "new", label: "max 80", min: 8, max: 80 }];
const all = (e: string, i: number) => crowded(20, Number(e) <= 2017 ? 30 : 40, Number(e) <= 2017 ? 40 : 50, 10 + i);

function input(units: TrendInput["units"], allValues = true): TrendInput {
  return { editions: YEARS.map((e, i) => ({ edition: e, group: groupOf(e), ...(allValues ? { allValues: all(e, i) } : {}) })), groups, units };
}

const full = { id: "a", label: "A", points: YEARS.map((e, i) => ({ edition: e, value: (Number(e) <= 2017 ? 34 : 44) + i * 0.5 })) };
const gappy = {
  id: "b", label: "B",
  points: [
    { edition: "2015", value: 33 }, { edition: "2016", value: null, missing: "no_data" as const }, { edition: "2017", value: 35 },
    { edition: "2018", value: 45 }, { edition: "2019", value: 46 },
  ],
};

describe("trend series()", () => {
  it("aligns every unit to every edition and gives an absent point the reason no_row", () => {
    const s = series(input([gappy]));
    expect(s.units[0]!.points.map((p) => [p.edition, p.value, p.missing])).toEqual([
      ["2015", 33, null], ["2016", null, "no_data"], ["2017", 35, null], ["2018", 45, null], ["2019", 46, null], ["2020", null, "no_row"],
    ]);
  });

  it("computes each edition's national median and interquartile range from all units' values", () => {
    const s = series({ ...input([]), editions: [{ edition: "2015", group: "old", allValues: [1, 2, null, 3, 4, 5] }] });
    expect(s.editions[0]!.spread).toEqual({ median: 3, q1: 2, q3: 4, n: 5 });
  });

  it("gives an edition where no unit has a value no band", () => {
    const s = series({ ...input([]), editions: [{ edition: "2015", group: "old", allValues: [null, null] }] });
    expect(s.editions[0]!.spread).toBeNull();
  });

  it("sorts editions and refuses a point for an unknown edition, a missing value without reason, or an unknown group", () => {
    expect(series({ ...input([]), editions: [...input([]).editions].reverse() }).editions.map((e) => e.edition)).toEqual(YEARS);
    expect(() => series(input([{ id: "x", label: "X", points: [{ edition: "1999", value: 1 }] }]))).toThrow(/unknown edition/);
    expect(() => series(input([{ id: "x", label: "X", points: [{ edition: "2015", value: null }] }]))).toThrow(/no reason/);
    expect(() => series({ ...input([]), groups: [] })).toThrow(/unknown group/);
  });
});

describe("trend layout()", () => {
  const l = layout(series(input([full, gappy])), {});

  it("breaks a line at the methodology break: one M per comparability group", () => {
    expect(moveCount(l.lines[0]!.path)).toBe(2);
  });

  it("breaks a line at a missing value too, and never draws the missing value as a point", () => {
    // 2015 | gap (2016 missing) | 2017 | break | 2018–2019: three segments.
    expect(moveCount(l.lines[1]!.path)).toBe(3);
    expect(l.points.filter((p) => p.unitId === "b").map((p) => p.edition)).toEqual(["2015", "2017", "2018", "2019"]);
  });

  it("puts a missing value on a row below the plot at its edition's x, with its reason", () => {
    const marks = l.missing.marks.filter((m) => m.unitId === "b");
    expect(marks.map((m) => [m.edition, m.reason])).toEqual([["2016", "no_data"], ["2020", "no_row"]]);
    const x2016 = l.xTicks.find((t) => t.edition === "2016")!.position;
    expect(marks[0]!.x).toBe(x2016);
    for (const m of marks) expect(m.y).toBeGreaterThan(l.xLabelY);
    expect(l.missing.notes.map((n) => [n.unitId, n.reason, n.editionsText])).toEqual([["b", "no_data", "2016"], ["b", "no_row", "2020"]]);
    expect(l.height).toBeGreaterThan(Math.max(...l.missing.notes.map((n) => n.reasonY)));
  });

  it("gives each comparability group its own panel and axis within the group's scale", () => {
    expect(l.panels.map((p) => p.group)).toEqual(["old", "new"]);
    expect(l.panels[0]!.x1).toBeLessThan(l.panels[1]!.x0);
    const [old, neu] = l.panels;
    expect(old!.domain[0]).toBeGreaterThanOrEqual(6);
    expect(neu!.domain[1]).toBeLessThanOrEqual(80);
    // The same share of each scale per pixel on both sides of the break.
    expect((old!.domain[1] - old!.domain[0]) / 54).toBeCloseTo((neu!.domain[1] - neu!.domain[0]) / 72);
  });

  it("places higher values higher within a panel", () => {
    const a = l.points.filter((p) => p.unitId === "a");
    for (let i = 1; i < 3; i++) expect(a[i]!.y).toBeLessThan(a[i - 1]!.y);
    for (const p of l.points) {
      expect(p.y).toBeGreaterThanOrEqual(l.plotTop);
      expect(p.y).toBeLessThanOrEqual(l.plotBottom);
    }
  });

  it("draws the median band broken at the methodology break", () => {
    expect(moveCount(l.band!.area)).toBe(2);
    expect(moveCount(l.band!.median)).toBe(2);
  });

  it("breaks the band at an empty edition and marks a band left alone as a bar", () => {
    const inp = input([full]);
    const editions = inp.editions.map((e) => (e.edition === "2019" ? { ...e, allValues: [null, null] } : e));
    const lb = layout(series({ ...inp, editions }), {});
    // 2015–2017 | break | 2018 | 2019 empty | 2020: 2018 and 2020 stand alone.
    expect(moveCount(lb.band!.median)).toBe(3);
    expect(lb.band!.lone.map((b) => b.edition)).toEqual(["2018", "2020"]);
  });

  it("labels edition ticks without overlap", () => {
    const labelled = l.xTicks.filter((t) => t.labelled);
    for (let i = 1; i < labelled.length; i++) expect(labelled[i]!.position - labelled[i - 1]!.position).toBeGreaterThan(30);
  });

  it("lays out a single unit in a single edition, and a unit with no values at all, without NaN", () => {
    const one = layout(series({ editions: [{ edition: "2024", group: "new" }], groups, units: [{ id: "a", label: "A", points: [{ edition: "2024", value: 44 }] }] }), {});
    expect(one.points).toHaveLength(1);
    expect(JSON.stringify(one)).not.toContain("NaN");
    const empty = layout(series(input([{ id: "z", label: "Z", points: [] }], false)), {});
    expect(empty.points).toEqual([]);
    expect(empty.band).toBeNull();
    expect(empty.missing.marks).toHaveLength(6);
    expect(JSON.stringify(empty)).not.toContain("NaN");
  });
});

describe("trend layout() for small multiples", () => {
  it("uses a fixed domain per comparability group when given, so panels share one scale", () => {
    const lowUnit = { id: "low", label: "Low", points: YEARS.map((e) => ({ edition: e, value: Number(e) <= 2017 ? 31 : 41 })) };
    const highUnit = { id: "high", label: "High", points: YEARS.map((e) => ({ edition: e, value: Number(e) <= 2017 ? 39 : 49 })) };
    const own = [lowUnit, highUnit].map((u) => layout(series(input([u], false)), {}));
    expect(own[0]!.panels.map((p) => p.domain)).not.toEqual(own[1]!.panels.map((p) => p.domain));
    const domains = { old: [30, 40] as const, new: [40, 50] as const };
    const shared = [lowUnit, highUnit].map((u) => layout(series(input([u], false)), {}, { domains }));
    expect(shared.map((l) => l.panels.map((p) => [p.group, p.domain]))).toEqual([
      [["old", [30, 40]], ["new", [40, 50]]],
      [["old", [30, 40]], ["new", [40, 50]]],
    ]);
  });
});

describe("<TrendLines>", () => {
  it("renders one line per unit, one marker per value, a title, and no NaN", () => {
    const l = layout(series(input([full, gappy])), {});
    const html = renderToStaticMarkup(createElement(TrendLines, {
      id: "t", lang: "en", layout: l, title: "Trend", desc: "Two units",
      text: { band: "Median and middle half", missing: "Missing values", reasons },
    }));
    const lines = html.slice(html.indexOf('class="lines"'), html.indexOf('class="points"'));
    expect(lines.match(/<path/g)).toHaveLength(2);
    const points = html.slice(html.indexOf('class="points"'), html.indexOf('class="missing"'));
    expect(points.match(/<path/g)).toHaveLength(l.points.length);
    expect(html).toContain("<title id=\"t-svg-title\">Trend</title>");
    expect(html).toContain("B (2016):");
    expect(html).not.toContain("NaN");
  });
});
