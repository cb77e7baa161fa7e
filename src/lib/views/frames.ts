// The pieces every ranked chart of a page shares: entities with their point, the ranking view
// (bars for a full table, printed-rank bars otherwise) and the sources a frame cites.
import { t } from "../../i18n/index.ts";
import { formatNumber } from "../format/index.ts";
import { agencyRender, rankingRender } from "./chart-render.ts";
import { basisText, pointValueText, rankPhrase, rankText, scaleText, valueText } from "./text.ts";
import type { ChartView, ColumnDef, EditionPoint, Lang, RankingInput, SourceRef, ValueCell } from "./types.ts";

export interface Ranked {
  id: string;
  label: string;
  href: string | null;
  point: EditionPoint;
}

export interface FrameArgs {
  lang: Lang;
  edition: number;
  column: ColumnDef;
  /** Dataset id and version of the figures drawn. */
  dataset: string;
  version: string;
  sources: SourceRef[];
  title: string;
}

/** The sources of the figures shown, each once, by id. */
export function sourcesOf(items: readonly { cell: ValueCell | null }[]): SourceRef[] {
  const seen = new Map<string, SourceRef>();
  for (const p of items) if (p.cell) seen.set(p.cell.source.id, p.cell.source);
  return [...seen.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** Best first: rank, then value, then name; units without a value last. */
export function byRank(a: Ranked, b: Ranked, lang: Lang): number {
  return (a.point.rank ?? Infinity) - (b.point.rank ?? Infinity) ||
    (b.point.value ?? -Infinity) - (a.point.value ?? -Infinity) ||
    a.label.localeCompare(b.label, lang);
}

export function rankingInput(rows: readonly Ranked[], column: ColumnDef): RankingInput {
  return {
    unit: column.unit, min: column.min, max: column.max,
    items: rows.map((r) => ({
      id: r.id, label: r.label, value: r.point.value, missing: r.point.missing, derived: r.point.derived,
      rank: r.point.rank, rankOf: r.point.rankOf, rankBasis: r.point.rankBasis, rankText: r.point.rankText,
    })),
  };
}

/**
 * `complete`: a full table, ranked by us (ranking bars); otherwise bars that keep the printed
 * ranks and rank nothing. `reference`: a published average drawn as a line (never computed here).
 */
export function rankingView(id: string, rows: Ranked[], a: FrameArgs & { heading: string; complete: boolean; frameSize: number; reference?: { label: string; value: number } | null }): ChartView<RankingInput> {
  const { lang, column } = a;
  const sorted = [...rows].sort((x, y) => byRank(x, y, lang));
  const valued = sorted.filter((r) => r.point.value !== null);
  const describe = (r: Ranked) => {
    const rank = rankPhrase(r.point, lang);
    return `${r.label} (${valueText(r.point.value!, column.unit, lang, column.decimals)}${rank === "" ? "" : `, ${rank}`})`;
  };
  const top = valued[0];
  const bottom = valued[valued.length - 1];
  const summary = !top || !bottom
    ? t(lang, "edition.rankingNone")
    : [
        a.complete ? "" : t(lang, "edition.rankingCount", { n: formatNumber(valued.length, lang) }),
        t(lang, "edition.rankingTop", { who: describe(top) }),
        valued.length > 1 ? t(lang, "edition.rankingBottom", { who: describe(bottom) }) : "",
        a.complete ? t(lang, "edition.rankComputed") : t(lang, "edition.rankPrinted"),
      ].filter((s) => s !== "").join(" ");
  return {
    id, title: a.heading, caption: scaleText(column.unit, column.max, lang), summary, sources: a.sources, dataset: a.dataset, datasetVersion: a.version,
    table: {
      caption: a.heading,
      columns: [t(lang, "table.entity"), `${column.label} (${scaleText(column.unit, column.max, lang)})`, t(lang, "frame.rank"), t(lang, "frame.rankBasis")],
      rows: sorted.map((r) => [r.label, pointValueText(r.point, column.unit, lang, column.decimals), rankText(r.point, lang), basisText(r.point.rankBasis, lang)]),
    },
    input: rankingInput(sorted, column),
    // Ranking bars rank the values they are given: right for a full table only. A partial press
    // list keeps its printed ranks (in the table) until the agency bars, which never rank, draw it.
    render: a.complete
      ? rankingRender(rankingInput(sorted, column), String(a.edition), column.decimals)
      : agencyRender(rankingInput(sorted, column), "ministries", lang, column.decimals, a.reference ? { reference: a.reference } : {}),
  };
}

