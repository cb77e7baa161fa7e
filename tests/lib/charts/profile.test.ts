import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DimensionProfile } from "../../../src/components/charts/DimensionProfile.tsx";
import { FONT, LINE } from "../../../src/lib/charts/chart-sizes.ts";
import { layout, series, type ProfileInput } from "../../../src/lib/charts/profile.ts";
import { measure, overlaps, textBox, type Box } from "../../../src/lib/charts/text-wrap.ts";
import type { MissingReason } from "../../../src/lib/charts/types.ts";

const dims = [
  { id: "d1", label: "Participation at local levels", min: 1, max: 10 },
  { id: "d2", label: "Transparency in local decision-making", min: 1, max: 10 },
  { id: "d3", label: "Vertical accountability towards citizens, a label long enough to wrap", min: 1, max: 10 },
];

/** Generated values: unit i scores 3 + i × 0.5 on every dimension, so ranges and medians are known. */
function values(units: number): ProfileInput["values"] {
  return Array.from({ length: units }, (_, i) => dims.map((d) => ({ unit: `u${i}`, dimension: d.id, value: 3 + i * 0.5 }))).flat();
}

/** Paths of numbers in `x` that are not finite (NaN would vanish in JSON.stringify). */
function nonFinite(x: unknown, path = ""): string[] {
  if (typeof x === "number") return Number.isFinite(x) ? [] : [path];
  if (x && typeof x === "object") return Object.entries(x).flatMap(([k, v]) => nonFinite(v, `${path}.${k}`));
  return [];
}

const reasons: Record<MissingReason, string> = {
  not_published: "not published", no_data: "no data", not_surveyed: "not surveyed", unit_not_existing: "did not exist", no_row: "no row",
};

describe("profile series()", () => {
  it("series() gives each dimension the range and median of all units and the unit's own score and rank", () => {
    const s = series({ unit: "u2", unitLabel: "Unit 2", dimensions: dims, values: values(5) });
    expect(s.rows.map((r) => r.id)).toEqual(["d1", "d2", "d3"]);
    expect(s.rows[0]).toMatchObject({ value: 4, missing: null, range: { min: 3, max: 5, median: 4, n: 5 }, rank: 3 });
    expect(s.domain).toEqual([1, 10]);
  });

  it("series() labels a missing dimension as missing with its reason and keeps the others' range", () => {
    const v = values(4).map((x) => (x.unit === "u1" && x.dimension === "d2" ? { ...x, value: null, missing: "not_surveyed" as const } : x));
    const s = series({ unit: "u1", unitLabel: "Unit 1", dimensions: dims, values: v.filter((x) => !(x.unit === "u1" && x.dimension === "d3")) });
    expect(s.rows[1]).toMatchObject({ value: null, missing: "not_surveyed", rank: null, range: { n: 3 } });
    expect(s.rows[2]).toMatchObject({ value: null, missing: "no_row" });
  });

  it("series() gives tied units the same rank", () => {
    const v = values(4).map((x) => (x.unit === "u3" ? { ...x, value: 4 } : x));
    const s = series({ unit: "u3", unitLabel: "Unit 3", dimensions: dims, values: v });
    expect(s.rows[0]!.rank).toBe(1);
    expect(series({ unit: "u2", unitLabel: "Unit 2", dimensions: dims, values: v }).rows[0]!.rank).toBe(1);
  });

  it("series() with a single unit collapses the range to its score", () => {
    const s = series({ unit: "u0", unitLabel: "Only", dimensions: dims, values: values(1) });
    expect(s.rows[0]!.range).toEqual({ min: 3, max: 3, median: 3, n: 1 });
    expect(s.rows[0]!.rank).toBe(1);
  });

  it("series() for an empty edition has no ranges and every score missing", () => {
    const s = series({ unit: "u0", unitLabel: "None", dimensions: dims, values: [] });
    expect(s.rows.every((r) => r.range === null && r.value === null && r.missing === "no_row")).toBe(true);
  });

  it("series() on the data basis takes a nice extent of the values", () => {
    expect(series({ unit: "u0", unitLabel: "U", dimensions: dims, values: values(5), domain: "data" }).domain).toEqual([3, 5]);
  });

  it("series() rejects a unit given twice for one dimension, and a null value without a reason", () => {
    expect(() => series({ unit: "u0", unitLabel: "U", dimensions: dims, values: [...values(1), ...values(1)] })).toThrow(/two values/);
    expect(() => series({ unit: "u0", unitLabel: "U", dimensions: dims, values: [{ unit: "u0", dimension: "d1", value: null }] })).toThrow(/no reason/);
  });
});

function boxes(l: ReturnType<typeof layout>, valueText: (v: number | null) => string): Box[] {
  return [
    ...l.key.flatMap((k) => k.lines.map((t, i) => textBox(k.textX, k.textY + i * LINE, measure(t, FONT), FONT))),
    ...l.rows.flatMap((r) => [
      ...r.lines.map((t, i) => textBox(r.labelX, r.labelY + i * LINE, measure(t, FONT), FONT)),
      textBox(r.valueX, r.labelY, measure(valueText(r.value), FONT, r.value !== null), FONT, "end"),
    ]),
    ...l.ticks.map((t) => textBox(t.labelX, l.axisY, t.width, FONT, t.anchor)),
  ];
}

describe("profile layout()", () => {
  const v = values(6).map((x) => (x.unit === "u1" && x.dimension === "d2" ? { ...x, value: null, missing: "no_data" as const } : x));
  const s = series({ unit: "u1", unitLabel: "Unit one", dimensions: dims, values: v });
  const l = layout(s, {}, { rangeText: "range of the 6 units", medianText: "median", missingText: "no value" });

  it("layout() keeps every text inside the chart and no two texts overlapping", () => {
    const all = boxes(l, (x) => (x === null ? "no value" : String(x)));
    for (const b of all) {
      expect(b.x0).toBeGreaterThanOrEqual(-1e-9);
      expect(b.x1).toBeLessThanOrEqual(l.width + 1e-9);
      expect(b.y1).toBeLessThanOrEqual(l.height);
    }
    all.forEach((a, i) => all.slice(i + 1).forEach((b) => expect(overlaps(a, b), JSON.stringify([a, b])).toBe(false)));
  });

  it("layout() draws no dot for the missing dimension and puts every dot within its range bar", () => {
    expect(l.rows[1]!.dotX).toBeNull();
    for (const r of l.rows.filter((x) => x.dotX !== null)) {
      expect(r.dotX!).toBeGreaterThanOrEqual(r.rangeX0! - 1e-9);
      expect(r.dotX!).toBeLessThanOrEqual(r.rangeX1! + 1e-9);
    }
  });

  it("layout() wraps a long dimension label and moves the next row down by its extra lines", () => {
    expect(l.rows[2]!.lines.length).toBeGreaterThan(1);
    expect(l.rows[1]!.cy - l.rows[0]!.cy).toBeLessThan(l.rows[2]!.cy - l.rows[1]!.cy);
  });

  it("layout() for an empty edition still places the rows and the axis without NaN", () => {
    const e = layout(series({ unit: "u0", unitLabel: "U", dimensions: dims, values: [] }));
    expect(nonFinite(e)).toEqual([]);
    expect(e.rows.every((r) => r.rangeX0 === null && r.dotX === null)).toBe(true);
    expect(e.ticks.length).toBeGreaterThan(0);
  });
});

describe("<DimensionProfile>", () => {
  it("renders a dot per scored dimension, a range bar and median per dimension, titles and no NaN", () => {
    const v = values(5).map((x) => (x.unit === "u0" && x.dimension === "d3" ? { ...x, value: null, missing: "no_data" as const } : x));
    const l = layout(series({ unit: "u0", unitLabel: "Unit zero", dimensions: dims, values: v }), {}, { rangeText: "range", medianText: "median", missingText: "no value" });
    const html = renderToStaticMarkup(createElement(DimensionProfile, {
      id: "p", lang: "vi", layout: l, title: "Profile", desc: "Unit zero's scores",
      text: { missing: "no value", reasons, range: (a: string, b: string, n: number) => `range ${a}–${b} (${n})`, median: (m: string) => `median ${m}`, rank: (r: number, n: number) => `rank ${r}/${n}` },
    }));
    expect(html.match(/class="dot"/g)).toHaveLength(2);
    expect(html.match(/class="range"/g)).toHaveLength(3);
    expect(html.match(/class="median"/g)).toHaveLength(3);
    expect(html.match(/<title[ >]/g)).toHaveLength(4);
    expect(html).toContain("no value — no data");
    expect(html).toContain("3");
    expect(html).not.toContain("NaN");
  });
});
