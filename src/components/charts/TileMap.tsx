// Tile-grid map: placed tiles and legend from lib/charts/tilemap.ts → SVG. No data shaping here.
// Every tile carries its label, its value (or the missing mark) and a <title> with the full name,
// value and colour class, so colour is never the only carrier of the value.
import type { TileMapLayout } from "../../lib/charts/tilemap.ts";
import { LINE, SMALL_FONT } from "../../lib/charts/chart-sizes.ts";
import type { MissingReason } from "../../lib/charts/types.ts";
import { formatValue } from "../../lib/format/value.ts";
import type { ColumnDef, Lang } from "../../lib/views/types.ts";
import { ChartSvg, HatchPattern, INK, MUTED, r1 } from "./chart-svg.tsx";

export interface TileMapText {
  /** Missing mark printed on a tile (the layout measured it as `missingShort`). */
  missingShort: string;
  /** Word before a tile's class in its title: "lớp" / "class". */
  classWord: string;
  reasons: Record<MissingReason, string>;
}

export interface TileMapProps {
  id: string;
  lang: Lang;
  /** Computed with a `format` that prints values as this component does (same unit, decimals). */
  layout: TileMapLayout;
  title: string;
  desc: string;
  text: TileMapText;
  unit?: ColumnDef["unit"];
  /** Decimals to pad values to; never fewer than a value has. */
  decimals?: number;
}

export function TileMap({ id, lang, layout: l, title, desc, text, unit = "points", decimals = 0 }: TileMapProps) {
  const fmt = (v: number, d = decimals) => formatValue(v, unit, lang, { decimals: d });
  // Class bounds are round numbers or the data's own ends: printed as they are, never padded.
  const range = (lo: number, hi: number) => (lo === hi ? fmt(lo, 0) : `${fmt(lo, 0)}–${fmt(hi, 0)}`);
  const classes = l.legend.entries;
  const hatch = `${id}-hatch`;
  return (
    <ChartSvg id={id} width={l.width} height={l.height} fontSize={l.fontSize} title={title} desc={desc}>
      <defs>
        <HatchPattern id={hatch} />
      </defs>
      <g className="tiles" textAnchor="middle">
        {l.tiles.map((t) => {
          const c = t.classIndex === null ? undefined : classes[t.classIndex];
          const tip = t.value === null
            ? `${t.name}: ${text.missingShort} — ${text.reasons[t.missing ?? "no_row"]}`
            : `${t.name}: ${fmt(t.value)}${c ? ` (${text.classWord} ${c.index + 1}/${classes.length}: ${range(c.lo, c.hi)})` : ""}`;
          // Text on the hatch gets a halo so the stripes never cut through it.
          const halo = t.hatched ? { stroke: "#ffffff", strokeWidth: 3, paintOrder: "stroke" as const } : {};
          return (
            <g key={t.unit} data-unit={t.unit} data-class={t.classIndex ?? "missing"}>
              <title>{tip}</title>
              <rect
                x={r1(t.x)} y={r1(t.y)} width={r1(t.size)} height={r1(t.size)} rx={2}
                fill={t.hatched ? `url(#${hatch})` : t.fill}
                // A hairline keeps the lightest class visible on the white page.
                stroke={t.highlight ? INK : "#8a8a8a"} strokeWidth={t.highlight ? 2.5 : t.hatched ? 1 : 0.5}
              />
              <text x={r1(t.cx)} y={r1(t.labelY)} fill={t.textFill} fontWeight={700} {...halo}>{t.label}</text>
              {l.showValues && (
                <text x={r1(t.cx)} y={r1(t.valueY)} fill={t.textFill} fontSize={SMALL_FONT} className="tnum" {...halo}>
                  {t.value === null ? text.missingShort : fmt(t.value)}
                </text>
              )}
            </g>
          );
        })}
      </g>
      <g className="legend">
        {l.legend.title.lines.map((line, i) => (
          <text key={`t${i}`} x={r1(l.legend.title.x)} y={r1(l.legend.title.y + i * LINE)} fontWeight={700}>{line}</text>
        ))}
        {l.legend.basis.lines.map((line, i) => (
          <text key={`b${i}`} x={r1(l.legend.basis.x)} y={r1(l.legend.basis.y + i * LINE)} fill={MUTED}>{line}</text>
        ))}
        {classes.map((e) => (
          <g key={e.index} data-class={e.index}>
            <rect x={r1(e.swatch.x)} y={r1(e.swatch.y)} width={e.swatch.width} height={e.swatch.height} fill={e.fill} stroke="#8a8a8a" strokeWidth={0.5} />
            <text x={r1(e.textX)} y={r1(e.textY)} className="tnum">{range(e.lo, e.hi)}</text>
          </g>
        ))}
        {l.legend.missing && (
          <g data-class="missing">
            <rect x={r1(l.legend.missing.swatch.x)} y={r1(l.legend.missing.swatch.y)} width={l.legend.missing.swatch.width} height={l.legend.missing.swatch.height} fill={`url(#${hatch})`} stroke="#8a8a8a" strokeWidth={0.5} />
            {l.legend.missing.lines.map((line, i) => (
              <text key={i} x={r1(l.legend.missing!.textX)} y={r1(l.legend.missing!.textY + i * LINE)}>{line}</text>
            ))}
          </g>
        )}
      </g>
    </ChartSvg>
  );
}

export default TileMap;
