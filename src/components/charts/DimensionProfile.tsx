// Dimension profile: placed rows from lib/charts/profile.ts → SVG. For each dimension the unit's
// dot, the range of all units as a bar and their median as a tick; a missing score has no dot and
// says so in words. Three mark shapes, so the key does not rest on colour.
import type { ProfileLayout } from "../../lib/charts/profile.ts";
import { CATEGORICAL } from "../../lib/charts/palette.ts";
import type { MissingReason } from "../../lib/charts/types.ts";
import { formatValue } from "../../lib/format/value.ts";
import type { ColumnDef, Lang } from "../../lib/views/types.ts";
import { ChartSvg, GRID, INK, MUTED, r1, TickLabels } from "./chart-svg.tsx";
import { Lines } from "./KeyLines.tsx";

export interface DimensionProfileText {
  /** Printed for a missing score (the layout measured it as `missingText`). */
  missing: string;
  reasons: Record<MissingReason, string>;
  /** Row titles: "range {min}–{max}", "median {median}", "rank {rank}/{n}" with the numbers filled in. */
  range: (min: string, max: string, n: number) => string;
  median: (median: string) => string;
  rank: (rank: number, n: number) => string;
}

export interface DimensionProfileProps {
  id: string;
  lang: Lang;
  /** Computed with a `format` that prints values as this component does. */
  layout: ProfileLayout;
  title: string;
  desc: string;
  text: DimensionProfileText;
  unit?: ColumnDef["unit"];
  decimals?: number;
}

const DOT = CATEGORICAL[0];
const RANGE = "#bcc6d2";

export function DimensionProfile({ id, lang, layout: l, title, desc, text, unit = "points", decimals = 0 }: DimensionProfileProps) {
  const fmt = (v: number, d = decimals) => formatValue(v, unit, lang, { decimals: d });
  return (
    <ChartSvg id={id} width={l.width} height={l.height} fontSize={l.fontSize} title={title} desc={desc}>
      <g className="key">
        {l.key.map((k) => (
          <g key={k.id}>
            {k.kind === "dot" && <circle cx={r1(k.x + 6)} cy={r1(k.markY)} r={5.5} fill={DOT} stroke="#ffffff" strokeWidth={1.5} />}
            {k.kind === "range" && <rect x={r1(k.x)} y={r1(k.markY - 4)} width={18} height={8} fill={RANGE} />}
            {k.kind === "median" && <line x1={r1(k.x + 4)} x2={r1(k.x + 4)} y1={r1(k.markY - 7)} y2={r1(k.markY + 7)} stroke={INK} strokeWidth={2} />}
            <Lines lines={k.lines} x={k.textX} y={k.textY} />
          </g>
        ))}
      </g>
      <TickLabels ticks={l.ticks} y={l.axisY} format={(v) => fmt(v, 0)} />
      <g className="rows">
        {l.rows.map((r) => {
          const facts = [
            r.value === null ? `${text.missing} — ${text.reasons[r.missing ?? "no_row"]}` : fmt(r.value),
            r.range ? text.range(fmt(r.range.min), fmt(r.range.max), r.range.n) : null,
            r.range ? text.median(fmt(r.range.median)) : null,
            r.rank !== null && r.range ? text.rank(r.rank, r.range.n) : null,
          ].filter((f): f is string => f !== null);
          return (
            <g key={r.id} data-dimension={r.id}>
              <title>{`${r.label}: ${facts.join("; ")}`}</title>
              <Lines lines={r.lines} x={r.labelX} y={r.labelY} />
              {/* Grid lines run through the strip only, never through a label. */}
              {l.ticks.map((t) => (
                <line key={t.value} x1={r1(t.position)} x2={r1(t.position)} y1={r1(r.cy - 9)} y2={r1(r.cy + 9)} stroke={GRID} />
              ))}
              {r.value === null
                ? <text x={r1(r.valueX)} y={r1(r.labelY)} textAnchor="end" fill={MUTED} fontStyle="italic">{text.missing}</text>
                : <text x={r1(r.valueX)} y={r1(r.labelY)} textAnchor="end" fontWeight={700} className="tnum">{fmt(r.value)}</text>}
              {r.rangeX0 !== null && r.rangeX1 !== null && (
                <rect className="range" x={r1(r.rangeX0)} y={r1(r.cy - 4)} width={r1(Math.max(1, r.rangeX1 - r.rangeX0))} height={8} fill={RANGE} />
              )}
              {/* The median tick is drawn over the dot so neither hides the other. */}
              {r.dotX !== null && <circle className="dot" cx={r1(r.dotX)} cy={r1(r.cy)} r={6} fill={DOT} stroke="#ffffff" strokeWidth={1.5} />}
              {r.medianX !== null && <line className="median" x1={r1(r.medianX)} x2={r1(r.medianX)} y1={r1(r.cy - 8)} y2={r1(r.cy + 8)} stroke={INK} strokeWidth={2} />}
            </g>
          );
        })}
      </g>
    </ChartSvg>
  );
}

export default DimensionProfile;
