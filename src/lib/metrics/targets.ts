// Whether a directive's target was met, from the published results in our data. A rank is the
// printed one where a source prints it (PAR Index, SIPAS); otherwise it is computed from a full
// table of the unit's frame (PAPI), ties sharing a rank. Nothing is guessed: where the edition or
// the rank is not in our data, the answer is "not yet known" and says which is missing.
import type { Source, ValueRow } from "../schema/tables.ts";
import type { TargetRow } from "../schema/directives.ts";
import { preferred } from "./preferred.ts";
import { rank } from "./rank.ts";

export type TargetOutcome = "met" | "not_met" | "not_yet_known";

/** One figure a result rests on. */
export interface TargetFigure {
  edition: number;
  value: number | null;
  rank: number | null;
  rankOf: number | null;
  /** `printed`: the source prints the rank; `computed`: ranked by us from a full table. */
  rankBasis: "printed" | "computed" | null;
  /** Source ids of the figure (for a computed rank: the chosen row's source). */
  sources: string[];
}

/** Why a result is not yet known. */
export type UnknownReason =
  | { kind: "edition_not_in_data"; edition: number }
  | { kind: "no_value"; edition: number }
  | { kind: "no_rank"; edition: number };

export interface TargetResult {
  outcome: TargetOutcome;
  baseline: TargetFigure | null;
  final: TargetFigure | null;
  /** rank_change: places gained (positive = moved up); null when not computable. */
  change: number | null;
  reasons: UnknownReason[];
}

export interface TargetData {
  /** Every value row of the target's index. */
  values: readonly ValueRow[];
  kindOf: (sourceId: string) => Source["kind"];
  /** Units the target's unit is ranked among in a given edition (its frame, valid that year). */
  frameUnits: (edition: number) => readonly string[];
  /** The total indicator of the index. */
  indicator?: string;
}

export function figureOf(data: TargetData, unit: string, edition: number): TargetFigure | UnknownReason {
  const indicator = data.indicator ?? "total";
  const inEdition = data.values.filter((v) => v.edition === edition && v.indicator === indicator);
  if (inEdition.length === 0) return { kind: "edition_not_in_data", edition };
  const chosen = (u: string) => preferred(inEdition.filter((v) => v.unit === u), data.kindOf);
  const own = chosen(unit);
  if (!own) return { kind: "no_value", edition };
  if (own.rank !== null) {
    return { edition, value: own.value, rank: own.rank, rankOf: own.rank_of, rankBasis: "printed", sources: [own.source] };
  }
  if (own.value === null) return { kind: "no_value", edition };
  // Ranking the few provinces a page happened to name would invent an order: only full tables.
  // Without one the figure keeps its score and no rank; a rank target then says so.
  const unranked: TargetFigure = { edition, value: own.value, rank: null, rankOf: null, rankBasis: null, sources: [own.source] };
  const frame = data.frameUnits(edition);
  const rows = frame.map((u) => ({ u, row: chosen(u) }));
  if (frame.length === 0 || rows.some((r) => r.row === undefined)) return unranked;
  const ranked = rank(rows, (r) => r.row!.value).find((r) => r.item.u === unit);
  if (!ranked || ranked.rank === null) return unranked;
  return { edition, value: own.value, rank: ranked.rank, rankOf: ranked.of, rankBasis: "computed", sources: [own.source] };
}

const isFigure = (x: TargetFigure | UnknownReason): x is TargetFigure => "sources" in x;

export function targetResult(target: TargetRow, data: TargetData): TargetResult {
  const reasons: UnknownReason[] = [];
  const get = (edition: number): TargetFigure | null => {
    const f = figureOf(data, target.unit, edition);
    if (isFigure(f)) return f;
    reasons.push(f);
    return null;
  };
  // Baseline first, so the reasons read in edition order.
  const baseline = target.measure === "rank_change" && target.baseline_edition !== null ? get(target.baseline_edition) : null;
  const final = get(target.target_edition);
  if (target.measure === "rank_change") {
    if (baseline?.rank == null || final?.rank == null) {
      if (baseline && baseline.rank === null) reasons.push({ kind: "no_rank", edition: baseline.edition });
      if (final && final.rank === null) reasons.push({ kind: "no_rank", edition: final.edition });
      return { outcome: "not_yet_known", baseline, final, change: null, reasons };
    }
    const change = baseline.rank - final.rank;
    return { outcome: change >= target.target_value ? "met" : "not_met", baseline, final, change, reasons };
  }
  if (target.measure === "rank_at_most") {
    if (final?.rank == null) {
      if (final) reasons.push({ kind: "no_rank", edition: final.edition });
      return { outcome: "not_yet_known", baseline: null, final, change: null, reasons };
    }
    return { outcome: final.rank <= target.target_value ? "met" : "not_met", baseline: null, final, change: null, reasons };
  }
  if (final?.value == null) {
    if (final) reasons.push({ kind: "no_value", edition: final.edition });
    return { outcome: "not_yet_known", baseline: null, final, change: null, reasons };
  }
  const met = target.measure === "score_above" ? final.value > target.target_value : final.value >= target.target_value;
  return { outcome: met ? "met" : "not_met", baseline: null, final, change: null, reasons };
}
