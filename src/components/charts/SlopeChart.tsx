// Two-edition change: placed marks from lib/charts/slope.ts → SVG. No data shaping here.
import type { SlopeApart, SlopeEnd, SlopeLayout, SlopeLine } from "../../lib/charts/slope.ts";
import type { MissingReason } from "../../lib/charts/types.ts";
import { CATEGORICAL } from "../../lib/charts/palette.ts";
import { formatValue } from "../../lib/format/value.ts";
import type { ColumnDef, Lang } from "../../lib/views/types.ts";
import { ChartSvg, GRID, MUTED, r1 } from "./chart-svg.tsx";

export interface SlopeChartText {
  /** Edition headings over the two axes, e.g. "2023", "2024". */
  from: string;
  to: string;
  /** Heading over the units with a figure in only one edition. */
  apart: string;
  reasons: Record<MissingReason, string>;
}

export interface SlopeChartProps {
  id: string;
  lang: Lang;
  layout: SlopeLayout;
  title: string;
  desc: string;
  text: SlopeChartText;
  unit?: ColumnDef["unit"];
  decimals?: number;
}

// Direction shows in the slope itself; colour only repeats it (blue better, vermilion worse).
const LEADER = "#8d99a6";
const TREND: Record<SlopeLine["trend"], string> = { better: CATEGORICAL[0], worse: CATEGORICAL[5], same: MUTED };

export function SlopeChart({ id, lang, layout: l, title, desc, text, unit = "points", decimals = 0 }: SlopeChartProps) {
  const fmt = (e: SlopeEnd) => (l.mode === "rank" ? `${e.tied ? "=" : ""}${e.rank}` : formatValue(e.value, unit, lang, { decimals }));
  const side = (a: SlopeApart["from"]) =>
    a.value === null ? text.reasons[a.missing] : l.mode === "rank" ? `${a.tied ? "=" : ""}${a.rank}` : formatValue(a.value, unit, lang, { decimals });
  const base = l.fontSize * 0.35;
  // Highlighted lines last, so they are drawn on top.
  const ordered = [...l.lines].sort((a, b) => Number(a.highlight) - Number(b.highlight));
  return (
    <ChartSvg id={id} width={l.width} height={l.height} fontSize={l.fontSize} title={title} desc={desc}>
      <g className="headings" fontWeight={700} textAnchor="middle">
        <text x={r1(l.xFrom)} y={r1(l.headingY)}>{text.from}</text>
        <text x={r1(l.xTo)} y={r1(l.headingY)}>{text.to}</text>
      </g>
      <g className="axes" stroke={GRID}>
        <line x1={r1(l.xFrom)} x2={r1(l.xFrom)} y1={r1(l.plotTop)} y2={r1(l.plotBottom)} />
        <line x1={r1(l.xTo)} x2={r1(l.xTo)} y1={r1(l.plotTop)} y2={r1(l.plotBottom)} />
      </g>
      <g className="lines">
        {ordered.map((d) => (
          <g key={d.unitId} data-unit={d.unitId} data-highlight={d.highlight ? "true" : undefined} stroke={TREND[d.trend]}>
            <line x1={r1(d.x1)} y1={r1(d.y1)} x2={r1(d.x2)} y2={r1(d.y2)} strokeWidth={d.highlight ? 3 : 1.25} />
            <circle cx={r1(d.x1)} cy={r1(d.y1)} r={d.highlight ? 3.5 : 2} fill={TREND[d.trend]} stroke="none" />
            <circle cx={r1(d.x2)} cy={r1(d.y2)} r={d.highlight ? 3.5 : 2} fill={TREND[d.trend]} stroke="none" />
          </g>
        ))}
      </g>
      <g className="labels tnum">
        {l.lines.map((d) => (
          <g key={d.unitId} fontWeight={d.highlight ? 700 : undefined}>
            {d.leftLabelY !== null && (
              <>
                <line x1={r1(d.x1 - 3)} y1={r1(d.y1)} x2={r1(l.leftTextX + 2)} y2={r1(d.leftLabelY)} stroke={LEADER} />
                <text x={r1(l.leftTextX)} y={r1(d.leftLabelY + base)} textAnchor="end">{fmt(d.from)}</text>
              </>
            )}
            {d.rightLabelY !== null && (
              <>
                <line x1={r1(d.x2 + 3)} y1={r1(d.y2)} x2={r1(l.rightValueX - 2)} y2={r1(d.rightLabelY)} stroke={LEADER} />
                <text x={r1(l.rightValueX)} y={r1(d.rightLabelY + base)}>{fmt(d.to)}</text>
                <text x={r1(l.rightNameX)} y={r1(d.rightLabelY + base)}>{d.label}</text>
              </>
            )}
          </g>
        ))}
      </g>
      {l.apartHeadingY !== null && (
        <g className="apart">
          <text x={0} y={r1(l.apartHeadingY)} fontWeight={700}>{text.apart}</text>
          {l.apart.map((a) => (
            <g key={a.id} fontWeight={a.highlight ? 700 : undefined}>
              <text x={0} y={r1(a.y)}>{a.label}</text>
              <text x={l.fontSize} y={r1(a.y2)} fill={MUTED}>{`${text.from}: ${side(a.from)} · ${text.to}: ${side(a.to)}`}</text>
            </g>
          ))}
        </g>
      )}
    </ChartSvg>
  );
}

export default SlopeChart;
