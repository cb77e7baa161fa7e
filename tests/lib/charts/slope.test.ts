import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { layout, series, type SlopeDatum } from "../../../src/lib/charts/slope.ts";
import { SlopeChart } from "../../../src/components/charts/SlopeChart.tsx";
import type { MissingReason } from "../../../src/lib/charts/types.ts";
import { crowded, unitId, unitLabel } from "./synthetic.ts";

const reasons: Record<MissingReason, string> = { not_published: "Not published", no_data: "No data", not_surveyed: "Not surveyed", unit_not_existing: "Did not exist", no_row: "No row" };
const from = { edition: "2023", group: "g" };
const to = { edition: "2024", group: "g" };
const d = (id: string, a: number | null, b: number | null, extra: Partial<SlopeDatum> = {}): SlopeDatum => ({
  id, label: id.toUpperCase(), from: a, to: b, ...(a === null ? { fromMissing: "no_data" as const } : {}), ...(b === null ? { toMissing: "not_published" as const } : {}), ...extra,
});

describe("slope series()", () => {
  it("lists units with a figure in only one edition apart, with the reason, and never draws them", () => {
    const s = series({ from, to, data: [d("a", 40, 42), d("b", null, 41), d("c", 39, null)] });
    expect(s.units.map((u) => u.id)).toEqual(["a"]);
    expect(s.apart.map((a) => [a.id, a.from.value === null ? a.from.missing : a.from.value, a.to.value === null ? a.to.missing : a.to.value])).toEqual([
      ["b", "no_data", 41], ["c", 39, "not_published"],
    ]);
  });

  it("ranks each edition among all units with a figure there, ties sharing a rank", () => {
    const s = series({ from, to, data: [d("a", 40, 42), d("b", 40, 41), d("c", 39, 42), d("x", null, 50)] });
    const a = s.units.find((u) => u.id === "a")!;
    expect([a.from.rank, a.from.tied, a.to.rank, a.to.tied]).toEqual([1, true, 2, true]);
    expect(s.rankOf).toEqual({ from: 3, to: 4 });
  });

  it("sorts units best first in the later edition and says which got better, exactly", () => {
    const s = series({ from, to, data: [d("a", 45.7875, 46.0415), d("b", 44, 43.5), d("c", 41, 41)] });
    expect(s.units.map((u) => [u.id, u.trend, u.change])).toEqual([["a", "better", 0.254], ["b", "worse", -0.5], ["c", "same", 0]]);
  });

  it("refuses to compare values across a methodology break, but compares ranks", () => {
    const data = [d("a", 36, 44), d("b", 38, 43)];
    expect(() => series({ from: { edition: "2017", group: "old" }, to: { edition: "2018", group: "new" }, data })).toThrow(/comparability/);
    const s = series({ from: { edition: "2017", group: "old" }, to: { edition: "2018", group: "new" }, data, mode: "rank" });
    expect(s.units.map((u) => [u.id, u.placesGained, u.trend, u.change])).toEqual([["a", 1, "better", null], ["b", -1, "worse", null]]);
  });

  it("handles a single unit and an edition with no figures at all", () => {
    expect(series({ from, to, data: [d("a", 1, 2)] }).units).toHaveLength(1);
    const empty = series({ from, to, data: [d("a", null, 2), d("b", null, 3)] });
    expect(empty.units).toEqual([]);
    expect(empty.apart).toHaveLength(2);
  });
});

describe("slope layout()", () => {
  // 63 units crowded into two points of an 80-point scale: every label wants the same few pixels.
  const a = crowded(63, 42, 44, 11);
  const b = crowded(63, 42, 44, 12);
  const data = a.map((v, i) => d(unitId(i), v, b[i]!, { label: unitLabel(i), highlight: i === 5 }));
  const l = layout(series({ from, to, data }), { height: 200 });
  const labelHeight = l.fontSize * 1.2;

  it("resolves label collisions on both sides: no two labels closer than a label's height", () => {
    for (const side of ["leftLabelY", "rightLabelY"] as const) {
      const ys = l.lines.map((x) => x[side]!).sort((p, q) => p - q);
      for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(labelHeight);
    }
  });

  it("grows the chart rather than letting labels overlap or leave it", () => {
    expect(l.plotBottom - l.plotTop).toBeGreaterThanOrEqual(62 * labelHeight);
    for (const x of l.lines) {
      expect(x.leftLabelY!).toBeGreaterThanOrEqual(l.plotTop - 1e-9);
      expect(x.rightLabelY!).toBeLessThanOrEqual(l.plotBottom + 1e-9);
    }
  });

  it("keeps labels in the order of the values and places higher values higher", () => {
    const byTo = [...l.lines].sort((p, q) => q.to.value - p.to.value);
    for (let i = 1; i < byTo.length; i++) {
      expect(byTo[i]!.y2).toBeGreaterThanOrEqual(byTo[i - 1]!.y2);
      expect(byTo[i]!.rightLabelY!).toBeGreaterThan(byTo[i - 1]!.rightLabelY!);
    }
  });

  it("keeps names inside the default (phone) chart width", () => {
    expect(l.rightNameX).toBeLessThan(l.width);
    expect(l.leftTextX).toBeGreaterThan(0);
  });

  it("can label only highlighted units, leaving the rest as unlabelled context", () => {
    const h = layout(series({ from, to, data }), { height: 200 }, { labels: "highlighted" });
    expect(h.lines.filter((x) => x.rightLabelY !== null).map((x) => x.unitId)).toEqual([unitId(5)]);
    expect(h.plotBottom - h.plotTop).toBe(200);
  });

  it("lays out a single unit, ranks, and an empty comparison without NaN", () => {
    const one = layout(series({ from, to, data: [d("a", 1, 1)] }), {});
    const ranks = layout(series({ from, to, data: [d("a", 1, 2), d("b", 2, 1)], mode: "rank" }), {});
    const empty = layout(series({ from, to, data: [d("a", null, 2)] }), {});
    expect(JSON.stringify([one, ranks, empty])).not.toContain("NaN");
    // Rank 1 (a, with the higher 2024 figure) at the top.
    expect(ranks.lines.find((x) => x.unitId === "a")!.y2).toBeLessThan(ranks.lines.find((x) => x.unitId === "b")!.y2);
    expect(empty.apart).toHaveLength(1);
  });
});

describe("<SlopeChart>", () => {
  it("renders one line per unit with both ends labelled, the units listed apart, a title, and no NaN", () => {
    const s = series({ from, to, data: [d("a", 40.5, 42), d("b", 41, 40), d("c", null, 39)] });
    const html = renderToStaticMarkup(createElement(SlopeChart, {
      id: "s", lang: "vi", layout: layout(s, {}), title: "2023–2024", desc: "desc",
      text: { from: "2023", to: "2024", apart: "Chỉ có một năm", reasons },
    }));
    const lines = html.slice(html.indexOf('class="lines"'), html.indexOf('class="labels'));
    expect(lines.match(/<line/g)).toHaveLength(2);
    expect(html).toContain(">40,5<");
    expect(html).toContain("2023: No data · 2024: 39");
    expect(html).toContain("<title id=\"s-svg-title\">2023–2024</title>");
    expect(html).not.toContain("NaN");
  });
});
