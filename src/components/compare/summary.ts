// The generated text beside each chart, from the same cells the chart draws: what a reader who
// cannot see the chart needs (latest values, highest and lowest, rank moves, strongest dimension).
import { formatValue } from "../../lib/format/value.ts";
import type { Lang } from "../../lib/views/types.ts";
import type { Cell, IndexData, RankCell, Say } from "./model.ts";

export interface Chosen {
  /** Row of the unit in the packed data. */
  row: number;
  name: string;
}

const sentence = (parts: readonly string[]) => (parts.length === 0 ? "" : `${parts.join("; ")}.`);

function valueOf(cell: Cell, unit: IndexData["indicators"][number]["meta"]["unit"], lang: Lang): string {
  return cell.value === null ? "" : formatValue(cell.value, unit, lang);
}

/** Per unit: first and latest value within the latest comparability group; then highest and lowest. */
export function trendSummary(data: IndexData, chosen: readonly Chosen[], lang: Lang, say: Say): string {
  const total = data.indicators[0];
  if (!total) return "";
  const editions = data.meta.editions;
  const unit = total.meta.unit;
  const parts = chosen.map((c) => {
    const cells = total.cells[c.row]!;
    const last = cells.map((x, j) => ({ x, j })).filter((p) => p.x.value !== null).at(-1);
    if (!last) return say("compare.summary.trendNone", { name: c.name });
    const first = cells.findIndex((x) => x.value !== null && x.group === last.x.group);
    if (first === last.j) return say("compare.summary.trendOne", { name: c.name, value: valueOf(last.x, unit, lang), edition: editions[last.j]! });
    return say("compare.summary.trendUnit", {
      name: c.name, from: valueOf(cells[first]!, unit, lang), fromEdition: editions[first]!, to: valueOf(last.x, unit, lang), toEdition: editions[last.j]!,
    });
  });
  // Highest and lowest in the latest edition where at least two of the chosen have a value.
  let extremes = "";
  for (let j = editions.length - 1; j >= 0 && extremes === ""; j--) {
    const present = chosen.map((c) => ({ c, x: total.cells[c.row]![j]! })).filter((p) => p.x.value !== null);
    if (present.length < 2) continue;
    const sorted = [...present].sort((a, b) => b.x.value! - a.x.value!);
    const high = sorted[0]!;
    const low = sorted[sorted.length - 1]!;
    if (high.x.value === low.x.value) continue;
    extremes = say("compare.summary.highLow", {
      edition: editions[j]!, high: high.c.name, highValue: valueOf(high.x, unit, lang), low: low.c.name, lowValue: valueOf(low.x, unit, lang),
    });
  }
  return [sentence(parts), extremes].filter(Boolean).join(" ");
}

function moved(prev: RankCell, last: RankCell, say: Say): string {
  const gained = prev.rank! - last.rank!;
  if (gained > 0) return say("compare.summary.up", { n: gained });
  if (gained < 0) return say("compare.summary.down", { n: -gained });
  return say("compare.summary.same");
}

/** Per unit: the latest rank, and the move since the edition before when both are ranked alike. */
export function rankSummary(data: IndexData, chosen: readonly Chosen[], lang: Lang, say: Say): string {
  const editions = data.meta.editions;
  const total = data.indicators[0];
  const n = (v: number) => formatValue(v, "count", lang);
  return sentence(chosen.map((c) => {
    const ranks = data.ranks[c.row] ?? [];
    const lastJ = ranks.findLastIndex((r) => r.rank !== null);
    if (lastJ < 0) return say("compare.summary.rankNone", { name: c.name });
    const last = ranks[lastJ]!;
    const text = last.of === null
      ? say("compare.summary.rankOnly", { name: c.name, rank: n(last.rank!), edition: editions[lastJ]! })
      : say("compare.summary.rankUnit", { name: c.name, rank: n(last.rank!), of: n(last.of), edition: editions[lastJ]! });
    const prev = ranks[lastJ - 1];
    const sameGroup = total !== undefined && total.cells[c.row]![lastJ - 1]?.group === total.cells[c.row]![lastJ]!.group;
    if (!prev || prev.rank === null || prev.basis !== last.basis || prev.of !== last.of || !sameGroup) return text;
    return `${text} (${say("compare.summary.rankMoved", { moved: moved(prev, last, say), edition: editions[lastJ - 1]! })})`;
  }));
}

/** Per unit: its highest and lowest dimension in the edition. */
export function profileSummary(data: IndexData, chosen: readonly Chosen[], edition: number, lang: Lang, say: Say): string {
  const j = data.meta.editions.indexOf(edition);
  const dims = data.indicators.filter((i) => i.meta.level === "dimension" && j >= 0 && i.meta.groupAt[j] !== -1);
  return sentence(chosen.map((c) => {
    const scored = dims.map((d) => ({ label: d.meta.label, unit: d.meta.unit, x: d.cells[c.row]![j]! })).filter((d) => d.x.value !== null);
    if (scored.length === 0) return say("compare.summary.profileNone", { name: c.name, edition });
    const sorted = [...scored].sort((a, b) => b.x.value! - a.x.value!);
    const high = sorted[0]!;
    const low = sorted[sorted.length - 1]!;
    return say("compare.summary.profileUnit", {
      name: c.name, high: high.label, highValue: valueOf(high.x, high.unit, lang), low: low.label, lowValue: valueOf(low.x, low.unit, lang),
    });
  }));
}
