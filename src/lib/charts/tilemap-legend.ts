// The tile map's legend: its contents measured first, then placed in an empty block of the grid
// (the tile layouts leave sea and border areas empty) or, when none is large enough, below the map.
import { FONT, LINE } from "./chart-sizes.ts";
import type { LegendClass } from "./legend.ts";
import { measure, wrapText } from "./text-wrap.ts";
import type { TileMapLayoutOptions, TileMapSeries } from "./tilemap.ts";

export interface LegendEntry extends LegendClass {
  count: number;
  swatch: { x: number; y: number; width: number; height: number };
  textX: number;
  textY: number;
}

export interface TileMapLegend {
  x: number;
  y: number;
  width: number;
  height: number;
  title: { lines: string[]; x: number; y: number };
  basis: { lines: string[]; x: number; y: number };
  entries: LegendEntry[];
  missing: { count: number; swatch: LegendEntry["swatch"]; textX: number; textY: number; lines: string[] } | null;
  /** Whether the legend sits in an empty part of the grid (else below the map). */
  inGrid: boolean;
}

const SWATCH = 14;

export function placeLegend(
  s: TileMapSeries,
  grid: { width: number; step: number; gap: number },
  options: TileMapLayoutOptions & { format: (value: number) => string },
): TileMapLegend {
  const { width, step, gap } = grid;
  const format = options.format;
  const cols = Math.max(1, s.cols);
  const rangeText = (c: LegendClass) => `${format(c.lo)}–${format(c.hi)}`;
  const entryW = Math.max(0, ...s.classes.map((c) => measure(rangeText(c), FONT))) + SWATCH + 6;
  const legendBox = (w: number) => {
    const title = wrapText(options.legendTitle ?? "", w, FONT, true);
    const basis = wrapText(options.basisText ?? "", w, FONT);
    const missing = s.missingCount > 0 ? wrapText(`${options.missingText ?? ""} (${s.missingCount})`, w - SWATCH - 6, FONT) : [];
    const height = (title.length + basis.length) * LINE + 4 + s.classes.length * (LINE + 2) + missing.length * LINE + 4;
    return { title, basis, missing, height };
  };
  // The legend is inset by `inset` on every side of its block, so it never touches a tile.
  const inset = gap * 2;
  // At least two columns wide, or as wide as the widest class entry.
  const legendMin = Math.max(entryW, 2 * step - 2 * inset);
  const blockCols = Math.max(1, Math.ceil((legendMin + 2 * inset) / step));
  let placed: { x: number; y: number; w: number; m: ReturnType<typeof legendBox> } | null = null;
  for (let bc = blockCols; bc <= Math.min(cols, blockCols + 1) && placed === null; bc++) {
    const w = bc * step - 2 * inset;
    const m = legendBox(w);
    const spot = freeBlock(s.tiles, s.rows, cols, bc, Math.ceil((m.height + 2 * inset) / step));
    if (spot) placed = { x: spot.col * step + inset, y: spot.row * step + inset, w, m };
  }
  const inGrid = placed !== null;
  if (placed === null) {
    const w = width - gap;
    placed = { x: gap / 2, y: s.rows * step + LINE / 2, w, m: legendBox(w) };
  }
  const { x: lx, y: ly, w: lw, m } = placed;
  let y = ly + FONT;
  const title = { lines: m.title, x: lx, y };
  y += m.title.length * LINE;
  const basis = { lines: m.basis, x: lx, y };
  y += m.basis.length * LINE + 4;
  const entries: LegendEntry[] = s.classes.map((c, i) => {
    const top = y + i * (LINE + 2) - FONT + 1;
    return { ...c, count: s.classCounts[i] ?? 0, swatch: { x: lx, y: top, width: SWATCH, height: SWATCH }, textX: lx + SWATCH + 6, textY: top + SWATCH - 2 };
  });
  y += s.classes.length * (LINE + 2);
  const missing = s.missingCount === 0 ? null : {
    count: s.missingCount, lines: m.missing,
    swatch: { x: lx, y: y - FONT + 1, width: SWATCH, height: SWATCH }, textX: lx + SWATCH + 6, textY: y - 1,
  };
  return { x: lx, y: ly, width: lw, height: m.height, title, basis, entries, missing, inGrid };
}

/**
 * Top-most, then left-most empty block of `bc` × `br` grid cells inside the map's bounds, or null.
 * The tile grids leave sea and border areas empty; the legend goes there instead of below.
 */
export function freeBlock(tiles: readonly { row: number; col: number }[], rows: number, cols: number, bc: number, br: number): { row: number; col: number } | null {
  const taken = new Set(tiles.map((t) => `${t.row},${t.col}`));
  for (let r = 0; r + br <= rows; r++) {
    for (let c = 0; c + bc <= cols; c++) {
      let free = true;
      for (let i = 0; i < br && free; i++) for (let j = 0; j < bc && free; j++) if (taken.has(`${r + i},${c + j}`)) free = false;
      if (free) return { row: r, col: c };
    }
  }
  return null;
}
