// Sizes shared by the profile, tile-map, agency and procedure charts. They are drawn for a phone
// first: on a 390 px screen the chart body is about 324 CSS px wide (page padding 2 × 16 px,
// frame padding and border 2 × 17 px), so a viewBox 360 units wide scales by 0.9 and 13-unit text
// renders at 11.7 px. On wide screens ChartSvg (../../components/charts/chart-svg.tsx) caps a
// VIEW_WIDTH-wide SVG at MAX_WIDTH CSS px, so text stays under 19 px.

/** viewBox width of every chart in this group. */
export const VIEW_WIDTH = 360;

/** Text size in viewBox units: ≥ 11 CSS px at 324 px rendered width. */
export const FONT = 13;

/** Text inside bars and tiles: 11.25 CSS px at 324 px, the smallest any chart here prints. */
export const SMALL_FONT = 12.5;

/** Widest CSS width a VIEW_WIDTH-wide chart is drawn at (ChartSvg sets it as max-width). */
export const MAX_WIDTH = 520;

/** Baseline-to-baseline distance of stacked text lines. */
export const LINE = 17;

/** Minimum room between two text boxes: labels never touch. */
export const TEXT_GAP = 4;
