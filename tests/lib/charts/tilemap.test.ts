import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TileMap } from "../../../src/components/charts/TileMap.tsx";
import { FONT, LINE, SMALL_FONT } from "../../../src/lib/charts/chart-sizes.ts";
import { classify, thresholdClasses } from "../../../src/lib/charts/legend.ts";
import { SEQUENTIAL } from "../../../src/lib/charts/palette.ts";
import { freeBlock, layout, series, type TileMapInput } from "../../../src/lib/charts/tilemap.ts";
import { measure, overlaps, textBox, type Box } from "../../../src/lib/charts/text-wrap.ts";
import type { MissingReason } from "../../../src/lib/charts/types.ts";

/**
 * A generated grid four columns wide: columns 0–1 in every row, columns 2–3 only in rows 0–1 and
 * from row 8 on, so rows 2–7 leave an empty 2 × 6 block (like the sea beside Vietnam's centre).
 */
function grid(n: number): TileMapInput["tiles"] {
  const cells: { row: number; col: number }[] = [];
  for (let row = 0; cells.length < n; row++) {
    for (let col = 0; col < 4 && cells.length < n; col++) if (col < 2 || row < 2 || row >= 8) cells.push({ row, col });
  }
  return cells.map((c, i) => ({ unit: `u${String(i).padStart(2, "0")}`, ...c, label: `T${i}`, name: `Unit ${i}` }));
}

const reasons: Record<MissingReason, string> = {
  not_published: "not published", no_data: "no data", not_surveyed: "not surveyed", unit_not_existing: "did not exist", no_row: "no row",
};

describe("thresholdClasses()", () => {
  it("thresholdClasses() covers [lo, hi] exactly with contiguous classes on round inner bounds", () => {
    const { thresholds, classes } = thresholdClasses(39.9122, 47.8212);
    expect(classes[0]!.lo).toBe(39.9122);
    expect(classes.at(-1)!.hi).toBe(47.8212);
    classes.slice(1).forEach((c, i) => expect(c.lo).toBe(classes[i]!.hi));
    expect(classes.length).toBeLessThanOrEqual(SEQUENTIAL.length);
    for (const t of thresholds) expect(Number.isInteger(t * 10)).toBe(true);
  });

  it("thresholdClasses() always gives the top class the darkest step and never more than seven classes", () => {
    for (const [lo, hi] of [[0, 100], [1, 10], [84.85, 86.97], [0, 1e6], [-3, 3]] as const) {
      const { classes } = thresholdClasses(lo, hi);
      expect(classes.length).toBeGreaterThan(1);
      expect(classes.length).toBeLessThanOrEqual(7);
      expect(classes.at(-1)!.fill).toBe(SEQUENTIAL[6]);
      expect(classes[0]!.fill).toBe(SEQUENTIAL[0]);
    }
  });

  it("thresholdClasses() makes one class when lo equals hi, and rejects a reversed domain", () => {
    expect(thresholdClasses(5, 5).classes).toEqual([{ index: 0, lo: 5, hi: 5, fill: SEQUENTIAL[6] }]);
    expect(() => thresholdClasses(5, 4)).toThrow(RangeError);
  });

  it("classify() puts a value on a threshold in the upper class and clamps the ends", () => {
    const t = [40, 42, 44];
    expect(classify(39, t)).toBe(0);
    expect(classify(40, t)).toBe(1);
    expect(classify(43.99, t)).toBe(2);
    expect(classify(44, t)).toBe(3);
    expect(classify(1000, t)).toBe(3);
  });
});

describe("tilemap series()", () => {
  const tiles = grid(6);

  it("series() joins values to tiles and marks a unit without a value row as missing, never as 0", () => {
    const s = series({ tiles, values: [{ unit: "u00", value: 10 }, { unit: "u01", value: null, missing: "not_published" }, { unit: "u02", value: 20 }], domain: { basis: "data" } });
    const byUnit = new Map(s.tiles.map((t) => [t.unit, t]));
    expect(byUnit.get("u01")).toMatchObject({ value: null, missing: "not_published", classIndex: null });
    expect(byUnit.get("u03")).toMatchObject({ value: null, missing: "no_row", classIndex: null });
    expect(s.missingCount).toBe(4);
    expect(s.domain).toEqual([10, 20]);
    expect(s.classCounts.reduce((a, b) => a + b, 0)).toBe(2);
  });

  it("series() gives tied values the same class", () => {
    const s = series({ tiles, values: tiles.map((t, i) => ({ unit: t.unit, value: i < 3 ? 50 : 60 + i })), domain: { basis: "data" } });
    const classes = s.tiles.filter((t) => t.value === 50).map((t) => t.classIndex);
    expect(new Set(classes).size).toBe(1);
  });

  it("series() with a single unit makes one class holding it", () => {
    const s = series({ tiles: tiles.slice(0, 1), values: [{ unit: "u00", value: 42.5 }], domain: { basis: "data" } });
    expect(s.classes).toHaveLength(1);
    expect(s.tiles[0]!.classIndex).toBe(0);
    expect(s.rows).toBe(1);
    expect(s.cols).toBe(1);
  });

  it("series() with an empty edition has no domain and no classes, and every tile missing", () => {
    const s = series({ tiles, values: [], domain: { basis: "data" } });
    expect(s.domain).toBeNull();
    expect(s.classes).toEqual([]);
    expect(s.missingCount).toBe(tiles.length);
  });

  it("series() on the codebook basis keeps the codebook's min–max whatever the values", () => {
    const s = series({ tiles, values: [{ unit: "u00", value: 44 }], domain: { basis: "codebook", min: 8, max: 80 } });
    expect(s.domain).toEqual([8, 80]);
    expect(s.classes[0]!.lo).toBe(8);
    expect(s.classes.at(-1)!.hi).toBe(80);
  });

  it("series() lists values of units without a tile and rejects two tiles on one cell or a value with no reason", () => {
    expect(series({ tiles, values: [{ unit: "other", value: 1 }], domain: { basis: "data" } }).unplaced).toEqual(["other"]);
    expect(() => series({ tiles: [...tiles, { ...tiles[0]!, unit: "dup" }], values: [], domain: { basis: "data" } })).toThrow(/two tiles/);
    expect(() => series({ tiles, values: [{ unit: "u00", value: null }], domain: { basis: "data" } })).toThrow(/no reason/);
  });
});

function legendBoxes(l: ReturnType<typeof layout>): Box[] {
  const g = l.legend;
  return [
    ...g.title.lines.map((t, i) => textBox(g.title.x, g.title.y + i * LINE, measure(t, FONT, true), FONT)),
    ...g.basis.lines.map((t, i) => textBox(g.basis.x, g.basis.y + i * LINE, measure(t, FONT), FONT)),
    ...g.entries.map((e) => ({ x0: e.swatch.x, y0: Math.min(e.swatch.y, e.textY - FONT * 0.95), x1: e.textX + measure(`${e.lo}–${e.hi}`, FONT), y1: Math.max(e.swatch.y + e.swatch.height, e.textY + FONT * 0.25) })),
    ...(g.missing ? g.missing.lines.map((t, i) => textBox(g.missing!.textX, g.missing!.textY + i * LINE, measure(t, FONT), FONT)) : []),
  ];
}

describe("tilemap layout()", () => {
  const tiles = grid(36);
  const values = tiles.map((t, i) => ({ unit: t.unit, value: i === 3 ? null : 40 + (i % 8) * 0.9, ...(i === 3 ? { missing: "no_data" as const } : {}) }));
  const s = series({ tiles, values, domain: { basis: "data" } });
  const l = layout(s, {}, { legendTitle: "PAPI 2024 total", basisText: "Classes over this edition's range", missingText: "no value", missingShort: "n/a" });

  it("layout() places equal tiles that never overlap, inside the chart", () => {
    for (const [i, a] of l.tiles.entries()) {
      expect(a.x).toBeGreaterThanOrEqual(0);
      expect(a.x + a.size).toBeLessThanOrEqual(l.width + 1e-9);
      for (const b of l.tiles.slice(i + 1)) expect(overlaps({ x0: a.x, y0: a.y, x1: a.x + a.size, y1: a.y + a.size }, { x0: b.x, y0: b.y, x1: b.x + b.size, y1: b.y + b.size })).toBe(false);
    }
    expect(new Set(l.tiles.map((t) => t.size)).size).toBe(1);
  });

  it("layout() fits the legend into an empty block of the grid, clear of every tile, with no two legend texts overlapping", () => {
    expect(l.legend.inGrid).toBe(true);
    const boxes = legendBoxes(l);
    for (const b of boxes) {
      for (const t of l.tiles) expect(overlaps(b, { x0: t.x, y0: t.y, x1: t.x + t.size, y1: t.y + t.size })).toBe(false);
    }
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)));
  });

  it("layout() keeps a tile's label and value apart and inside the tile", () => {
    expect(l.showValues).toBe(true);
    for (const t of l.tiles) {
      const label = textBox(t.cx, t.labelY, measure(t.label, FONT, true), FONT, "middle");
      const value = textBox(t.cx, t.valueY, measure(t.value === null ? "n/a" : String(t.value), SMALL_FONT), SMALL_FONT, "middle");
      expect(overlaps(label, value)).toBe(false);
      for (const b of [label, value]) {
        expect(b.x0).toBeGreaterThanOrEqual(t.x);
        expect(b.x1).toBeLessThanOrEqual(t.x + t.size);
        expect(b.y0).toBeGreaterThanOrEqual(t.y);
        expect(b.y1).toBeLessThanOrEqual(t.y + t.size);
      }
    }
  });

  it("layout() hatches missing tiles and gives the legend a hatched entry with their count", () => {
    expect(l.tiles.filter((t) => t.hatched).map((t) => t.unit)).toEqual(["u03"]);
    expect(l.legend.missing?.count).toBe(1);
    expect(l.legend.missing?.lines.join(" ")).toBe("no value (1)");
  });

  it("layout() puts the legend below the map when the grid has no empty block", () => {
    const full = Array.from({ length: 16 }, (_, i) => ({ unit: `f${i}`, row: Math.floor(i / 4), col: i % 4, label: `F${i}`, name: `F ${i}` }));
    const lf = layout(series({ tiles: full, values: full.map((t, i) => ({ unit: t.unit, value: i })), domain: { basis: "data" } }), {}, { legendTitle: "Title" });
    expect(lf.legend.inGrid).toBe(false);
    expect(lf.legend.y).toBeGreaterThan(Math.max(...lf.tiles.map((t) => t.y + t.size)));
    expect(lf.height).toBeGreaterThanOrEqual(lf.legend.y + lf.legend.height);
  });

  it("layout() drops the value line from every tile when one value is too wide for its tile", () => {
    const lw = layout(series({ tiles, values: [{ unit: "u00", value: 12345678.12345 }], domain: { basis: "data" } }), {}, {});
    expect(lw.showValues).toBe(false);
  });

  it("freeBlock() finds the top-most, then left-most empty block, or null", () => {
    const t = [{ row: 0, col: 0 }, { row: 0, col: 1 }, { row: 1, col: 0 }];
    expect(freeBlock(t, 3, 2, 1, 2)).toEqual({ row: 1, col: 1 });
    expect(freeBlock(grid(36), 14, 4, 2, 6)).toEqual({ row: 2, col: 2 });
    expect(freeBlock(t, 3, 2, 2, 2)).toBeNull();
  });
});

describe("<TileMap>", () => {
  it("renders one tile group per unit with a <title>, the hatched pattern for missing tiles and no NaN", () => {
    const tiles = grid(12);
    const s = series({ tiles, values: tiles.slice(1).map((t, i) => ({ unit: t.unit, value: 40 + i })), domain: { basis: "data" } });
    const l = layout(s, {}, { legendTitle: "Total", basisText: "range of the values", missingText: "no value", missingShort: "–" });
    const html = renderToStaticMarkup(createElement(TileMap, { id: "m", lang: "en", layout: l, title: "Map", desc: "A map", text: { missingShort: "–", classWord: "class", reasons } }));
    expect(html.match(/<g data-unit=/g)).toHaveLength(12);
    expect(html.match(/<title[ >]/g)).toHaveLength(13);
    expect(html).toContain('fill="url(#m-hatch)"');
    expect(html).toContain("Unit 0: – — no row");
    expect(html.match(/<g data-class="\d+"><rect/g)).toHaveLength(s.classes.length);
    expect(html).not.toContain("NaN");
  });
});
