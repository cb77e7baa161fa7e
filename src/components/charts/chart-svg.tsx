// Pieces every SVG chart of this family shares: the accessible <svg> shell and the rendering of
// missing-value markers and notes. Server-rendered, no state, no hooks.
import type { ReactNode } from "react";
import type { MissingBlock } from "../../lib/charts/missing-notes.ts";
import { MAX_WIDTH, VIEW_WIDTH } from "../../lib/charts/chart-sizes.ts";
import { CATEGORICAL, MISSING_FILL } from "../../lib/charts/palette.ts";
import type { MissingReason } from "../../lib/charts/types.ts";

export const INK = "#1b1f24";
export const MUTED = "#4a5563";
export const GRID = "#c9d1da";

/** Line and marker colours by slot: the Okabe–Ito set without its yellow, too pale on white for a line. */
export const LINE_COLOURS = CATEGORICAL.filter((c) => c !== "#F0E442");

export function slotColour(slot: number): string {
  return LINE_COLOURS[((slot % LINE_COLOURS.length) + LINE_COLOURS.length) % LINE_COLOURS.length]!;
}

/** Geometry to one decimal: enough for a viewBox of a few hundred units, and a smaller page. */
export function r1(n: number): number {
  return Math.round(n * 10) / 10;
}

interface ChartSvgProps {
  id: string;
  width: number;
  height: number;
  fontSize: number;
  title: string;
  desc: string;
  children: ReactNode;
}

/**
 * Responsive through the viewBox: the SVG fills its column on a phone and stops growing at
 * MAX_WIDTH (for the default viewBox width) on a wide screen, so labels stay between 11 and
 * about 19 CSS px (see chart-sizes.ts). The cap is the width attribute, which the stylesheet's
 * max-width: 100% shrinks on narrow screens: no style attribute, which the Content Security
 * Policy (no 'unsafe-inline') would block.
 */
export function ChartSvg({ id, width, height, fontSize, title, desc, children }: ChartSvgProps) {
  const w = Math.ceil(width);
  const h = Math.ceil(height);
  return (
    <svg
      viewBox={`0 0 ${w} ${h}`}
      width={Math.round((w * MAX_WIDTH) / VIEW_WIDTH)}
      className="chart-svg"
      role="img"
      aria-labelledby={`${id}-svg-title`}
      aria-describedby={`${id}-svg-desc`}
      fontSize={fontSize}
      fill={INK}
      overflow="visible"
    >
      <title id={`${id}-svg-title`}>{title}</title>
      <desc id={`${id}-svg-desc`}>{desc}</desc>
      {children}
    </svg>
  );
}

/** A missing value's marker: the unit's shape, hollow, so it reads as "no point here" in any colour. */
export function MissingRows({ block, x0, x1, symbols, colour, heading, reasons }: {
  block: MissingBlock;
  /** Horizontal extent of the marker rows (the plot's). */
  x0: number;
  x1: number;
  /** Marker shape per unit id. */
  symbols: ReadonlyMap<string, string>;
  colour: (unitId: string) => string;
  heading: string;
  reasons: Record<MissingReason, string>;
}) {
  if (block.headingY === null) return null;
  return (
    <g className="missing">
      <text x={0} y={r1(block.headingY)} fontWeight={700}>{heading}</text>
      {block.rows.map((row) => (
        <line key={row.unitId} x1={r1(x0)} x2={r1(x1)} y1={r1(row.y)} y2={r1(row.y)} stroke={GRID} strokeDasharray="2 3" />
      ))}
      {block.marks.map((m) => (
        <path
          key={`${m.unitId}-${m.edition}`}
          d={symbols.get(m.unitId) ?? ""}
          transform={`translate(${r1(m.x)},${r1(m.y)})`}
          fill="#ffffff"
          stroke={colour(m.unitId)}
          strokeWidth={1.5}
        />
      ))}
      {block.notes.map((n) => (
        <g key={`${n.unitId}-${n.reason}`}>
          <text x={r1(n.x)} y={r1(n.y)}>{`${n.label} (${n.editionsText}):`}</text>
          <text x={r1(n.reasonX)} y={r1(n.reasonY)} fill={MUTED}>{reasons[n.reason]}</text>
        </g>
      ))}
    </g>
  );
}

/** The fill of a missing mark: grey with diagonal lines, so it never reads as a low value. */
export function HatchPattern({ id }: { id: string }) {
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width={6} height={6} patternTransform="rotate(45)">
      <rect width={6} height={6} fill={MISSING_FILL} />
      <line x1={0} y1={0} x2={0} y2={6} stroke="#8a8a8a" strokeWidth={1.5} />
    </pattern>
  );
}

/** Value-axis labels placed by a layout ({ value, labelX, anchor } ticks on one baseline). */
export function TickLabels({ ticks, y, format }: { ticks: readonly { value: number; labelX: number; anchor: "start" | "middle" | "end" }[]; y: number; format: (v: number) => string }) {
  return (
    <g className="axis" fill={MUTED}>
      {ticks.map((t) => (
        <g key={t.value}>
          <text x={r1(t.labelX)} y={r1(y)} textAnchor={t.anchor}>{format(t.value)}</text>
        </g>
      ))}
    </g>
  );
}
