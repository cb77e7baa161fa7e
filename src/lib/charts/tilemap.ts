// Tile-grid map: one equal square per unit of a frame (63 provinces or 34 units), placed on our
// own grid (data/reference/tiles-*.csv) and coloured by one indicator in one edition. Every tile
// also prints its label and value; a unit without a value is hatched and says so, never coloured
// as the lowest class.
import { extent } from "d3";
import { FONT, LINE, SMALL_FONT, VIEW_WIDTH } from "./chart-sizes.ts";
import { classify, thresholdClasses, type LegendClass } from "./legend.ts";
import { placeLegend, type TileMapLegend } from "./tilemap-legend.ts";
import { inkOn } from "./ink.ts";
import { MISSING_FILL } from "./palette.ts";
import { measure } from "./text-wrap.ts";
import type { MissingReason } from "./types.ts";

export { freeBlock, type LegendEntry, type TileMapLegend } from "./tilemap-legend.ts";

/** Where the colour classes come from. */
export type DomainBasis =
  /** The codebook's min–max: the same colours mean the same scores in every edition. */
  | { basis: "codebook"; min: number; max: number }
  /** The values' own extent: finer contrast within one edition; the legend says so. */
  | { basis: "data" };

export interface TileMapInput {
  /** One frame's layout rows, with the unit's name for titles and the data table. */
  tiles: readonly { unit: string; row: number; col: number; label: string; name: string }[];
  /** The indicator's values. A unit of the frame with no entry here is missing ("no_row"). */
  values: readonly { unit: string; value: number | null; missing?: MissingReason }[];
  domain: DomainBasis;
}

export interface TileDatum {
  unit: string;
  row: number;
  col: number;
  label: string;
  name: string;
  value: number | null;
  /** Why the value is missing; null when there is a value. */
  missing: MissingReason | null;
  /** Colour class, or null when missing. */
  classIndex: number | null;
}

export interface TileMapSeries {
  tiles: TileDatum[];
  basis: "codebook" | "data";
  /** The range the classes cover; null when no unit has a value and the basis is "data". */
  domain: [number, number] | null;
  classes: LegendClass[];
  /** Units with a value (per class, in class order) and without. */
  classCounts: number[];
  missingCount: number;
  /** Value rows for units that have no tile (another frame): left off the map, listed here. */
  unplaced: string[];
  rows: number;
  cols: number;
}

export function series(input: TileMapInput): TileMapSeries {
  const seenTile = new Set<string>();
  const cells = new Set<string>();
  for (const t of input.tiles) {
    if (seenTile.has(t.unit)) throw new Error(`tilemap: unit ${t.unit} has two tiles`);
    seenTile.add(t.unit);
    const cell = `${t.row},${t.col}`;
    if (cells.has(cell)) throw new Error(`tilemap: two tiles on row ${t.row}, col ${t.col}`);
    cells.add(cell);
  }
  const byUnit = new Map<string, { value: number | null; missing?: MissingReason }>();
  for (const v of input.values) {
    if (byUnit.has(v.unit)) throw new Error(`tilemap: unit ${v.unit} has two values`);
    if (v.value === null && v.missing === undefined) throw new Error(`tilemap: unit ${v.unit} has no value and no reason why`);
    if (v.value !== null && !Number.isFinite(v.value)) throw new Error(`tilemap: unit ${v.unit} has a value that is not a number`);
    byUnit.set(v.unit, v);
  }
  const present = input.tiles.map((t) => byUnit.get(t.unit)?.value).filter((v): v is number => typeof v === "number");
  const [lo, hi] = extent(present);
  const domain: [number, number] | null =
    input.domain.basis === "codebook" ? [input.domain.min, input.domain.max] : lo === undefined || hi === undefined ? null : [lo, hi];
  const { thresholds, classes } = domain === null ? { thresholds: [], classes: [] } : thresholdClasses(domain[0], domain[1]);
  const tiles = [...input.tiles]
    .sort((a, b) => a.row - b.row || a.col - b.col)
    .map((t): TileDatum => {
      const v = byUnit.get(t.unit);
      const value = v?.value ?? null;
      return {
        unit: t.unit, row: t.row, col: t.col, label: t.label, name: t.name, value,
        missing: value === null ? (v?.missing ?? "no_row") : null,
        classIndex: value === null ? null : classify(value, thresholds),
      };
    });
  const classCounts = classes.map((c) => tiles.filter((t) => t.classIndex === c.index).length);
  return {
    tiles,
    basis: input.domain.basis,
    domain,
    classes,
    classCounts,
    missingCount: tiles.filter((t) => t.value === null).length,
    unplaced: input.values.filter((v) => !seenTile.has(v.unit)).map((v) => v.unit).sort(),
    rows: tiles.length === 0 ? 0 : Math.max(...tiles.map((t) => t.row)) + 1,
    cols: tiles.length === 0 ? 0 : Math.max(...tiles.map((t) => t.col)) + 1,
  };
}

export interface TileMapLayoutOptions {
  /** Formats a value as the render will (used to measure tile and legend texts). */
  format?: (value: number) => string;
  /** Legend heading (indicator and edition) and the line saying which range the classes cover. */
  legendTitle?: string;
  basisText?: string;
  /** Text of the hatched legend entry and of a missing tile's second line. */
  missingText?: string;
  missingShort?: string;
  /** A unit drawn with a heavy outline (the page's own unit). */
  highlight?: string;
  gap?: number;
}

export interface PlacedTile extends TileDatum {
  x: number;
  y: number;
  size: number;
  fill: string;
  textFill: string;
  hatched: boolean;
  highlight: boolean;
  /** Centre x and the baselines of the label and of the value (or missing) line. */
  cx: number;
  labelY: number;
  valueY: number;
}

export interface TileMapLayout {
  width: number;
  height: number;
  fontSize: number;
  tiles: PlacedTile[];
  /** False when some value is too wide for its tile: then no tile prints a value (titles do). */
  showValues: boolean;
  legend: TileMapLegend;
}

export function layout(s: TileMapSeries, size: { width?: number } = {}, options: TileMapLayoutOptions = {}): TileMapLayout {
  const width = size.width ?? VIEW_WIDTH;
  const format = options.format ?? String;
  const gap = options.gap ?? 3;
  const cols = Math.max(1, s.cols);
  const step = width / cols;
  const tileSize = step - gap;
  const fontSize = FONT;
  const valueSize = SMALL_FONT;
  const showValues = s.tiles.every((t) => {
    const text = t.value === null ? (options.missingShort ?? "–") : format(t.value);
    return measure(text, valueSize) <= tileSize - 4 && measure(t.label, fontSize, true) <= tileSize - 4;
  });
  const tiles: PlacedTile[] = s.tiles.map((t) => {
    const x = t.col * step + gap / 2;
    const y = t.row * step + gap / 2;
    const fill = t.classIndex === null ? MISSING_FILL : s.classes[t.classIndex]!.fill;
    return {
      ...t, x, y, size: tileSize, fill, textFill: t.classIndex === null ? "#1a1a1a" : inkOn(fill),
      hatched: t.classIndex === null, highlight: t.unit === options.highlight,
      cx: x + tileSize / 2,
      labelY: y + tileSize / 2 - (showValues ? 2 : -fontSize * 0.35),
      valueY: y + tileSize / 2 + valueSize + 1,
    };
  });

  const legend = placeLegend(s, { width, step, gap }, { ...options, format });
  const mapHeight = s.rows * step;
  const height = Math.ceil(legend.inGrid ? mapHeight : legend.y + legend.height + LINE / 2);
  return { width, height, fontSize, tiles, showValues, legend };
}
