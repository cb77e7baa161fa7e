import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ProcedureRates, ProcedureRecords, ProcedureScores } from "../../../src/components/charts/ProcedureCharts.tsx";
import { FONT, LINE, SMALL_FONT } from "../../../src/lib/charts/chart-sizes.ts";
import {
  comparePeriods, ratesLayout, ratesSeries, recordsLayout, recordsSeries, scoresLayout, scoresSeries,
  type PeriodRef, type RatesInput, type ScoreGroup, type ScoresInput,
} from "../../../src/lib/charts/procedures.ts";
import { measure, overlaps, textBox, wrapText, type Box } from "../../../src/lib/charts/text-wrap.ts";
import type { MissingReason } from "../../../src/lib/charts/types.ts";

const reasons: Record<MissingReason, string> = {
  not_published: "not published", no_data: "no data", not_surveyed: "not surveyed", unit_not_existing: "did not exist", no_row: "no row",
};

function nonFinite(x: unknown, path = ""): string[] {
  if (typeof x === "number") return Number.isFinite(x) ? [] : [path];
  if (x && typeof x === "object") return Object.entries(x).flatMap(([k, v]) => nonFinite(v, `${path}.${k}`));
  return [];
}

function noOverlaps(all: Box[], width: number): void {
  for (const b of all) {
    expect(b.x0).toBeGreaterThanOrEqual(-1e-9);
    expect(b.x1).toBeLessThanOrEqual(width + 1e-9);
  }
  all.forEach((a, i) => all.slice(i + 1).forEach((b) => expect(overlaps(a, b), JSON.stringify([a, b])).toBe(false)));
}

const lines = (ls: readonly string[], x: number, y: number, bold = false) => ls.map((t, i) => textBox(x, y + i * LINE, measure(t, FONT, bold), FONT));

describe("wrapText()", () => {
  it("wrapText() breaks at spaces within the width, keeps an over-long word whole, and never starts a line with a separator", () => {
    const ls = wrapText("Trước hạn 124.907 (48,6%) · Đúng hạn 102.770 (40%) · Trễ hạn 19.852 (7,7%)", 200, FONT);
    for (const l of ls) expect(measure(l, FONT)).toBeLessThanOrEqual(200);
    expect(ls.every((l) => !l.startsWith("·"))).toBe(true);
    expect(ls.join(" ")).toBe("Trước hạn 124.907 (48,6%) · Đúng hạn 102.770 (40%) · Trễ hạn 19.852 (7,7%)");
    expect(wrapText("Supercalifragilistic word", 40, FONT)).toEqual(["Supercalifragilistic", "word"]);
    expect(wrapText("", 100, FONT)).toEqual([]);
  });
});

describe("comparePeriods()", () => {
  it("comparePeriods() orders by period type (year first), then latest end first, unknown ends last", () => {
    const p = (period: string, periodType: PeriodRef["periodType"], periodEnd: string | null): PeriodRef => ({ period, periodType, periodEnd });
    const sorted = [p("tuần 43/2023", "week", "2023-10-30"), p("tuần ?", "week", null), p("năm 2023", "year", "2023-12-31"), p("năm 2024", "year", "2024-12-31"), p("tuần 11/2024", "week", "2024-03-18")].sort(comparePeriods);
    expect(sorted.map((x) => x.period)).toEqual(["năm 2024", "năm 2023", "tuần 11/2024", "tuần 43/2023", "tuần ?"]);
  });
});

/** The QĐ 766 group structure: five groups of 18/20/22/22/18, the fourth also printed as 12 + 10. */
const groups: ScoreGroup[] = [
  { id: "ck", label: "Openness", max: 18 },
  { id: "td", label: "Progress", max: 20 },
  { id: "sh", label: "Digitisation", max: 22 },
  { id: "dv", label: "Online services", max: 22, parts: ["dvc", "tt"] },
  { id: "dvc", label: "Online public services", max: 12 },
  { id: "tt", label: "Online payment", max: 10 },
  { id: "hl", label: "Satisfaction", max: 18 },
];

const row = (id: string, periodType: PeriodRef["periodType"], periodEnd: string | null, total: number | null, parts: Record<string, number | null> = {}): ScoresInput["rows"][number] => ({
  id, unitLabel: `Province ${id}`, period: `${periodType} ${periodEnd ?? "?"}`, periodType, periodEnd, total, parts,
  ...(total === null ? { missing: "not_published" as const } : {}),
});

describe("scores series()", () => {
  it("scoresSeries() gives every group a fixed slot as wide as its max, the split group spanning its parts", () => {
    const s = scoresSeries({ groups, scaleMax: 100, rows: [] });
    expect(s.groups.map((g) => [g.id, g.start, g.slot])).toEqual([["ck", 0, 1], ["td", 18, 2], ["sh", 38, 3], ["dv", 60, null], ["dvc", 60, 4], ["tt", 72, 5], ["hl", 82, 6]]);
    expect(s.groups[3]!.slots).toEqual([4, 5]);
    expect(s.sections).toEqual([]);
  });

  it("scoresSeries() fills the whole online-services slot when only it is printed, and its parts when they are", () => {
    const s = scoresSeries({ groups, scaleMax: 100, rows: [row("a", "year", "2025-12-15", 86.94, { ck: 15.3, dv: 14.31 }), row("b", "month", "2024-07-31", 83.08, { dvc: 7.9, tt: 9 })] });
    const a = s.sections[0]!.rows[0]!;
    expect(a.fills.map((f) => [f.group, f.value, f.start, f.max])).toEqual([["ck", 15.3, 0, 18], ["td", null, 18, 20], ["sh", null, 38, 22], ["dv", 14.31, 60, 22], ["hl", null, 82, 18]]);
    const b = s.sections[1]!.rows[0]!;
    expect(b.fills.filter((f) => f.value !== null).map((f) => f.group)).toEqual(["dvc", "tt"]);
  });

  it("scoresSeries() sections rows by period type, year first, and never mixes two types in one section", () => {
    const s = scoresSeries({ groups, scaleMax: 100, rows: [row("w", "week", "2023-10-30", 74.7), row("y", "year", "2024-12-31", 90.54), row("m", "month", null, 58.3), row("y2", "year", "2024-12-31", 89.49)] });
    expect(s.sections.map((x) => x.periodType)).toEqual(["year", "month", "week"]);
    for (const sec of s.sections) expect(new Set(sec.rows.map((r) => r.periodType)).size).toBe(1);
    expect(s.sections[0]!.rows.map((r) => r.id)).toEqual(["y", "y2"]);
  });

  it("scoresSeries() keeps tied rows (same period, same total) in Vietnamese order of the unit, whatever the input order", () => {
    const tie = (id: string, unitLabel: string) => ({ ...row(id, "year", "2024-12-31", 89.49), unitLabel, period: "năm 2024" });
    const s = scoresSeries({ groups, scaleMax: 100, rows: [tie("x", "Đồng Nai"), tie("y", "Bắc Giang"), tie("z", "Cà Mau")] });
    expect(s.sections[0]!.rows.map((r) => r.unitLabel)).toEqual(["Bắc Giang", "Cà Mau", "Đồng Nai"]);
  });

  it("scoresSeries() draws a row printed only as a total as a plain bar, and keeps a missing total missing", () => {
    const s = scoresSeries({ groups, scaleMax: 100, rows: [row("t", "year", null, 91.06), row("n", "year", null, null, { ck: null })] });
    expect(s.sections[0]!.rows.map((r) => [r.id, r.mode, r.total, r.missing])).toEqual([["n", "total", null, "not_published"], ["t", "total", 91.06, null]]);
  });

  it("scoresSeries() rejects group maxima above the scale, parts that do not add up, and a missing total without a reason", () => {
    expect(() => scoresSeries({ groups: [{ id: "a", label: "A", max: 60 }, { id: "b", label: "B", max: 60 }], scaleMax: 100, rows: [] })).toThrow(/above/);
    expect(() => scoresSeries({ groups: [{ id: "a", label: "A", max: 10 }, { id: "c", label: "C", max: 11, parts: ["a"] }], scaleMax: 100, rows: [] })).toThrow(/add up/);
    expect(() => scoresSeries({ groups, scaleMax: 100, rows: [{ ...row("x", "year", null, 1), total: null }] })).toThrow(/no reason/);
  });
});

describe("scores layout()", () => {
  const fmt = (v: number) => String(v);
  const s = scoresSeries({ groups, scaleMax: 100, rows: [
    row("a", "year_to_date", "2025-07-31", 78.96, { ck: 15.34, td: 19.14, sh: 11.1, dv: 15.41, hl: 17.97 }),
    row("b", "year_to_date", "2023-10-10", 61.7, { ck: 11.3, td: 17.1, hl: 16.4 }),
    row("c", "year", "2024-12-31", 90.54),
    row("d", "week", null, null, { ck: 15.82, td: 19.45, sh: 21.17, dvc: 8.53, tt: 10, hl: 17.86 }),
  ] });
  const l = scoresLayout(s, {}, { format: fmt, periodTypeText: { year: "Year", year_to_date: "Year to date", week: "Week" }, totalText: "Total only", notPrintedText: "Group not printed", missingText: "not published" });

  it("scoresLayout() lines slots up across bars and fills each within its slot", () => {
    const bars = l.sections.flatMap((sec) => sec.bars).filter((b) => b.mode === "groups");
    const xOf = (b: (typeof bars)[number], g: string) => b.slots.find((x) => x.group === g)?.x;
    expect(xOf(bars[0]!, "hl")).toBe(xOf(bars[2]!, "hl"));
    for (const b of bars) for (const sl of b.slots) expect(sl.fillWidth).toBeLessThanOrEqual(sl.width + 1e-9);
  });

  it("scoresLayout() keeps headings, slot numbers, labels, totals, slot texts, key and ticks apart", () => {
    const all: Box[] = [
      ...l.key.flatMap((k) => lines(k.lines, k.textX, k.textY)),
      ...l.sections.flatMap((sec) => [
        textBox(0, sec.headingY, measure(sec.heading, FONT, true), FONT),
        ...sec.slotNumbers.map((n) => textBox(n.x, n.y, measure(String(n.n), FONT), FONT, "middle")),
        ...sec.bars.flatMap((b) => [
          ...lines(b.lines, 0, b.labelY),
          textBox(l.width, b.labelY, measure(b.total === null ? "not published" : fmt(b.total), FONT, b.total !== null), FONT, "end"),
          ...b.slots.filter((x) => x.textX !== null).map((x) => textBox(x.textX!, b.y + b.height - 5, measure(fmt(x.value!), SMALL_FONT), SMALL_FONT, "middle")),
        ]),
      ]),
      ...l.ticks.map((t) => textBox(t.labelX, l.axisY, t.width, FONT, t.anchor)),
    ];
    noOverlaps(all, l.width);
  });

  it("scoresLayout() labels every bar with its period as printed and shows the key entries actually used", () => {
    for (const b of l.sections.flatMap((sec) => sec.bars)) expect(b.lines.join(" ")).toContain(b.period);
    expect(l.key.map((k) => k.id)).toEqual(["ck", "td", "sh", "dv", "dvc", "tt", "hl", "total", "hatch"]);
    expect(l.sections.find((sec) => sec.periodType === "year")!.slotNumbers).toEqual([]);
  });

  it("scoresLayout() of no rows is an axis only, without NaN", () => {
    const e = scoresLayout(scoresSeries({ groups, scaleMax: 100, rows: [] }));
    expect(e.sections).toEqual([]);
    expect(nonFinite(e)).toEqual([]);
  });
});

const rate = (id: string, indicator: string, periodType: PeriodRef["periodType"], value: number | null): RatesInput["rows"][number] => ({
  id, indicator, indicatorLabel: `Indicator ${indicator}`, unitLabel: `Unit ${id}`, period: `${periodType} period of ${id}`, periodType, periodEnd: null, value,
  ...(value === null ? { missing: "not_published" as const } : {}),
});

describe("rates", () => {
  const s = ratesSeries({ rows: [rate("a", "on-time", "year", 98.01), rate("b", "online", "month", 67.54), rate("c", "on-time", "week", 90), rate("d", "on-time", "year", null)] });

  it("ratesSeries() groups rows by indicator in order of appearance and flags a section that mixes period types", () => {
    expect(s.sections.map((x) => [x.indicator, x.rows.map((r) => r.id), x.mixedPeriods])).toEqual([["on-time", ["a", "d", "c"], true], ["online", ["b"], false]]);
    expect(s.domain).toEqual([0, 100]);
  });

  it("ratesLayout() prints the mixed-period note only where periods mix, draws no dot for a missing rate, and overlaps no text", () => {
    const l = ratesLayout(s, {}, { format: (v) => `${v}%`, mixedText: "Rows come from different kinds of period.", missingText: "not published" });
    expect(l.sections.map((x) => x.noteLines.length > 0)).toEqual([true, false]);
    expect(l.sections[0]!.rows[1]!.dotX).toBeNull();
    const all: Box[] = [
      ...l.sections.flatMap((sec) => [
        ...lines(sec.headingLines, 0, sec.headingY, true),
        ...lines(sec.noteLines, 0, sec.noteY),
        ...sec.rows.flatMap((r) => [...lines(r.lines, 0, r.labelY), textBox(l.width, r.labelY, r.valueWidth, FONT, "end")]),
      ]),
      ...l.ticks.map((t) => textBox(t.labelX, l.axisY, t.width, FONT, t.anchor)),
    ];
    noOverlaps(all, l.width);
  });

  it("ratesSeries() orders rows of the same kind and end of period by unit, ties included", () => {
    const t = ratesSeries({ rows: [{ ...rate("b", "x", "year", 90), unitLabel: "Huế", period: "năm 2024" }, { ...rate("a", "x", "year", 90), unitLabel: "Bình Dương", period: "năm 2024" }] });
    expect(t.sections[0]!.rows.map((r) => r.unitLabel)).toEqual(["Bình Dương", "Huế"]);
  });

  it("ratesSeries() of no rows and of a single row lay out without NaN", () => {
    expect(nonFinite(ratesLayout(ratesSeries({ rows: [] })))).toEqual([]);
    const one = ratesLayout(ratesSeries({ rows: [rate("a", "x", "year", 100)] }));
    expect(one.sections[0]!.rows[0]!.dotX).toBe(one.plotX1);
  });

  it("ratesSeries() rejects a row given twice and a null rate without a reason", () => {
    expect(() => ratesSeries({ rows: [rate("a", "x", "year", 1), rate("a", "x", "year", 2)] })).toThrow(/twice/);
    expect(() => ratesSeries({ rows: [{ ...rate("a", "x", "year", 1), value: null }] })).toThrow(/no reason/);
  });
});

describe("records", () => {
  const level = (id: string, shares: [number | null, number | null, number | null]) => ({
    id, label: `Level ${id}`, processed: 1000,
    early: { count: 500, share: shares[0] }, onTime: { count: 400, share: shares[1] }, late: { count: 77, share: shares[2] },
  });

  it("recordsSeries() keeps the printed shares and their sum, and rejects shares above 100 %", () => {
    const s = recordsSeries({ levels: [level("a", [48.6, 40, 7.7]), level("b", [50, null, 10])] });
    expect(s.levels[0]!.sharesSum).toBeCloseTo(96.3, 9);
    expect(s.levels[1]!.sharesSum).toBeNull();
    expect(() => recordsSeries({ levels: [level("x", [60, 50, 10])] })).toThrow(/add up/);
    expect(() => recordsSeries({ levels: [level("x", [101, 0, 0])] })).toThrow(/percentage/);
  });

  it("recordsLayout() cuts each bar by the shares in fixed order and leaves the unclassified rest empty, explained in the key", () => {
    const l = recordsLayout(recordsSeries({ levels: [level("a", [48.6, 40, 7.7]), level("b", [50, null, 10])] }), {}, { remainderText: "Not classified by the source", detailText: () => "Early 500 · On time 400 · Late 77" });
    const a = l.bars[0]!;
    expect(a.segments.map((x) => x.status)).toEqual(["early", "onTime", "late"]);
    expect(a.segments[1]!.x).toBeCloseTo(a.segments[0]!.x + a.segments[0]!.width, 9);
    expect(a.segments.at(-1)!.x + a.segments.at(-1)!.width).toBeLessThan(a.trackX + a.trackWidth);
    expect(l.key.map((k) => k.id)).toEqual(["early", "onTime", "late", "remainder"]);
    expect(l.bars[1]!.segments.map((x) => x.status)).toEqual(["early", "late"]);
    const all: Box[] = [
      ...l.key.flatMap((k) => lines(k.lines, k.textX, k.textY)),
      ...l.bars.flatMap((b) => [...lines(b.lines, 0, b.labelY, true), textBox(l.width, b.labelY, b.valueWidth, FONT, "end"), ...lines(b.detailLines, 0, b.detailY)]),
    ];
    noOverlaps(all, l.width);
  });

  it("recordsLayout() of no levels has no bars and no NaN", () => {
    const e = recordsLayout(recordsSeries({ levels: [] }));
    expect(e.bars).toEqual([]);
    expect(nonFinite(e)).toEqual([]);
  });
});

describe("<ProcedureScores>, <ProcedureRates>, <ProcedureRecords>", () => {
  it("render their marks with titles, hatched slots, section headings and no NaN", () => {
    const s = scoresSeries({ groups, scaleMax: 100, rows: [row("a", "year", "2024-12-31", 80.1, { ck: 13.2, td: 18.4 }), row("b", "week", null, 91.7)] });
    const l = scoresLayout(s, {}, { periodTypeText: { year: "Year", week: "Week" }, totalText: "Total only", notPrintedText: "Not printed" });
    const html = renderToStaticMarkup(createElement(ProcedureScores, { id: "s", lang: "vi", layout: l, title: "Scores", desc: "QĐ 766", text: { missing: "not published", notPrinted: "not printed", reasons } }));
    expect(html.match(/<g data-row=/g)).toHaveLength(2);
    expect(html.match(/class="slot"/g)).toHaveLength(6);
    expect(html.match(/fill="url\(#s-hatch\)"/g)!.length).toBeGreaterThanOrEqual(4);
    expect(html.match(/class="total"/g)).toHaveLength(1);
    expect(html).toContain(">Year</text>");
    expect(html).toContain("Progress: 18,4/20");
    expect(html).not.toContain("NaN");

    const rl = ratesLayout(ratesSeries({ rows: [rate("a", "on-time", "year", 98.01), rate("b", "on-time", "week", null)] }), {}, { mixedText: "Mixed periods", missingText: "not published" });
    const rates = renderToStaticMarkup(createElement(ProcedureRates, { id: "r", lang: "en", layout: rl, title: "Rates", desc: "Rates", text: { missing: "not published", reasons } }));
    expect(rates.match(/class="dot"/g)).toHaveLength(1);
    expect(rates).toContain("98.01%");
    expect(rates).toContain("Mixed periods");
    expect(rates).not.toContain("NaN");

    const cl = recordsLayout(recordsSeries({ levels: [{ id: "m3", label: "Level 3", processed: 61827, early: { count: 43434, share: 70.3 }, onTime: { count: 11795, share: 19.1 }, late: { count: 4331, share: 7 } }] }));
    const records = renderToStaticMarkup(createElement(ProcedureRecords, { id: "c", lang: "vi", layout: cl, title: "Records", desc: "Records" }));
    expect(records.match(/class="segment"/g)).toHaveLength(3);
    expect(records).toContain("70,3%");
    expect(records).not.toContain("NaN");
  });
});
