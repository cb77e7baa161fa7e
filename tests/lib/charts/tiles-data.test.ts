// The tile-map layouts in data/reference/tiles-*.csv are our own design data: these tests hold
// them to geographic facts that can be checked from the unit list, so an edit that scrambles the
// map fails here rather than on the page.
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { loadData, type DataBundle } from "../../../src/lib/load/index.ts";
import { directoryReader } from "../../../src/lib/load/fs.ts";
import type { Tile } from "../../../src/lib/schema/tables.ts";

const DATA = fileURLToPath(new URL("../../../data", import.meta.url));
let data: DataBundle;

beforeAll(() => {
  const result = loadData(directoryReader(DATA));
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.file}:${e.row}: ${e.message}`).join("\n"));
  data = result.data;
});

const frames = [
  { frame: "63", tiles: () => data.tiles63.rows, prefix: "vn63-" },
  { frame: "34", tiles: () => data.tiles34.rows, prefix: "vn34-" },
] as const;

function at(tiles: readonly Tile[], unit: string): Tile {
  const t = tiles.find((x) => x.unit === unit);
  if (!t) throw new Error(`no tile for ${unit}`);
  return t;
}

/** Tiles sharing an edge with `t`. */
function neighbours(tiles: readonly Tile[], t: Tile): Tile[] {
  return tiles.filter((o) => Math.abs(o.row - t.row) + Math.abs(o.col - t.col) === 1);
}

describe.each(frames)("tiles-$frame.csv", ({ frame, tiles, prefix }) => {
  it("places every unit of the frame exactly once, and nothing else", () => {
    const units = data.units.rows.filter((u) => u.frame === frame).map((u) => u.id).sort();
    expect(tiles().map((t) => t.unit).sort()).toEqual(units);
    expect(tiles().every((t) => t.unit.startsWith(prefix))).toBe(true);
  });

  it("gives every tile a short label (2–4 letters, Vietnamese letters allowed) unique within the frame", () => {
    const labels = tiles().map((t) => t.label);
    expect(new Set(labels).size).toBe(labels.length);
    for (const l of labels) expect(l).toMatch(/^\p{Lu}\p{L}{1,3}$/u);
  });

  it("keeps the grid about 4–6 columns wide and tall like the country", () => {
    const cols = Math.max(...tiles().map((t) => t.col)) + 1;
    const rows = Math.max(...tiles().map((t) => t.row)) + 1;
    expect(cols).toBeGreaterThanOrEqual(4);
    expect(cols).toBeLessThanOrEqual(6);
    expect(rows).toBeGreaterThanOrEqual(2.5 * cols);
  });

  it("connects every tile to another by an edge, and the whole map into one piece", () => {
    // No islands: Vietnam's islands (Phú Quốc, Côn Đảo …) belong to mainland provinces, so no
    // province needs a tile apart from the others.
    const all = tiles();
    for (const t of all) expect(neighbours(all, t).length, `${t.unit} (${t.label}) touches no tile`).toBeGreaterThan(0);
    const seen = new Set([all[0]!.unit]);
    const queue = [all[0]!];
    while (queue.length > 0) {
      for (const n of neighbours(all, queue.shift()!)) {
        if (!seen.has(n.unit)) {
          seen.add(n.unit);
          queue.push(n);
        }
      }
    }
    expect(seen.size).toBe(all.length);
  });
});

describe("tiles-63.csv geography", () => {
  const t = () => data.tiles63.rows;
  const row = (code: string) => at(t(), `vn63-${code}`).row;
  const col = (code: string) => at(t(), `vn63-${code}`).col;

  it("puts Hà Nội north of TP Hồ Chí Minh, and Lào Cai and Hà Giang in the top row", () => {
    expect(row("01")).toBeLessThan(row("79"));
    expect(row("10")).toBe(0);
    expect(row("02")).toBe(0);
  });

  it("makes Cà Mau the southernmost tile, alone in the last row", () => {
    const last = Math.max(...t().map((x) => x.row));
    expect(t().filter((x) => x.row === last).map((x) => x.unit)).toEqual(["vn63-96"]);
  });

  it("keeps the border and the sea on their sides: Điện Biên west of Hà Nội, Quảng Ninh and Hải Phòng east of it", () => {
    expect(col("11")).toBeLessThan(col("01"));
    expect(col("22")).toBeGreaterThan(col("01"));
    expect(col("31")).toBeGreaterThan(col("01"));
  });

  it("runs the central coast north to south in its real order", () => {
    const coast = ["38", "40", "42", "44", "45", "46", "48", "49", "51", "52", "54", "56", "58", "60"];
    const rows = coast.map(row);
    expect([...rows].sort((a, b) => a - b)).toEqual(rows);
  });

  it("narrows the centre to a strip of one or two tiles, from Quảng Bình to Khánh Hòa", () => {
    for (let r = row("44"); r <= row("56"); r++) expect(t().filter((x) => x.row === r).length).toBeLessThanOrEqual(2);
  });

  it("widens the Mekong delta: An Giang and Kiên Giang west of TP HCM, Bến Tre and Trà Vinh east of Cần Thơ", () => {
    expect(col("89")).toBeLessThan(col("79"));
    expect(col("91")).toBeLessThan(col("79"));
    expect(col("83")).toBeGreaterThan(col("92"));
    expect(col("84")).toBeGreaterThan(col("92"));
  });

  it("keeps the Central Highlands inland of the coast beside them", () => {
    expect(col("62")).toBeLessThan(col("52"));
    expect(col("64")).toBeLessThan(col("54"));
    expect(col("66")).toBeLessThan(col("56"));
  });
});

describe("tiles-34.csv geography", () => {
  const t = () => data.tiles34.rows;
  const row = (code: string) => at(t(), `vn34-${code}`).row;
  const col = (code: string) => at(t(), `vn34-${code}`).col;

  it("puts Hà Nội north of TP Hồ Chí Minh, and Lào Cai and Tuyên Quang (now with Hà Giang) in the top row", () => {
    expect(row("01")).toBeLessThan(row("79"));
    expect(row("15")).toBe(0);
    expect(row("08")).toBe(0);
  });

  it("makes Cà Mau the southernmost tile, alone in the last row", () => {
    const last = Math.max(...t().map((x) => x.row));
    expect(t().filter((x) => x.row === last).map((x) => x.unit)).toEqual(["vn34-96"]);
  });

  it("runs the central coast north to south in its real order", () => {
    const coast = ["38", "40", "42", "44", "46", "48", "51", "52", "66", "56"];
    const rows = coast.map(row);
    expect([...rows].sort((a, b) => a - b)).toEqual(rows);
  });

  it("keeps An Giang west of TP HCM and Quảng Ninh east of Hà Nội", () => {
    expect(col("91")).toBeLessThan(col("79"));
    expect(col("22")).toBeGreaterThan(col("01"));
  });

  it("keeps each merged unit near its predecessors: their rows in the 63 layout run in the same north–south order", () => {
    // Mean row of a 34-unit's predecessors in the 63 layout; sorted by it, the 34 layout's rows
    // must not go back north by more than one row.
    const row63 = new Map(data.tiles63.rows.map((x) => [x.unit, x.row]));
    const mean = new Map<string, number[]>();
    for (const l of data.lineage.rows) mean.set(l.successor, [...(mean.get(l.successor) ?? []), row63.get(l.predecessor)!]);
    const order = t().map((x) => ({ row: x.row, ref: mean.get(x.unit)!.reduce((a, b) => a + b, 0) / mean.get(x.unit)!.length })).sort((a, b) => a.ref - b.ref);
    order.forEach((o, i) => {
      if (i > 0) expect(o.row).toBeGreaterThanOrEqual(order[i - 1]!.row - 1);
    });
  });
});
