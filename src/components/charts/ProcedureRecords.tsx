// Records by service level: placed bars from lib/charts/procedures-records.ts → SVG. Segment order
// is fixed (early, on time, late) and the line under each bar gives the counts and shares in words.
import { inkOn } from "../../lib/charts/ink.ts";
import type { RecordsLayout } from "../../lib/charts/procedures-records.ts";
import { formatPercent } from "../../lib/format/number.ts";
import type { Lang } from "../../lib/views/types.ts";
import { SMALL_FONT } from "../../lib/charts/chart-sizes.ts";
import { ChartSvg, GRID, MUTED, r1 } from "./chart-svg.tsx";
import { Lines } from "./KeyLines.tsx";

export interface ProcedureRecordsProps {
  id: string;
  lang: Lang;
  /** Computed with `formatShare`, `processedText` and `detailText` as this page prints them. */
  layout: RecordsLayout;
  title: string;
  desc: string;
  decimals?: number;
}

export function ProcedureRecords({ id, lang, layout: l, title, desc, decimals = 0 }: ProcedureRecordsProps) {
  const fmt = (v: number) => formatPercent(v, lang, { decimals });
  return (
    <ChartSvg id={id} width={l.width} height={l.height} fontSize={l.fontSize} title={title} desc={desc}>
      <g className="key">
        {l.key.map((k) => (
          <g key={k.id}>
            <rect x={r1(k.x)} y={r1(k.markY - 6)} width={12} height={12} fill={k.fill} stroke={k.kind === "remainder" ? "#8a8a8a" : "none"} />
            <Lines lines={k.lines} x={k.textX} y={k.textY} />
          </g>
        ))}
      </g>
      {l.bars.map((b) => (
        <g key={b.id} data-level={b.id}>
          <title>{`${b.label}: ${b.valueText}. ${b.detailLines.join(" ")}`}</title>
          <Lines lines={b.lines} x={0} y={b.labelY} fontWeight={700} />
          <text x={r1(l.width)} y={r1(b.labelY)} textAnchor="end" fontWeight={700} className="tnum">{b.valueText}</text>
          <rect className="track" x={r1(b.trackX)} y={r1(b.y)} width={r1(b.trackWidth)} height={b.height} fill="#ffffff" stroke={GRID} />
          {b.segments.map((s) => (
            <g key={s.status} className="segment" data-status={s.status}>
              <rect x={r1(s.x)} y={r1(b.y)} width={r1(s.width)} height={b.height} fill={s.fill} stroke="#ffffff" strokeWidth={1} />
              {s.textX !== null && (
                <text x={r1(s.textX)} y={r1(b.y + b.height - 6)} textAnchor="middle" fontSize={SMALL_FONT} fill={inkOn(s.fill)} className="tnum">{fmt(s.share)}</text>
              )}
            </g>
          ))}
          <Lines lines={b.detailLines} x={0} y={b.detailY} fill={MUTED} />
        </g>
      ))}
    </ChartSvg>
  );
}

export default ProcedureRecords;
