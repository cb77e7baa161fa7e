// Reads the packed comparison data (see src/lib/views/compare.ts) back into plain cells. Pure and
// small: it runs in the browser inside the island as well as at build time.
import type { CompareIndex, CompareIndicator, CompareStringKey, CompareStrings, CompareView } from "../../lib/views/compare-data.ts";
import type { EditionIndexId, MissingReason } from "../../lib/views/types.ts";

export type Status = "reported" | "derived" | MissingReason | "absent";

const STATUS_OF: Record<string, Status> = {
  r: "reported", d: "derived", p: "not_published", n: "no_data", s: "not_surveyed", u: "unit_not_existing", x: "no_row", "-": "absent",
};

export interface Cell {
  value: number | null;
  status: Status;
  /** Comparability group id of the indicator in this edition; "" where it does not exist. */
  group: string;
}

export interface RankCell {
  rank: number | null;
  of: number | null;
  basis: "printed" | "computed" | null;
  /** A rank printed only as words ("last", "listed 2nd"). */
  text: string;
}

export interface Indicator {
  meta: CompareIndicator;
  /** cells[unit][edition] */
  cells: Cell[][];
}

export interface IndexData {
  meta: CompareIndex;
  indicators: Indicator[];
  /** ranks[unit][edition], of the total. */
  ranks: RankCell[][];
}

function split<T>(flat: readonly T[], width: number): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < flat.length; i += width) rows.push(flat.slice(i, i + width));
  return rows;
}

/** Unpacks one index. Throws on a length mismatch: a packing bug must not shift values between units. */
export function decodeIndex(ci: CompareIndex, unitCount: number): IndexData {
  const width = ci.editions.length;
  const n = unitCount * width;
  const indicators = ci.indicators.map((ind) => {
    const values = ind.values.split(",");
    if (values.length !== n || ind.status.length !== n) throw new Error(`compare: ${ci.index}/${ind.id} holds ${values.length} cells, expected ${n}`);
    const cells = values.map((v, i): Cell => ({
      value: v === "" ? null : Number(v),
      status: STATUS_OF[ind.status[i]!] ?? "no_row",
      group: ind.groups[ind.groupAt[i % width]!]?.id ?? "",
    }));
    return { meta: ind, cells: split(cells, width) };
  });
  const rankParts = ci.ranks.split(",");
  const ranks = rankParts.map((r, i): RankCell => {
    const m = /^(\d+)\/(\d*)([cp])$/.exec(r);
    const text = ci.rankTexts[String(i)] ?? "";
    if (!m) return { rank: null, of: null, basis: null, text };
    return { rank: Number(m[1]), of: m[2] === "" ? null : Number(m[2]), basis: m[3] === "c" ? "computed" : "printed", text };
  });
  return { meta: ci, indicators, ranks: n === 0 ? [] : split(ranks, width) };
}

/** "{name} hạng {rank}" with the placeholders filled; a placeholder left empty stays visible. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (vars[name] === undefined ? whole : String(vars[name])));
}

export type Say = (key: CompareStringKey, vars?: Record<string, string | number>) => string;

export function sayer(strings: CompareStrings): Say {
  return (key, vars = {}) => fill(strings[key], vars);
}

/** "A, B và C" / "A, B and C". */
export function listOf(items: readonly string[], and: string): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}

export function statusText(status: Status, say: Say): string {
  switch (status) {
    case "reported":
    case "derived":
      return "";
    case "no_row":
      return say("cell.noRow");
    case "absent":
      return say("compare.absent");
    default:
      return say(`status.${status}`);
  }
}

export interface Selection {
  /** Unit slugs, in the order chosen. */
  units: string[];
  index: EditionIndexId;
  /** Edition of the dimension profiles; null = the latest with dimension scores. */
  edition: number | null;
}

/** Editions in which the index has dimension scores (any unit). */
export function profileEditions(data: IndexData): number[] {
  const dims = data.indicators.filter((i) => i.meta.level === "dimension");
  return data.meta.editions.filter((_, j) => dims.some((d) => d.meta.groupAt[j] !== -1 && d.cells.some((row) => row[j]!.value !== null)));
}

export function unitIndex(view: Pick<CompareView, "units">): Map<string, number> {
  return new Map(view.units.slug.map((s, i) => [s, i] as const));
}
