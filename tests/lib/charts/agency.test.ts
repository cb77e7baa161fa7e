import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AgencyBars } from "../../../src/components/charts/AgencyBars.tsx";
import { layout, series, type AgencyBarsInput } from "../../../src/lib/charts/agency.ts";
import { FONT, LINE } from "../../../src/lib/charts/chart-sizes.ts";
import { contrast, inkOn } from "../../../src/lib/charts/ink.ts";
import { CATEGORICAL, SEQUENTIAL } from "../../../src/lib/charts/palette.ts";
import { measure, overlaps, textBox, type Box } from "../../../src/lib/charts/text-wrap.ts";
import type { MissingReason } from "../../../src/lib/charts/types.ts";

const components = [{ id: "appraisal", label: "Appraisal score" }, { id: "survey", label: "Sociological survey score" }];

/** Generated ministries: total = appraisal + survey, one with a long name, one without a total. */
function rows(n: number): AgencyBarsInput["rows"] {
  return Array.from({ length: n }, (_, i) => ({
    id: `m${i}`,
    label: i === 1 ? "Ministry of Labour, Invalids and Social Affairs and of several other things" : `Ministry ${String.fromCharCode(65 + i)}`,
    total: 60 + i * 2 + 25,
    parts: { appraisal: 60 + i * 2, survey: 25 },
    rankText: `${n - i}/${n}`,
  }));
}

const reasons: Record<MissingReason, string> = {
  not_published: "not published", no_data: "no data", not_surveyed: "not surveyed", unit_not_existing: "did not exist", no_row: "no row",
};

function nonFinite(x: unknown, path = ""): string[] {
  if (typeof x === "number") return Number.isFinite(x) ? [] : [path];
  if (x && typeof x === "object") return Object.entries(x).flatMap(([k, v]) => nonFinite(v, `${path}.${k}`));
  return [];
}

describe("inkOn()", () => {
  it("inkOn() picks the text colour with the higher contrast, at least 4.5:1 on every palette colour", () => {
    for (const fill of [...SEQUENTIAL, ...CATEGORICAL]) expect(contrast(fill, inkOn(fill))).toBeGreaterThanOrEqual(4.5);
    expect(inkOn("#ffffff")).toBe("#1a1a1a");
    expect(inkOn("#000000")).toBe("#ffffff");
    expect(() => inkOn("blue")).toThrow(RangeError);
  });
});

describe("agency series()", () => {
  it("series() sorts by total, highest first, ties in Vietnamese label order, rows without a total last", () => {
    const s = series({
      variant: "ministries", scaleMax: 100,
      rows: [
        { id: "a", label: "Bộ Y tế", total: 80 },
        { id: "b", label: "Bộ Công Thương", total: 80 },
        { id: "c", label: "Bộ Tư pháp", total: null, missing: "not_published" },
        { id: "d", label: "Bộ Đ", total: 90 },
      ],
    });
    expect(s.rows.map((r) => r.id)).toEqual(["d", "b", "a", "c"]);
    expect(s.rows[3]).toMatchObject({ total: null, missing: "not_published", parts: null });
  });

  it("series() stacks the parts only when every part has a value, and never computes a rank", () => {
    const s = series({
      variant: "ministries", components, scaleMax: 100,
      rows: [
        { id: "full", label: "A", total: 89.95, parts: { appraisal: 61.86, survey: 28.1 }, rankText: "1/17" },
        { id: "half", label: "B", total: 80, parts: { appraisal: 55, survey: null } },
      ],
    });
    expect(s.rows[0]!.parts).toEqual([{ id: "appraisal", value: 61.86 }, { id: "survey", value: 28.1 }]);
    expect(s.rows[0]!.rankText).toBe("1/17");
    expect(s.rows[1]!.parts).toBeNull();
    expect(s.rows[1]!.rankText).toBe("");
  });

  it("series() with a single agency, or none, still gives a scale", () => {
    expect(series({ variant: "province-own", scaleMax: 100, rows: [{ id: "x", label: "Sở X", total: 65.37 }] }).rows).toHaveLength(1);
    const empty = series({ variant: "ministries", scaleMax: 100, rows: [] });
    expect(empty.rows).toEqual([]);
    expect(empty.scaleMax).toBe(100);
  });

  it("series() rejects an agency given twice and a missing total without a reason", () => {
    expect(() => series({ variant: "ministries", scaleMax: 100, rows: [{ id: "x", label: "X", total: 1 }, { id: "x", label: "X", total: 2 }] })).toThrow(/twice/);
    expect(() => series({ variant: "ministries", scaleMax: 100, rows: [{ id: "x", label: "X", total: null }] })).toThrow(/no reason/);
  });
});

function boxes(l: ReturnType<typeof layout>, fmt: (v: number) => string, missing: string): Box[] {
  return [
    ...(l.banner ? l.banner.lines.map((t, i) => textBox(2, l.banner!.y + i * LINE, measure(t, FONT, true), FONT)) : []),
    ...l.key.flatMap((k) => k.lines.map((t, i) => textBox(k.textX, k.textY + i * LINE, measure(t, FONT), FONT))),
    ...l.bars.flatMap((b) => [
      ...b.lines.map((t, i) => textBox(0, b.labelY + i * LINE, measure(t, FONT, b.highlight), FONT)),
      textBox(b.valueX, b.labelY, measure(b.total === null ? missing : fmt(b.total), FONT, b.total !== null), FONT, "end"),
      ...b.segments.filter((s) => s.textX !== null).map((s) => textBox(s.textX!, b.y + b.barHeight - 4, measure(fmt(s.value), FONT), FONT, "middle")),
    ]),
    ...l.ticks.map((t) => textBox(t.labelX, l.axisY, t.width, FONT, t.anchor)),
  ];
}

describe("agency layout()", () => {
  const fmt = (v: number) => v.toFixed(2);
  const input: AgencyBarsInput = { variant: "ministries", components, rows: [...rows(6), { id: "none", label: "Ministry Z", total: null, missing: "not_published" }], scaleMax: 100, reference: { label: "Average", value: 84.38 } };
  const l = layout(series(input), {}, { format: fmt, missingText: "not published", referenceText: "Average of the ministries: 84.38" });

  it("layout() stacks each bar's segments end to end from 0, and keeps them inside the track", () => {
    for (const b of l.bars.filter((x) => x.segments.length > 0)) {
      expect(b.segments[0]!.x).toBe(b.trackX);
      expect(b.segments[1]!.x).toBeCloseTo(b.segments[0]!.x + b.segments[0]!.width, 9);
      const end = b.segments.at(-1)!.x + b.segments.at(-1)!.width;
      expect(end).toBeCloseTo(b.trackX + b.barWidth, 9);
      expect(end).toBeLessThanOrEqual(b.trackX + b.trackWidth + 1e-9);
    }
  });

  it("layout() keeps labels, values, segment texts, key and ticks apart and inside the chart", () => {
    const all = boxes(l, fmt, "not published");
    for (const b of all) {
      expect(b.x0).toBeGreaterThanOrEqual(-1e-9);
      expect(b.x1).toBeLessThanOrEqual(l.width + 1e-9);
    }
    all.forEach((a, i) => all.slice(i + 1).forEach((b) => expect(overlaps(a, b), JSON.stringify([a, b])).toBe(false)));
  });

  it("layout() draws the reference through each bar only, and no bar for a missing total", () => {
    expect(l.reference!.spans).toHaveLength(l.bars.length);
    l.reference!.spans.forEach((s, i) => {
      expect(s.y0).toBeGreaterThan(l.bars[i]!.labelY);
      expect(s.y1).toBeLessThan((l.bars[i + 1]?.labelY ?? Infinity) - FONT);
    });
    expect(l.bars.at(-1)).toMatchObject({ id: "none", barWidth: 0, segments: [] });
  });

  it("layout() of the province's own index prints its banner first and uses its own colour", () => {
    const own = layout(series({ variant: "province-own", scaleMax: 100, rows: [{ id: "x", label: "Sở Tài chính", total: 90.6, rankText: "highest of 21" }] }), {}, { bannerText: "Bình Định's own index of its agencies, not the PAR Index" });
    expect(own.banner?.lines.join(" ")).toBe("Bình Định's own index of its agencies, not the PAR Index");
    expect(own.bars[0]!.labelY).toBeGreaterThan(own.banner!.y + (own.banner!.lines.length - 1) * LINE);
    expect(own.bars[0]!.fill).not.toBe(l.bars[0]!.fill);
    expect(own.bars[0]!.lines.join(" ")).toContain("highest of 21");
  });

  it("layout() of no agencies is an axis only, without NaN", () => {
    const e = layout(series({ variant: "ministries", scaleMax: 100, rows: [] }));
    expect(e.bars).toEqual([]);
    expect(nonFinite(e)).toEqual([]);
  });
});

describe("<AgencyBars>", () => {
  it("renders two segments per complete ministry, a banner for the province's own index, titles and no NaN", () => {
    const l = layout(series({ variant: "ministries", components, rows: rows(4), scaleMax: 100, reference: { label: "Avg", value: 84.38 } }), {}, { referenceText: "Avg 84.38" });
    const html = renderToStaticMarkup(createElement(AgencyBars, { id: "a", lang: "en", layout: l, title: "Ministries", desc: "PAR Index", text: { missing: "not published", reasons }, unit: "points", decimals: 2 }));
    expect(html.match(/class="segment"/g)).toHaveLength(8);
    expect(html.match(/<g data-entity=/g)).toHaveLength(4);
    expect(html.match(/<title[ >]/g)).toHaveLength(5);
    expect(html).toContain("Appraisal score: 66.00");
    expect(html).not.toContain("NaN");

    const own = layout(series({ variant: "province-own", scaleMax: 100, rows: [{ id: "x", label: "Sở Ngoại vụ", total: 65.37 }, { id: "y", label: "Sở Z", total: null, missing: "not_published" }] }), {}, { bannerText: "Own index", missingText: "not published" });
    const ownHtml = renderToStaticMarkup(createElement(AgencyBars, { id: "o", lang: "vi", layout: own, title: "Own", desc: "Own index", text: { missing: "not published", reasons } }));
    expect(ownHtml).toContain('class="banner"');
    expect(ownHtml).toContain("Own index");
    expect(ownHtml).toContain("65,37%");
    expect(ownHtml.match(/class="bar"/g)).toHaveLength(1);
    expect(ownHtml).toContain("not published — not published");
  });
});
