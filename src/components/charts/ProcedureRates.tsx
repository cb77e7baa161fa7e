// Processing rates: placed dots from lib/charts/procedures-rates.ts → SVG. One section per
// indicator; each row names its unit and period as printed.
import { CATEGORICAL } from "../../lib/charts/palette.ts";
import type { RatesLayout } from "../../lib/charts/procedures-rates.ts";
import type { MissingReason } from "../../lib/charts/types.ts";
import { formatPercent } from "../../lib/format/number.ts";
import type { Lang } from "../../lib/views/types.ts";
import { ChartSvg, GRID, MUTED, r1, TickLabels } from "./chart-svg.tsx";
import { Lines } from "./KeyLines.tsx";

export interface ProcedureRatesText {
  missing: string;
  reasons: Record<MissingReason, string>;
}

export interface ProcedureRatesProps {
  id: string;
  lang: Lang;
  /** Computed with a `format` that prints rates as this component does (percent). */
  layout: RatesLayout;
  title: string;
  desc: string;
  text: ProcedureRatesText;
  decimals?: number;
}

const DOT = CATEGORICAL[0];

export function ProcedureRates({ id, lang, layout: l, title, desc, text, decimals = 0 }: ProcedureRatesProps) {
  const fmt = (v: number, d = decimals) => formatPercent(v, lang, { decimals: d });
  return (
    <ChartSvg id={id} width={l.width} height={l.height} fontSize={l.fontSize} title={title} desc={desc}>
      {l.sections.map((sec) => (
        <g key={sec.indicator} className="section" data-indicator={sec.indicator}>
          <Lines lines={sec.headingLines} x={0} y={sec.headingY} fontWeight={700} />
          <Lines lines={sec.noteLines} x={0} y={sec.noteY} fill={MUTED} />
          {sec.rows.map((r) => (
            <g key={r.id} data-row={r.id}>
              <title>{`${sec.headingLines.join(" ")} — ${r.lines.join(" ")}: ${r.value === null ? `${text.missing} — ${text.reasons[r.missing ?? "no_row"]}` : fmt(r.value)}`}</title>
              <Lines lines={r.lines} x={0} y={r.labelY} />
              {r.value === null
                ? <text x={r1(l.width)} y={r1(r.labelY)} textAnchor="end" fill={MUTED} fontStyle="italic">{text.missing}</text>
                : <text x={r1(l.width)} y={r1(r.labelY)} textAnchor="end" fontWeight={700} className="tnum">{fmt(r.value)}</text>}
              <line x1={r1(l.plotX0)} x2={r1(l.plotX1)} y1={r1(r.cy)} y2={r1(r.cy)} stroke={GRID} strokeWidth={2} />
              {l.ticks.map((t) => <line key={t.value} x1={r1(t.position)} x2={r1(t.position)} y1={r1(r.cy - 5)} y2={r1(r.cy + 5)} stroke={GRID} />)}
              {r.dotX !== null && <circle className="dot" cx={r1(r.dotX)} cy={r1(r.cy)} r={5.5} fill={DOT} stroke="#ffffff" strokeWidth={1.5} />}
            </g>
          ))}
        </g>
      ))}
      <TickLabels ticks={l.ticks} y={l.axisY} format={(v) => fmt(v, 0)} />
    </ChartSvg>
  );
}

export default ProcedureRates;
