// Documents on a trend chart: each at its day of issue inside its year's slot, those outside the
// charted years listed and not drawn, and labels that never overlap, at phone and desktop width.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { layout, series, type TrendInput } from "../../../src/lib/charts/trend.ts";
import { MAX_DISC_ROWS, MAX_LABEL_ROWS, placeDocuments, yearFraction, type DocumentAxis, type TrendDocumentsLayout } from "../../../src/lib/charts/trend-documents.ts";
import { TEXT_GAP } from "../../../src/lib/charts/chart-sizes.ts";
import { TrendLines } from "../../../src/components/charts/TrendLines.tsx";

// Slots 20 units wide: 2018 spans [100, 120], 2019 [120, 140] …
const AXIS: DocumentAxis = {
  x: new Map(["2018", "2019", "2020", "2021", "2022"].map((e, i) => [e, 110 + i * 20])), step: 20, first: 2018, last: 2022, left: 0, right: 360,
};
const doc = (id: string, date: string | null, label = id) => ({ id, label, date });

function overlaps(l: TrendDocumentsLayout): boolean {
  return l.marks.some((a, i) => l.marks.some((b, j) => j > i && a.row === b.row &&
    a.labelX - a.halfWidth < b.labelX + b.halfWidth + TEXT_GAP - 1e-9 && b.labelX - b.halfWidth < a.labelX + a.halfWidth + TEXT_GAP - 1e-9));
}

describe("yearFraction()", () => {
  it("is the middle of the day's share of its year, leap years counted", () => {
    expect(yearFraction("2022-01-01")).toEqual({ year: 2022, fraction: 0.5 / 365 });
    expect(yearFraction("2022-09-26").fraction).toBeCloseTo((268 + 0.5) / 365, 12);
    expect(yearFraction("2020-12-31").fraction).toBeCloseTo(365.5 / 366, 12);
    expect(() => yearFraction("2022-9-26")).toThrow(/not an ISO date/);
  });
});

describe("placeDocuments()", () => {
  it("places a document in its year's slot at its day of issue", () => {
    const l = placeDocuments([doc("a", "2022-09-26", "10/CT-UBND"), doc("b", "2018-01-01")], AXIS, 50, 13);
    const a = l.marks.find((m) => m.id === "a")!;
    expect(a.x).toBeCloseTo(180 + (268.5 / 365) * 20, 9);
    expect(l.marks.find((m) => m.id === "b")!.x).toBeCloseTo(100 + (0.5 / 365) * 20, 9);
    expect(l.numbered).toBe(false);
    expect(a.key).toBe("10/CT-UBND");
  });

  it("never clamps a date to an edge: documents outside the charted years are listed with why", () => {
    const axis = { ...AXIS, x: new Map([...AXIS.x].filter(([e]) => e !== "2020")) };
    const l = placeDocuments([doc("early", "2017-12-31"), doc("late", "2023-01-01"), doc("gap", "2020-06-01"), doc("undated", null), doc("in", "2019-06-01")], axis, 0, 13);
    expect(l.marks.map((m) => m.id)).toEqual(["in"]);
    expect(l.omitted).toEqual([
      { id: "early", reason: "before" }, { id: "gap", reason: "not_charted" }, { id: "late", reason: "after" }, { id: "undated", reason: "no_date" },
    ]);
  });

  it("keeps labels inside the chart, shifting only the label, never the date", () => {
    const l = placeDocuments([doc("a", "2022-12-31", "2535/QĐ-UBND")], { ...AXIS, right: 205 }, 0, 13);
    const m = l.marks[0]!;
    expect(m.x).toBeGreaterThan(199);
    expect(m.labelX + m.halfWidth).toBeLessThanOrEqual(205 + 1e-9);
  });

  it("stacks close documents in rows without overlap, row 0 next to the plot", () => {
    const l = placeDocuments([doc("a", "2022-03-08", "24/KH-UBND"), doc("b", "2022-05-24", "34/KH-UBND")], AXIS, 40, 13);
    expect(l.numbered).toBe(false);
    expect(l.marks.map((m) => m.row)).toEqual([0, 1]);
    expect(overlaps(l)).toBe(false);
    expect(l.height).toBe(2 * l.rowHeight);
    const [a, b] = l.marks;
    expect(a!.labelY).toBeGreaterThan(b!.labelY);
    expect(b!.labelY - l.rowHeight / 2).toBeCloseTo(40, 9);
  });

  it("switches to numbered discs in date order when printed numbers need more than MAX_LABEL_ROWS rows", () => {
    // Bình Định's seven documents of 2021–2022, as the seed articles date them.
    const dates = ["2022-11-08", "2021-05-14", "2021-12-31", "2022-03-08", "2022-05-24", "2022-09-23", "2022-10-05"];
    const docs = dates.map((d, i) => doc(`d${i}`, d, `${1000 + i}/KH-UBND`));
    for (const step of [16, 40]) {
      const axis = { ...AXIS, step, x: new Map([...AXIS.x].map(([e], i) => [e, 100 + (i + 0.5) * step])) };
      const l = placeDocuments(docs, axis, 0, 13);
      expect(l.numbered).toBe(true);
      expect(l.marks.map((m) => [m.key, m.id])).toEqual([["1", "d1"], ["2", "d2"], ["3", "d3"], ["4", "d4"], ["5", "d5"], ["6", "d6"], ["7", "d0"]]);
      expect(overlaps(l)).toBe(false);
      expect(Math.max(...l.marks.map((m) => m.row)) + 1).toBeGreaterThan(0);
    }
    const few = placeDocuments(docs.slice(0, 2), AXIS, 0, 13);
    expect(Math.max(...few.marks.map((m) => m.row)) + 1).toBeLessThanOrEqual(MAX_LABEL_ROWS);
  });
});

describe("placeDocuments() with hundreds of documents", () => {
  it("draws each as a tick in one row when numbered discs would need more than MAX_DISC_ROWS rows, keeping every document and its number", () => {
    const docs = Array.from({ length: 300 }, (_, i) => doc(`d${String(i).padStart(3, "0")}`, `202${1 + (i % 2)}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`, `${i + 1}/QĐ-UBND`));
    const l = placeDocuments(docs, AXIS, 0, 13);
    expect(l.ticks).toBe(true);
    expect(l.numbered).toBe(true);
    expect(l.marks).toHaveLength(300);
    expect(new Set(l.marks.map((m) => m.row))).toEqual(new Set([0]));
    expect(l.height).toBe(l.rowHeight);
    // Numbered in date order, as the list under the chart is.
    const byKey = [...l.marks].sort((a, b) => Number(a.key) - Number(b.key));
    expect(byKey.every((m, i) => i === 0 || m.x >= byKey[i - 1]!.x)).toBe(true);
    // Seven documents keep their discs.
    const seven = placeDocuments(docs.slice(0, 7), AXIS, 0, 13);
    expect(seven.ticks).toBe(false);
    expect(seven.marks.reduce((a, m) => Math.max(a, m.row), 0) + 1).toBeLessThanOrEqual(MAX_DISC_ROWS);
  });
});

describe("trend layout() with documents", () => {
  const YEARS = ["2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022"];
  const input = (documents: TrendInput["documents"]): TrendInput => ({
    editions: YEARS.map((e) => ({ edition: e, group: Number(e) <= 2017 ? "old" : "new" })),
    groups: [{ id: "old", label: "max 60", min: 6, max: 60 }, { id: "new", label: "max 80", min: 8, max: 80 }],
    units: [{ id: "u", label: "Quảng Trị", points: YEARS.map((e, i) => ({ edition: e, value: 40 + i })) }],
    ...(documents ? { documents } : {}),
  });

  it("puts a document in its year's slot on the real axis and makes room above the plot", () => {
    const plain = layout(series(input(undefined)), {});
    const l = layout(series(input([doc("qt", "2022-09-26", "10/CT-UBND"), doc("later", "2025-07-01")])), {});
    const slot = l.xTicks.find((t) => t.edition === "2022")!.position;
    const step = l.xTicks.find((t) => t.edition === "2022")!.position - l.xTicks.find((t) => t.edition === "2021")!.position;
    expect(l.documents.marks[0]!.x).toBeCloseTo(slot - step / 2 + (268.5 / 365) * step, 6);
    expect(l.documents.omitted).toEqual([{ id: "later", reason: "after" }]);
    expect(l.plotTop).toBe(plain.plotTop + l.documents.height);
    expect(l.documents.top + l.documents.height).toBeLessThanOrEqual(l.plotTop);
    expect(plain.documents.marks).toEqual([]);
  });

  it("keeps labels apart at phone and desktop widths", () => {
    const docs = ["2021-05-14", "2021-12-31", "2022-03-08", "2022-05-24", "2022-09-23", "2022-10-05", "2022-11-08"].map((d, i) => doc(`d${i}`, d, `${100 + i}/KH-UBND`));
    for (const width of [324, 360, 520]) {
      const l = layout(series(input(docs)), { width });
      expect(overlaps(l.documents)).toBe(false);
      for (const m of l.documents.marks) {
        expect(m.labelX - m.halfWidth).toBeGreaterThanOrEqual(0);
        expect(m.labelX + m.halfWidth).toBeLessThanOrEqual(width + 1e-9);
      }
    }
  });

  it("refuses a document given twice or with a malformed date", () => {
    expect(() => series(input([doc("a", "2022-01-01"), doc("a", "2022-02-01")]))).toThrow(/given twice/);
    expect(() => series(input([doc("a", "26/9/2022")]))).toThrow(/ISO date/);
  });

  it("draws each document's rule and label, and nothing for an empty list", () => {
    const l = layout(series(input([doc("qt", "2022-09-26", "10/CT-UBND")])), {});
    const reasons = { not_published: "", no_data: "", not_surveyed: "", unit_not_existing: "", no_row: "" };
    const svg = renderToStaticMarkup(createElement(TrendLines, { id: "t", lang: "vi", layout: l, title: "T", desc: "D", text: { band: "b", missing: "m", reasons } }));
    expect(svg).toContain(">10/CT-UBND</text>");
    expect(svg.match(/stroke-dasharray="3 3"/g)).toHaveLength(1);
    const none = renderToStaticMarkup(createElement(TrendLines, { id: "t", lang: "vi", layout: layout(series(input(undefined)), {}), title: "T", desc: "D", text: { band: "b", missing: "m", reasons } }));
    expect(none).not.toContain('class="documents"');
  });
});

describe("trend layout() in small multiples", () => {
  it("reserves a given strip height, keeping the labels next to the plot, so panels line up", () => {
    const YEARS = ["2020", "2021", "2022"];
    const s = series({
      editions: YEARS.map((e) => ({ edition: e, group: "g" })), groups: [{ id: "g", label: "g", min: 0, max: 100 }],
      units: [{ id: "u", label: "U", points: YEARS.map((e) => ({ edition: e, value: 50 })) }],
      documents: [{ id: "a", label: "1/KH", date: "2021-06-01" }],
    });
    const own = layout(s, {});
    const tall = layout(s, {}, { documentsHeight: own.documents.height + 40 });
    expect(tall.plotTop).toBe(own.plotTop + 40);
    expect(tall.documents.marks[0]!.labelY).toBe(own.documents.marks[0]!.labelY + 40);
  });
});
