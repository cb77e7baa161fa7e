// Distribution of one edition's values: placed marks from lib/charts/histogram.ts → SVG.
import type { HistogramLayout } from "../../lib/charts/histogram.ts";
import { SEQUENTIAL } from "../../lib/charts/palette.ts";
import { formatNumber } from "../../lib/format/number.ts";
import type { Lang } from "../../lib/views/types.ts";
import { ChartSvg, INK, MUTED, r1 } from "./chart-svg.tsx";

export interface HistogramText {
  /** "Trung vị và khoảng giữa 50%" / "Median and middle 50%". */
  spread: string;
  /** "{count} đơn vị trong {from}–{to}" / "{count} units in {from}–{to}", with values filled by the caller. */
  bar: (count: number, from: string, to: string) => string;
}

export interface HistogramProps {
  id: string;
  lang: Lang;
  layout: HistogramLayout;
  title: string;
  desc: string;
  text: HistogramText;
}

export function Histogram({ id, lang, layout: l, title, desc, text }: HistogramProps) {
  const fmt = (v: number) => formatNumber(v, lang);
  return (
    <ChartSvg id={id} width={l.width} height={l.height} fontSize={l.fontSize} title={title} desc={desc}>
      <g className="bars">
        {l.bars.map((b) => (
          <g key={b.x0}>
            <rect x={r1(b.x)} y={r1(b.y)} width={r1(b.width)} height={r1(b.height)} fill={SEQUENTIAL[4]}>
              <title>{text.bar(b.count, fmt(b.x0), fmt(b.x1))}</title>
            </rect>
            {b.count > 0 && <text x={r1(b.labelX)} y={r1(b.labelY)} textAnchor="middle" fill={INK}>{fmt(b.count)}</text>}
          </g>
        ))}
      </g>
      <line x1={0} x2={r1(l.width)} y1={r1(l.baseline)} y2={r1(l.baseline)} stroke={INK} />
      <g className="axis" fill={MUTED} textAnchor="middle">
        {l.ticks.map((t) => <text key={t.value} x={r1(t.position)} y={r1(l.axisY)}>{fmt(t.value)}</text>)}
      </g>
      {l.spread && (
        <g className="spread">
          <line x1={r1(l.spread.q1)} x2={r1(l.spread.q3)} y1={r1(l.spread.y)} y2={r1(l.spread.y)} stroke={MUTED} strokeWidth={6} />
          <line x1={r1(l.spread.median)} x2={r1(l.spread.median)} y1={r1(l.spread.y - 7)} y2={r1(l.spread.y + 7)} stroke={INK} strokeWidth={2.5} />
          <text x={r1(l.spread.median)} y={r1(l.spread.labelY + 6)} textAnchor="middle" fill={INK}>{text.spread}</text>
        </g>
      )}
    </ChartSvg>
  );
}
export default Histogram;
