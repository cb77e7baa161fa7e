// Chart inputs (trend, bump, profile) and frame tables from the unpacked cells of the chosen units.
import type { BumpInput } from "../../lib/charts/bump.ts";
import type { ProfileInput } from "../../lib/charts/profile.ts";
import type { TrendInput } from "../../lib/charts/trend.ts";
import type { MissingReason } from "../../lib/charts/types.ts";
import { formatValue } from "../../lib/format/value.ts";
import type { Lang } from "../../lib/views/types.ts";
import type { FrameTable, TableCell } from "./CompareFrame.tsx";
import { statusText, type Cell, type IndexData, type RankCell, type Say } from "./model.ts";
import type { Chosen } from "./summary.ts";

const reasonOf = (c: Cell): MissingReason => (c.status === "reported" || c.status === "derived" || c.status === "absent" ? "no_row" : c.status);

const point = (edition: number, c: Cell) => (c.value === null ? { edition: String(edition), value: null, missing: reasonOf(c) } : { edition: String(edition), value: c.value });

export const reasonTexts = (say: Say): Record<MissingReason, string> => ({
  not_published: say("status.not_published"), no_data: say("status.no_data"), not_surveyed: say("status.not_surveyed"),
  unit_not_existing: say("status.unit_not_existing"), no_row: say("cell.noRow"),
});

/** Editions of the total with their comparability group (editions where it does not exist left out). */
function totalEditions(data: IndexData): { edition: number; j: number; group: string }[] {
  const total = data.indicators[0];
  if (!total) return [];
  return data.meta.editions.flatMap((edition, j) => {
    const g = total.meta.groups[total.meta.groupAt[j]!];
    return g ? [{ edition, j, group: g.id }] : [];
  });
}

export function trendInput(data: IndexData, chosen: readonly Chosen[], slugs: readonly string[], say: Say): TrendInput {
  const total = data.indicators[0]!;
  const eds = totalEditions(data);
  return {
    // The national band only over a full table: a median of the few provinces the press names is no middle.
    editions: eds.map((e) => ({ edition: String(e.edition), group: e.group, ...(data.meta.fullTable ? { allValues: total.cells.map((row) => row[e.j]!.value) } : {}) })),
    groups: total.meta.groups.map((g) => ({ id: g.id, label: say("compare.group", { first: g.first, last: g.last, min: g.min, max: g.max }), min: g.min, max: g.max })),
    units: chosen.map((c) => ({ id: slugs[c.row]!, label: c.name, points: eds.map((e) => point(e.edition, total.cells[c.row]![e.j]!)) })),
  };
}

/** Every unit takes part (ranks are among all 63); the chosen ones come first so their colours match the chips. */
export function bumpInput(data: IndexData, chosen: readonly Chosen[], names: readonly string[], slugs: readonly string[]): BumpInput {
  const total = data.indicators[0]!;
  const eds = totalEditions(data);
  const picked = new Set(chosen.map((c) => c.row));
  const rows = [...chosen.map((c) => c.row), ...slugs.map((_, i) => i).filter((i) => !picked.has(i))];
  return {
    editions: eds.map((e) => ({ edition: String(e.edition), group: e.group })),
    units: rows.map((row) => ({ id: slugs[row]!, label: names[row]!, highlight: picked.has(row), points: eds.map((e) => point(e.edition, total.cells[row]![e.j]!)) })),
  };
}

/** Dimensions that exist in the edition, in codebook order. */
export function dimensionsAt(data: IndexData, edition: number) {
  const j = data.meta.editions.indexOf(edition);
  return j < 0 ? [] : data.indicators.filter((i) => i.meta.level === "dimension" && i.meta.groupAt[j] !== -1).map((i) => ({ ind: i, j, group: i.meta.groups[i.meta.groupAt[j]!]! }));
}

export function profileInput(data: IndexData, unit: Chosen, edition: number, slugs: readonly string[]): ProfileInput {
  const dims = dimensionsAt(data, edition);
  return {
    unit: slugs[unit.row]!,
    unitLabel: unit.name,
    dimensions: dims.map((d) => ({ id: d.ind.meta.id, label: d.ind.meta.label, min: d.group.min, max: d.group.max })),
    values: dims.flatMap((d) => slugs.map((slug, row) => {
      const c = d.ind.cells[row]![d.j]!;
      return { unit: slug, dimension: d.ind.meta.id, ...(c.value === null ? { value: null, missing: reasonOf(c) } : { value: c.value }) };
    })),
  };
}

function valueCell(c: Cell, unit: Parameters<typeof formatValue>[1], lang: Lang, say: Say): TableCell {
  if (c.value !== null) return { text: formatValue(c.value, unit, lang), derived: c.status === "derived" };
  if (c.status === "no_row") return { text: "", absent: say("cell.noRow") };
  return { text: statusText(c.status, say), missing: true };
}

export function trendTable(data: IndexData, chosen: readonly Chosen[], lang: Lang, say: Say): FrameTable {
  const total = data.indicators[0]!;
  return {
    caption: say("compare.table.trendCaption", { indicator: total.meta.label }),
    columns: [say("compare.table.edition"), ...chosen.map((c) => c.name)],
    rows: totalEditions(data).map((e) => ({ header: String(e.edition), cells: chosen.map((c) => valueCell(total.cells[c.row]![e.j]!, total.meta.unit, lang, say)) })),
  };
}

/** A rank as shown: "12/63", "1" (printed without a total), or the printed words ("last"). */
function rankCell(r: RankCell, lang: Lang, say: Say): TableCell {
  const n = (v: number) => formatValue(v, "count", lang);
  if (r.rank !== null) return { text: r.of === null ? n(r.rank) : `${n(r.rank)}/${n(r.of)}` };
  if (r.text !== "") return { text: r.text };
  return { text: say("compare.rank.none"), missing: true };
}

export function rankTable(data: IndexData, chosen: readonly Chosen[], lang: Lang, say: Say): FrameTable {
  return {
    caption: say("compare.table.rankCaption", { indicator: data.indicators[0]?.meta.label ?? "" }),
    columns: [say("compare.table.edition"), ...chosen.map((c) => c.name)],
    rows: totalEditions(data).map((e) => ({ header: String(e.edition), cells: chosen.map((c) => rankCell(data.ranks[c.row]![e.j]!, lang, say)) })),
  };
}

export function profileTable(data: IndexData, chosen: readonly Chosen[], edition: number, lang: Lang, say: Say): FrameTable {
  return {
    caption: say("compare.table.profileCaption", { edition }),
    columns: [say("compare.table.dimension"), ...chosen.map((c) => c.name)],
    rows: dimensionsAt(data, edition).map((d) => ({
      header: d.ind.meta.label,
      cells: chosen.map((c) => valueCell(d.ind.cells[c.row]![d.j]!, d.ind.meta.unit, lang, say)),
    })),
  };
}
