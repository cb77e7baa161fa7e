// SIPAS figures read in the press: national averages and components, and provinces' values and ranks.
import type { PressContext } from "./context.ts";
import { cell, readLines } from "./input.ts";
import { rankFor } from "./overrides.ts";
import { averageNote } from "./par.ts";
import { parseSourceCell } from "./sources.ts";
import { draft, joinNotes } from "./types.ts";

/** National components as the English pages name them → indicators (see the SIPAS codebook). */
const COMPONENTS: Record<string, string> = {
  "access to services": "c-tiep-can-dich-vu",
  "administrative procedures": "c-thu-tuc-hanh-chinh",
  "civil servants' performance": "c-cong-chuc",
  "service outcomes": "c-ket-qua-dich-vu",
  "complaint settlement": "c-gop-y-phan-anh",
  "satisfaction with policy development & implementation": "c2024-chinh-sach",
  "satisfaction with public administrative service delivery": "c2024-cung-ung-dich-vu",
  "satisfaction with service access (overall)": "c2024-tiep-can",
};

const NUMBER = /^\d+(\.\d+)?$/;

export function readSipasPublished(ctx: PressContext): void {
  for (const l of readLines(ctx.shared, "sipas_published_figures.csv")) {
    const [edition, type, entity, note, v] = [cell(l, "year"), cell(l, "entity_type"), cell(l, "entity"), cell(l, "note"), cell(l, "sipas_pct")];
    if (v !== "" && !NUMBER.test(v)) throw new Error(`${l.origin}: "${v}" is not a number`);
    const src = parseSourceCell(cell(l, "source"), l.origin);
    const r = rankFor(l.origin, cell(l, "rank"), src.url, edition, entity);
    const base = { dataset: "sipas" as const, edition, value: v, src, origin: l.origin, rank: r.rank, rank_of: r.rank_of, rank_text: r.rank_text };
    if (type === "province") {
      ctx.push(draft({ ...base, unit: ctx.provinces.id63ByName(entity, l.origin), indicator: "total", note: joinNotes(note, r.note) }), entity);
    } else if (type === "national_average") {
      ctx.push(draft({ ...base, unit: "agg-provinces", indicator: "total", note: joinNotes(averageNote(entity, "provinces"), note) }), "provinces (average)");
    } else if (type === "national_component") {
      const indicator = COMPONENTS[entity];
      if (!indicator) throw new Error(`${l.origin}: unknown SIPAS component "${entity}"`);
      ctx.push(draft({ ...base, unit: "agg-provinces", indicator, note: joinNotes(`national figure; component as printed: ${entity}`, note) }), "provinces (average)");
    } else {
      throw new Error(`${l.origin}: unknown entity_type ${type}`);
    }
  }
}

export function readSipasProvinces(ctx: PressContext): void {
  for (const l of readLines(ctx.shared, "sipas_provinces_press.csv")) {
    const [edition, name, note, announced, v] = [cell(l, "index_year"), cell(l, "province_vi"), cell(l, "note"), cell(l, "announced"), cell(l, "value_pct")];
    if (cell(l, "component") !== "") throw new Error(`${l.origin}: SIPAS component rows are not expected`);
    if (v !== "" && !NUMBER.test(v)) throw new Error(`${l.origin}: "${v}" is not a number`);
    const src = parseSourceCell(cell(l, "source"), l.origin);
    const r = rankFor(l.origin, cell(l, "rank"), src.url, edition, name);
    ctx.push(draft({
      dataset: "sipas", edition, unit: ctx.provinces.id63(cell(l, "gso_code"), name, l.origin), indicator: "total", value: v,
      rank: r.rank, rank_of: r.rank_of, rank_text: r.rank_text, src, origin: l.origin,
      note: joinNotes(note, r.note, announced ? `announced ${announced}` : ""),
    }), name);
  }
}
