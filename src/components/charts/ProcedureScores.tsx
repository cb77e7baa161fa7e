// QĐ 766 scores: placed bars from lib/charts/procedures-scores.ts → SVG. Sections by period type,
// each bar labelled with its unit and period as printed; numbered slots tie groups to the key.
import { TOTAL_FILL, type ScoresLayout } from "../../lib/charts/procedures-scores.ts";
import { inkOn } from "../../lib/charts/ink.ts";
import type { MissingReason } from "../../lib/charts/types.ts";
import { formatNumber } from "../../lib/format/number.ts";
import type { Lang } from "../../lib/views/types.ts";
import { SMALL_FONT } from "../../lib/charts/chart-sizes.ts";
import { ChartSvg, GRID, HatchPattern, MUTED, r1 } from "./chart-svg.tsx";
import { Lines } from "./KeyLines.tsx";

export interface ProcedureScoresText {
  missing: string;
  /** Printed in a title for a group the source does not print. */
  notPrinted: string;
  reasons: Record<MissingReason, string>;
}

export interface ProcedureScoresProps {
  id: string;
  lang: Lang;
  /** Computed with a `format` that prints points as this component does. */
  layout: ScoresLayout;
  title: string;
  desc: string;
  text: ProcedureScoresText;
  decimals?: number;
}

const TRACK = "#eef1f5";

export function ProcedureScores({ id, lang, layout: l, title, desc, text, decimals = 0 }: ProcedureScoresProps) {
  const fmt = (v: number, d = decimals) => formatNumber(v, lang, { decimals: d });
  const groups = new Map(l.groups.map((g) => [g.id, g]));
  const hatch = `${id}-hatch`;
  return (
    <ChartSvg id={id} width={l.width} height={l.height} fontSize={l.fontSize} title={title} desc={desc}>
      <defs>
        <HatchPattern id={hatch} />
      </defs>
      <g className="key">
        {l.key.map((k) => (
          <g key={k.id}>
            <rect x={r1(k.x)} y={r1(k.markY - 6)} width={12} height={12} fill={k.kind === "hatch" ? `url(#${hatch})` : k.colour} />
            <Lines lines={k.lines} x={k.textX} y={k.textY} />
          </g>
        ))}
      </g>
      {l.sections.map((sec) => (
        <g key={sec.periodType} className="section" data-period-type={sec.periodType}>
          <text x={0} y={r1(sec.headingY)} fontWeight={700}>{sec.heading}</text>
          {sec.slotNumbers.map((n) => (
            <text key={n.n} x={r1(n.x)} y={r1(n.y)} textAnchor="middle" fill={MUTED}>{n.n}</text>
          ))}
          {sec.bars.map((b) => {
            const facts = b.slots.map((s) => `${groups.get(s.group)?.label ?? s.group}: ${s.value === null ? text.notPrinted : `${fmt(s.value)}/${fmt(s.max)}`}`);
            const total = b.total === null ? `${text.missing} — ${text.reasons[b.missing ?? "no_row"]}` : fmt(b.total);
            return (
              <g key={b.id} data-row={b.id}>
                <title>{[`${b.lines.join(" ")}: ${total}`, ...facts].join("; ")}</title>
                <Lines lines={b.lines} x={0} y={b.labelY} />
                {b.total === null
                  ? <text x={r1(l.width)} y={r1(b.labelY)} textAnchor="end" fill={MUTED} fontStyle="italic">{text.missing}</text>
                  : <text x={r1(l.width)} y={r1(b.labelY)} textAnchor="end" fontWeight={700} className="tnum">{fmt(b.total)}</text>}
                {b.mode === "total" ? (
                  <>
                    <rect className="track" x={0} y={r1(b.y)} width={r1(l.ticks.at(-1)?.position ?? l.width)} height={b.height} fill={TRACK} />
                    {l.ticks.map((t) => <line key={t.value} x1={r1(t.position)} x2={r1(t.position)} y1={r1(b.y)} y2={r1(b.y + b.height)} stroke={GRID} />)}
                    {b.totalWidth > 0 && <rect className="total" x={0} y={r1(b.y)} width={r1(b.totalWidth)} height={b.height} fill={TOTAL_FILL} />}
                  </>
                ) : b.slots.map((s) => (
                  <g key={s.group} className="slot" data-group={s.group}>
                    <rect x={r1(s.x)} y={r1(b.y)} width={r1(s.width)} height={b.height} fill={s.value === null ? `url(#${hatch})` : s.colour} fillOpacity={s.value === null ? 1 : 0.22} stroke="#ffffff" strokeWidth={1.5} />
                    {s.fillWidth > 0 && <rect x={r1(s.x)} y={r1(b.y)} width={r1(s.fillWidth)} height={b.height} fill={s.colour} stroke="#ffffff" strokeWidth={1.5} />}
                    {s.textX !== null && s.value !== null && (
                      <text x={r1(s.textX)} y={r1(b.y + b.height - 5)} textAnchor="middle" fontSize={SMALL_FONT} fill={inkOn(s.colour)} className="tnum">{fmt(s.value)}</text>
                    )}
                  </g>
                ))}
              </g>
            );
          })}
        </g>
      ))}
      <g className="axis" fill={MUTED}>
        {l.ticks.map((t) => (
          <text key={t.value} x={r1(t.labelX)} y={r1(l.axisY)} textAnchor={t.anchor}>{fmt(t.value, 0)}</text>
        ))}
      </g>
    </ChartSvg>
  );
}

export default ProcedureScores;
