// Agency comparison bars: placed bars from lib/charts/agency.ts → SVG. The "province-own" variant
// prints, on the chart itself, that the figures are a province's own index of its agencies.
import type { AgencyLayout } from "../../lib/charts/agency.ts";
import { LINE } from "../../lib/charts/chart-sizes.ts";
import { inkOn } from "../../lib/charts/ink.ts";
import type { MissingReason } from "../../lib/charts/types.ts";
import { formatValue } from "../../lib/format/value.ts";
import type { ColumnDef, Lang } from "../../lib/views/types.ts";
import { ChartSvg, GRID, INK, MUTED, r1, TickLabels } from "./chart-svg.tsx";
import { Lines } from "./KeyLines.tsx";

export interface AgencyBarsText {
  /** Printed for a missing total (the layout measured it as `missingText`). */
  missing: string;
  reasons: Record<MissingReason, string>;
}

export interface AgencyBarsProps {
  id: string;
  lang: Lang;
  /** Computed with a `format` that prints values as this component does. */
  layout: AgencyLayout;
  title: string;
  desc: string;
  text: AgencyBarsText;
  unit?: ColumnDef["unit"];
  decimals?: number;
}

const TRACK = "#eef1f5";
const BANNER = "#fff7e0";

export function AgencyBars({ id, lang, layout: l, title, desc, text, unit = "percent", decimals = 0 }: AgencyBarsProps) {
  const fmt = (v: number, d = decimals) => formatValue(v, unit, lang, { decimals: d });
  const label = new Map(l.key.map((k) => [k.id, k.text]));
  return (
    <ChartSvg id={id} width={l.width} height={l.height} fontSize={l.fontSize} title={title} desc={desc}>
      {l.banner && (
        <g className="banner">
          <rect x={0} y={0} width={l.width} height={r1(l.banner.lines.length * LINE + 2)} fill={BANNER} />
          <Lines lines={l.banner.lines} x={2} y={l.banner.y} fontWeight={700} />
        </g>
      )}
      <g className="key">
        {l.key.map((k) => (
          <g key={k.id}>
            {k.kind === "swatch"
              ? <rect x={r1(k.x)} y={r1(k.markY - 6)} width={12} height={12} fill={k.fill} />
              : <line x1={r1(k.x + 5)} x2={r1(k.x + 5)} y1={r1(k.markY - 8)} y2={r1(k.markY + 8)} stroke={INK} strokeWidth={1.5} strokeDasharray="4 3" />}
            <Lines lines={k.lines} x={k.textX} y={k.textY} />
          </g>
        ))}
      </g>
      <TickLabels ticks={l.ticks} y={l.axisY} format={(v) => fmt(v, 0)} />
      <g className="bars">
        {l.bars.map((b) => {
          const parts = b.segments.map((s) => `${label.get(s.id) ?? s.id}: ${fmt(s.value)}`);
          const tip = b.total === null ? `${text.missing} — ${text.reasons[b.missing ?? "no_row"]}` : [fmt(b.total), ...parts].join("; ");
          return (
            <g key={b.id} data-entity={b.id}>
              <title>{`${b.label}${b.rankText ? ` (${b.rankText})` : ""}: ${tip}`}</title>
              <Lines lines={b.lines} x={0} y={b.labelY} fontWeight={b.highlight ? 700 : undefined} />
              {b.total === null
                ? <text x={r1(b.valueX)} y={r1(b.labelY)} textAnchor="end" fill={MUTED} fontStyle="italic">{text.missing}</text>
                : <text x={r1(b.valueX)} y={r1(b.labelY)} textAnchor="end" fontWeight={700} className="tnum">{fmt(b.total)}</text>}
              <rect className="track" x={r1(b.trackX)} y={r1(b.y)} width={r1(b.trackWidth)} height={b.barHeight} fill={TRACK} />
              {l.ticks.map((t) => (
                <line key={t.value} x1={r1(t.position)} x2={r1(t.position)} y1={r1(b.y)} y2={r1(b.y + b.barHeight)} stroke={GRID} />
              ))}
              {b.segments.length > 0
                ? b.segments.map((s) => (
                  <g key={s.id} className="segment">
                    <rect x={r1(s.x)} y={r1(b.y)} width={r1(s.width)} height={b.barHeight} fill={s.fill} stroke="#ffffff" strokeWidth={1} />
                    {s.textX !== null && (
                      <text x={r1(s.textX)} y={r1(b.y + b.barHeight - 4)} textAnchor="middle" fill={inkOn(s.fill)} className="tnum">{fmt(s.value)}</text>
                    )}
                  </g>
                ))
                : b.barWidth > 0 && <rect className="bar" x={r1(b.trackX)} y={r1(b.y)} width={r1(b.barWidth)} height={b.barHeight} fill={b.fill} stroke={b.highlight ? INK : undefined} strokeWidth={b.highlight ? 2 : undefined} />}
            </g>
          );
        })}
      </g>
      {l.reference && (
        <g className="reference" stroke={INK} strokeWidth={1.5} strokeDasharray="4 3">
          {l.reference.spans.map((s, i) => (
            <line key={i} x1={r1(l.reference!.x)} x2={r1(l.reference!.x)} y1={r1(s.y0)} y2={r1(s.y1)} />
          ))}
        </g>
      )}
    </ChartSvg>
  );
}

export default AgencyBars;
