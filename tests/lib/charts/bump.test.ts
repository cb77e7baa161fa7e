import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { layout, series, type BumpInput } from "../../../src/lib/charts/bump.ts";
import { BumpChart, changeText } from "../../../src/components/charts/BumpChart.tsx";
import type { MissingReason } from "../../../src/lib/charts/types.ts";
import { crowded, moveCount, unitId, unitLabel } from "./synthetic.ts";

const reasons: Record<MissingReason, string> = { not_published: "Not published", no_data: "No data", not_surveyed: "Not surveyed", unit_not_existing: "Did not exist", no_row: "No row" };
const text = { notComparable: "score not comparable", notRanked: "not ranked", missing: "Missing values", reasons };
const editions = [{ edition: "2016", group: "old" }, { edition: "2017", group: "old" }, { edition: "2018", group: "new" }, { edition: "2019", group: "new" }];
const pts = (values: (number | null)[]) => values.map((v, i) => ({ edition: editions[i]!.edition, value: v, ...(v === null ? { missing: "no_data" as const } : {}) }));

const small: BumpInput = {
  editions,
  units: [
    { id: "a", label: "A", points: pts([9, 9, 50, 52.5]), highlight: true },
    { id: "b", label: "B", points: pts([8, null, 51, 51.25]), highlight: true },
    { id: "c", label: "C", points: pts([8, 7, 49, 51.25]) },
    { id: "d", label: "D", points: pts([7, 8, 48, 40]) },
  ],
};

describe("bump series()", () => {
  it("ranks every edition with ties sharing a rank (1, 2, 2, 4) and leaves missing values unranked", () => {
    const s = series(small);
    const at = (i: number) => s.units.map((u) => u.points[i]!.rank);
    expect(at(0)).toEqual([1, 2, 2, 4]);
    expect(at(1)).toEqual([1, null, 3, 2]);
    expect(s.units[1]!.points[0]!.tied).toBe(true);
    expect(s.editions.map((e) => e.rankOf)).toEqual([4, 3, 4, 4]);
  });

  it("puts the score change next to the rank change between the last two editions", () => {
    const s = series(small);
    expect(s.units[0]!.change).toMatchObject({ from: "2018", to: "2019", fromRank: 2, toRank: 1, placesGained: 1, scoreChange: 2.5, comparable: true });
    expect(s.units[1]!.change).toMatchObject({ fromRank: 1, toRank: 2, placesGained: -1, scoreChange: 0.25 });
  });

  it("keeps the rank change but gives no score change across a methodology break", () => {
    const c = series({ ...small, change: { from: "2017", to: "2018" } }).units[0]!.change!;
    expect(c).toMatchObject({ comparable: false, scoreChange: null, placesGained: -1 });
  });

  it("gives highlighted units colour slots and context units none", () => {
    expect(series(small).units.map((u) => u.slot)).toEqual([0, 1, -1, -1]);
  });

  it("ranks a single unit first in every edition it has a value, and handles an empty edition", () => {
    const s = series({ editions, units: [{ id: "a", label: "A", points: pts([5, null, 6, 7]) }] });
    expect(s.units[0]!.points.map((p) => p.rank)).toEqual([1, null, 1, 1]);
    expect(s.editions[1]!.rankOf).toBe(0);
  });
});

describe("bump layout()", () => {
  it("breaks lines at missing values and at the methodology break", () => {
    const l = layout(series(small), {});
    expect(moveCount(l.lines[0]!.path)).toBe(2);
    // 2016 | 2017 missing | break | 2018–2019: the lone 2016 point is a segment of its own.
    expect(moveCount(l.lines[1]!.path)).toBe(2);
    expect(l.missing.marks.map((m) => [m.unitId, m.edition])).toEqual([["b", "2017"]]);
    expect(l.context).toHaveLength(2);
  });

  it("draws tied units at the same height and better ranks higher", () => {
    const l = layout(series(small), {});
    const y = (u: string, e: string) => l.points.find((p) => p.unitId === u && p.edition === e)?.y;
    expect(y("a", "2016")).toBeLessThan(y("b", "2016")!);
    const tie = layout(series({ ...small, units: small.units.map((u) => ({ ...u, highlight: true })) }), {});
    const ty = (u: string) => tie.points.find((p) => p.unitId === u && p.edition === "2016")!.y;
    expect(ty("b")).toBe(ty("c"));
  });

  it("moves end labels apart so that none overlap, even for tied units", () => {
    const units = crowded(63, 40, 42, 5).map((v, i) => ({ id: unitId(i), label: unitLabel(i), points: pts([v, v, v + 10, Math.round(v * 10) / 10 + 10]), highlight: i % 8 === 0 }));
    const l = layout(series({ editions, units }), {});
    const ys = l.labels.map((b) => b.y1).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(2 * Math.round(l.fontSize * 1.3));
    expect(l.labels).toHaveLength(8);
    for (const b of l.labels) expect(b.x).toBeGreaterThan(l.plotX1);
  });

  it("lays out a single unit and a unit with no values without NaN", () => {
    const one = layout(series({ editions: [editions[0]!], units: [{ id: "a", label: "A", points: pts([5]), highlight: true }] }), {});
    const none = layout(series({ editions, units: [{ id: "a", label: "A", points: [], highlight: true }] }), {});
    expect(JSON.stringify([one, none])).not.toContain("NaN");
    expect(none.labels[0]!.rank).toBeNull();
  });
});

describe("<BumpChart>", () => {
  it("renders a line per highlighted unit, grey context lines, labels with both changes, a title, and no NaN", () => {
    const l = layout(series(small), {});
    const html = renderToStaticMarkup(createElement(BumpChart, { id: "b", lang: "vi", layout: l, title: "Ranks", desc: "desc", text, decimals: 0 }));
    const lines = html.slice(html.indexOf('class="lines"'), html.indexOf('class="points"'));
    expect(lines.match(/<path/g)).toHaveLength(2);
    const context = html.slice(html.indexOf('class="context"'), html.indexOf('class="lines"'));
    expect(context.match(/<path/g)).toHaveLength(2);
    expect(html).toContain("↑1 (+2,5)");
    expect(html).toContain("↓1 (+0,25)");
    expect(html).toContain("<title id=\"b-svg-title\">Ranks</title>");
    expect(html).not.toContain("NaN");
  });

  it("says the score is not comparable across a break, next to the rank change", () => {
    const l = layout(series({ ...small, change: { from: "2017", to: "2018" } }), {});
    expect(changeText(l.labels[0]!, "en", text)).toBe("↓1 (score not comparable)");
  });
});
