import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { layout } from "../../../src/lib/charts/histogram.ts";
import { Histogram } from "../../../src/components/charts/Histogram.tsx";

const bins = [{ x0: 38, x1: 40, count: 1 }, { x0: 40, x1: 42, count: 12 }, { x0: 42, x1: 44, count: 30 }, { x0: 44, x1: 46, count: 15 }, { x0: 46, x1: 48, count: 3 }];

describe("histogram layout()", () => {
  it("draws taller bars for larger counts and places them left to right without overlap", () => {
    const l = layout({ bins, median: 43.2, q1: 42.1, q3: 44.4 });
    expect(l.bars[2]!.height).toBeGreaterThan(l.bars[1]!.height);
    for (let i = 1; i < l.bars.length; i++) expect(l.bars[i]!.x).toBeGreaterThanOrEqual(l.bars[i - 1]!.x + l.bars[i - 1]!.width);
  });

  it("gives an empty interval no height, not a missing bar", () => {
    const l = layout({ bins: [{ x0: 0, x1: 1, count: 0 }, { x0: 1, x1: 2, count: 3 }], median: null, q1: null, q3: null });
    expect(l.bars.map((b) => b.height)).toEqual([0, expect.any(Number)]);
    expect(l.spread).toBeNull();
  });

  it("marks the median inside the interquartile bar", () => {
    const s = layout({ bins, median: 43.2, q1: 42.1, q3: 44.4 }).spread!;
    expect(s.q1).toBeLessThan(s.median);
    expect(s.median).toBeLessThan(s.q3);
  });

  it("thins axis labels so neighbours never touch", () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ x0: i, x1: i + 1, count: i % 5 }));
    const t = layout({ bins: many, median: 15, q1: 8, q3: 22 }).ticks;
    for (let i = 1; i < t.length; i++) expect(t[i]!.position - t[i - 1]!.position).toBeGreaterThanOrEqual(13 * 2.6);
  });

  it("lays out nothing for an empty edition", () => {
    expect(layout({ bins: [], median: null, q1: null, q3: null }).bars).toEqual([]);
  });
});

describe("<Histogram>", () => {
  it("renders one bar per interval with a title, count labels and no NaN", () => {
    const svg = renderToStaticMarkup(createElement(Histogram, {
      id: "h", lang: "vi", layout: layout({ bins, median: 43.2, q1: 42.1, q3: 44.4 }), title: "Phân bố", desc: "d",
      text: { spread: "Trung vị", bar: (c: number, f: string, t: string) => `${c} đơn vị trong ${f}–${t}` },
    }));
    expect(svg.match(/<rect /g)).toHaveLength(5);
    expect(svg).toContain("30 đơn vị trong 42–44");
    expect(svg).toContain("<title");
    expect(svg).not.toContain("NaN");
  });
});
