// Trend lines: placed marks from lib/charts/trend.ts → SVG. No data shaping here.
import type { TrendLayout } from "../../lib/charts/trend.ts";
import type { MissingReason } from "../../lib/charts/types.ts";
import { SEQUENTIAL } from "../../lib/charts/palette.ts";
import { formatNumber } from "../../lib/format/number.ts";
import type { Lang } from "../../lib/views/types.ts";
import { ChartSvg, GRID, INK, MUTED, MissingRows, r1, slotColour } from "./chart-svg.tsx";

export interface TrendLinesText {
  /** Legend of the band: "Trung vị và 50% tỉnh ở giữa" / "Median and middle half of provinces". */
  band: string;
  /** Heading over the missing-value rows: "Không có số liệu" / "Missing values". */
  missing: string;
  reasons: Record<MissingReason, string>;
}

export interface TrendLinesProps {
  id: string;
  lang: Lang;
  layout: TrendLayout;
  title: string;
  desc: string;
  text: TrendLinesText;
}

const BAND = SEQUENTIAL[1];

export function TrendLines({ id, lang, layout: l, title, desc, text }: TrendLinesProps) {
  const colourOf = new Map(l.lines.map((ln) => [ln.unitId, slotColour(ln.slot)]));
  const symbolOf = new Map(l.lines.map((ln) => [ln.unitId, l.symbols[ln.slot] ?? ""]));
  const plotX0 = l.panels[0]?.x0 ?? 0;
  const plotX1 = l.panels[l.panels.length - 1]?.x1 ?? l.width;
  return (
    <ChartSvg id={id} width={l.width} height={l.height} fontSize={l.fontSize} title={title} desc={desc}>
      <g className="legend">
        {l.legend.map((e) => (
          <g key={e.unitId}>
            <line x1={r1(e.x - 11)} x2={r1(e.x + 11)} y1={r1(e.y)} y2={r1(e.y)} stroke={slotColour(e.slot)} strokeWidth={2} />
            <path d={l.symbols[e.slot] ?? ""} transform={`translate(${r1(e.x)},${r1(e.y)})`} fill={slotColour(e.slot)} stroke="#ffffff" />
            <text x={r1(e.textX)} y={r1(e.y + l.fontSize * 0.35)}>{e.label}</text>
          </g>
        ))}
        {l.bandLegend && (
          <g>
            <rect x={r1(l.bandLegend.x - 11)} y={r1(l.bandLegend.y - 5)} width={22} height={10} fill={BAND} />
            <line x1={r1(l.bandLegend.x - 11)} x2={r1(l.bandLegend.x + 11)} y1={r1(l.bandLegend.y)} y2={r1(l.bandLegend.y)} stroke={MUTED} strokeDasharray="4 2" />
            <text x={r1(l.bandLegend.textX)} y={r1(l.bandLegend.y + l.fontSize * 0.35)}>{text.band}</text>
          </g>
        )}
      </g>
      {l.panels.map((p) => (
        <g key={`${p.group}-${p.x0}`} className="panel">
          <text x={r1(p.labelX)} y={r1(p.labelY)} fontWeight={700}>{p.label}</text>
          {p.yTicks.map((t) => (
            <g key={t.value}>
              <line x1={r1(p.x0)} x2={r1(p.x1)} y1={r1(t.position)} y2={r1(t.position)} stroke={GRID} />
              <text x={r1(p.x0 - 4)} y={r1(t.position + l.fontSize * 0.35)} textAnchor="end" fill={MUTED}>{formatNumber(t.value, lang)}</text>
            </g>
          ))}
          <line x1={r1(p.x0)} x2={r1(p.x0)} y1={r1(l.plotTop)} y2={r1(l.plotBottom)} stroke={MUTED} />
          <line x1={r1(p.x0)} x2={r1(p.x1)} y1={r1(l.plotBottom)} y2={r1(l.plotBottom)} stroke={MUTED} />
        </g>
      ))}
      {l.band && (
        <g className="band">
          <path d={l.band.area} fill={BAND} />
          <path d={l.band.median} fill="none" stroke={MUTED} strokeWidth={1.5} strokeDasharray="4 2" />
          {l.band.lone.map((b) => (
            <g key={b.edition}>
              <line x1={r1(b.x)} x2={r1(b.x)} y1={r1(b.yQ1)} y2={r1(b.yQ3)} stroke={BAND} strokeWidth={8} />
              <line x1={r1(b.x - 6)} x2={r1(b.x + 6)} y1={r1(b.yMedian)} y2={r1(b.yMedian)} stroke={MUTED} strokeWidth={1.5} />
            </g>
          ))}
        </g>
      )}
      <g className="x-axis" textAnchor="middle" fill={MUTED}>
        {l.xTicks.map((t) => (
          <g key={t.edition}>
            <line x1={r1(t.position)} x2={r1(t.position)} y1={r1(l.plotBottom)} y2={r1(l.plotBottom + 4)} stroke={MUTED} />
            {t.labelled && <text x={r1(t.position)} y={r1(l.xLabelY)}>{t.edition}</text>}
          </g>
        ))}
      </g>
      {l.documents.marks.length > 0 && (
        // Documents: a dashed rule from each label down through the plot at the day of issue,
        // drawn under the lines; labels on an opaque ground so a rule passing behind stays quiet.
        <g className="documents">
          {l.documents.ticks ? (
            // Ticks: one per pixel column (documents of the same day share it); the list is the key.
            [...new Map(l.documents.marks.map((m) => [r1(m.x), m] as const)).values()].map((m) => (
              <line key={`tick-${m.id}`} x1={r1(m.x)} x2={r1(m.x)} y1={r1(m.labelY - l.documents.rowHeight / 2 + 2)} y2={r1(m.labelY + l.documents.rowHeight / 2)} stroke={INK} strokeWidth={1.5} />
            ))
          ) : l.documents.marks.map((m) => (
            <line key={`rule-${m.id}`} x1={r1(m.x)} x2={r1(m.x)} y1={r1(m.labelY)} y2={r1(l.plotBottom)} stroke={MUTED} strokeDasharray="3 3" />
          ))}
          {!l.documents.ticks && l.documents.marks.map((m) => l.documents.numbered ? (
            <g key={m.id}>
              <circle cx={r1(m.labelX)} cy={r1(m.labelY)} r={r1(m.halfWidth)} fill={INK} stroke="#ffffff" />
              <text x={r1(m.labelX)} y={r1(m.labelY + l.fontSize * 0.35)} textAnchor="middle" fill="#ffffff" fontWeight={700}>{m.key}</text>
            </g>
          ) : (
            <g key={m.id}>
              <rect x={r1(m.labelX - m.halfWidth)} y={r1(m.labelY - l.documents.rowHeight / 2 + 1)} width={r1(2 * m.halfWidth)} height={r1(l.documents.rowHeight - 2)} fill="#ffffff" stroke={MUTED} rx={2} />
              <text x={r1(m.labelX)} y={r1(m.labelY + l.fontSize * 0.35)} textAnchor="middle">{m.key}</text>
            </g>
          ))}
        </g>
      )}
      <g className="lines" fill="none">
        {l.lines.map((ln) => (
          <path key={ln.unitId} d={ln.path} stroke={colourOf.get(ln.unitId)} strokeWidth={ln.highlight ? 3 : 2} strokeLinejoin="round" strokeLinecap="round" />
        ))}
      </g>
      <g className="points">
        {l.points.map((pt) => (
          <path key={`${pt.unitId}-${pt.edition}`} d={symbolOf.get(pt.unitId)} transform={`translate(${r1(pt.x)},${r1(pt.y)})`} fill={colourOf.get(pt.unitId)} stroke="#ffffff" />
        ))}
      </g>
      <MissingRows block={l.missing} x0={plotX0} x1={plotX1} symbols={symbolOf} colour={(u) => colourOf.get(u) ?? INK} heading={text.missing} reasons={text.reasons} />
    </ChartSvg>
  );
}

export default TrendLines;
