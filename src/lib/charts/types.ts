// Shared vocabulary of the chart layers (ARCHITECTURE.md, "Charts: three layers"):
// series (data → labelled series) → layout (series + size → placed marks, pure) → render (SVG).

export interface Size {
  width: number;
  height: number;
}

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** An axis tick placed by a layout; render formats `value` in the page language. */
export interface Tick {
  value: number;
  position: number;
}

/**
 * Why a point is missing, carried to the chart so it can be drawn as missing (a gap and a
 * labelled marker), never as 0.
 */
export type MissingReason = "not_published" | "no_data" | "not_surveyed" | "unit_not_existing" | "no_row";
