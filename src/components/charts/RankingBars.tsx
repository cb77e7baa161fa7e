// Ranking bars: placed marks from lib/charts/ranking.ts → SVG. No data shaping here.
import type { RankingLayout } from "../../lib/charts/ranking.ts";
import type { MissingReason } from "../../lib/charts/types.ts";
import { CATEGORICAL, SEQUENTIAL } from "../../lib/charts/palette.ts";
import { formatValue } from "../../lib/format/value.ts";
import type { ColumnDef, Lang } from "../../lib/views/types.ts";
import { ChartSvg, GRID, INK, MUTED, r1 } from "./chart-svg.tsx";

export interface RankingBarsText {
  /** "Trung vị cả nước" / "National median". */
  median: string;
  /** Heading over the units without a value: "Không xếp hạng" / "Not ranked". */
  notRanked: string;
  reasons: Record<MissingReason, string>;
}

export interface RankingBarsProps {
  id: string;
  lang: Lang;
  layout: RankingLayout;
  title: string;
  /** The generated text summary; it names the highlighted unit, so the highlight is not visual only. */
  desc: string;
  text: RankingBarsText;
  unit?: ColumnDef["unit"];
  /** Decimals to pad values to (ColumnDef.decimals); never fewer than a value has. */
  decimals?: number;
}

const BAR = SEQUENTIAL[4];
const HIGHLIGHT = CATEGORICAL[1];

export function RankingBars({ id, lang, layout: l, title, desc, text, unit = "points", decimals = 0 }: RankingBarsProps) {
  const fmt = (v: number, d = decimals) => formatValue(v, unit, lang, { decimals: d });
  return (
    <ChartSvg id={id} width={l.width} height={l.height} fontSize={l.fontSize} title={title} desc={desc}>
      <g className="axis" fill={MUTED} textAnchor="middle">
        {l.ticks.map((t) => (
          <g key={t.value}>
            <line x1={r1(t.position)} x2={r1(t.position)} y1={r1(l.gridY0)} y2={r1(l.gridY1)} stroke={GRID} />
            <text x={r1(t.position)} y={r1(l.axisY)}>{fmt(t.value, 0)}</text>
          </g>
        ))}
      </g>
      <g className="bars">
        {l.bars.map((b) => (
          <rect
            key={b.id}
            data-unit={b.id}
            data-highlight={b.highlight ? "true" : undefined}
            x={r1(b.x)} y={r1(b.y)} width={r1(b.width)} height={r1(b.height)}
            fill={b.highlight ? HIGHLIGHT : BAR}
            stroke={b.highlight ? INK : undefined}
            strokeWidth={b.highlight ? 2 : undefined}
          />
        ))}
      </g>
      {l.median && (
        <g className="median">
          <line x1={r1(l.median.x)} x2={r1(l.median.x)} y1={r1(l.median.y1)} y2={r1(l.median.y2)} stroke={INK} strokeWidth={1.5} strokeDasharray="5 3" />
          <text x={r1(l.median.labelX)} y={r1(l.median.labelY)} textAnchor={l.median.anchor}>
            {`${text.median}: ${fmt(l.median.value, 0)}`}
          </text>
        </g>
      )}
      <g className="bar-labels">
        {l.bars.map((b) => (
          <g key={b.id} fontWeight={b.highlight ? 700 : undefined}>
            <text x={r1(l.rankX)} y={r1(b.textY)} textAnchor="end" fill={MUTED} className="tnum">
              {`${b.tied ? "=" : ""}${b.rank}`}
            </text>
            <text x={r1(l.nameX)} y={r1(b.textY)}>{b.label}</text>
            {/* A white halo keeps the value legible where the median line crosses it. */}
            <text x={r1(b.valueX)} y={r1(b.textY)} stroke="#ffffff" strokeWidth={3} paintOrder="stroke" className="tnum">
              {fmt(b.value)}
            </text>
          </g>
        ))}
      </g>
      {l.missingHeadingY !== null && (
        <g className="not-ranked">
          <text x={0} y={r1(l.missingHeadingY)} fontWeight={700}>{text.notRanked}</text>
          {l.missing.map((m) => (
            <text key={m.id} x={r1(l.nameX)} y={r1(m.y)} fontWeight={m.highlight ? 700 : undefined}>
              {m.label}
              <tspan fill={MUTED}>{` — ${text.reasons[m.reason]}`}</tspan>
            </text>
          ))}
        </g>
      )}
    </ChartSvg>
  );
}

export default RankingBars;
