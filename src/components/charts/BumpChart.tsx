// Rank over time: placed marks from lib/charts/bump.ts → SVG. No data shaping here.
import type { BumpLabel, BumpLayout } from "../../lib/charts/bump.ts";
import type { MissingReason } from "../../lib/charts/types.ts";
import { formatNumber } from "../../lib/format/number.ts";
import type { Lang } from "../../lib/views/types.ts";
import { ChartSvg, INK, MUTED, MissingRows, r1, slotColour } from "./chart-svg.tsx";

export interface BumpChartText {
  /** Said instead of a score change across a methodology break: "điểm không so sánh được" / "score not comparable". */
  notComparable: string;
  /** Said instead of a rank when the unit has no value in the last edition. */
  notRanked: string;
  missing: string;
  reasons: Record<MissingReason, string>;
}

export interface BumpChartProps {
  id: string;
  lang: Lang;
  layout: BumpLayout;
  title: string;
  desc: string;
  text: BumpChartText;
  decimals?: number;
}

const CONTEXT = "#b9c3ce";

/** "↑2 (+1,23)": places gained next to the score change, both from the layout's numbers. */
export function changeText(label: BumpLabel, lang: Lang, text: BumpChartText, decimals = 0): string {
  const c = label.change;
  if (c === null || c.placesGained === null) return "";
  const g = c.placesGained;
  const places = g > 0 ? `↑${g}` : g < 0 ? `↓${-g}` : "=";
  if (!c.comparable) return `${places} (${text.notComparable})`;
  if (c.scoreChange === null) return places;
  const d = c.scoreChange;
  const sign = d > 0 ? "+" : d < 0 ? "−" : "±";
  return `${places} (${sign}${formatNumber(Math.abs(d), lang, { decimals })})`;
}

export function BumpChart({ id, lang, layout: l, title, desc, text, decimals = 0 }: BumpChartProps) {
  const colourOf = new Map(l.lines.map((ln) => [ln.unitId, slotColour(ln.slot)]));
  const symbolOf = new Map(l.lines.map((ln) => [ln.unitId, l.symbols[ln.slot] ?? ""]));
  return (
    <ChartSvg id={id} width={l.width} height={l.height} fontSize={l.fontSize} title={title} desc={desc}>
      <g className="x-axis" textAnchor="middle" fill={MUTED}>
        {l.xTicks.map((t) => t.labelled && <text key={t.edition} x={r1(t.position)} y={r1(l.xLabelY)}>{t.edition}</text>)}
      </g>
      <g className="y-axis" textAnchor="end" fill={MUTED}>
        {l.yTicks.map((t) => (
          <text key={t.value} x={r1(l.plotX0 - 6)} y={r1(t.position + l.fontSize * 0.35)}>{t.value}</text>
        ))}
      </g>
      <g className="context" fill="none" stroke={CONTEXT} strokeWidth={1}>
        {l.context.map((c) => <path key={c.unitId} d={c.path} />)}
      </g>
      <g className="lines" fill="none">
        {l.lines.map((ln) => (
          <path key={ln.unitId} d={ln.path} stroke={slotColour(ln.slot)} strokeWidth={2.5} strokeLinejoin="round" strokeLinecap="round" />
        ))}
      </g>
      <g className="points">
        {l.points.map((p) => (
          <path key={`${p.unitId}-${p.edition}`} d={symbolOf.get(p.unitId)} transform={`translate(${r1(p.x)},${r1(p.y)})`} fill={colourOf.get(p.unitId)} stroke="#ffffff" />
        ))}
      </g>
      <g className="labels">
        {l.labels.map((b) => (
          <g key={b.unitId}>
            <line x1={r1(b.leader.x1)} y1={r1(b.leader.y1)} x2={r1(b.leader.x2)} y2={r1(b.leader.y2)} stroke={slotColour(b.slot)} strokeWidth={1} />
            <text x={r1(b.x)} y={r1(b.y1)} fontWeight={700}>
              {b.rank === null ? b.label : `${b.tied ? "=" : ""}${b.rank} ${b.label}`}
            </text>
            <text x={r1(b.x)} y={r1(b.y2)} fill={MUTED}>
              {b.rank === null ? text.notRanked : changeText(b, lang, text, decimals)}
            </text>
          </g>
        ))}
      </g>
      <MissingRows block={l.missing} x0={l.plotX0} x1={l.plotX1} symbols={symbolOf} colour={(u) => colourOf.get(u) ?? INK} heading={text.missing} reasons={text.reasons} />
    </ChartSvg>
  );
}

export default BumpChart;
