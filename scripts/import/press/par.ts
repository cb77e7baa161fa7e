// PAR Index figures read in the press: the first-pass file (provinces, ministries, averages,
// regions, group counts) and the province and ministry passes with their component scores.
import { hostOf } from "../lib.ts";
import type { PressContext } from "./context.ts";
import { ministryByName, regionByName } from "./entities.ts";
import { cell, readLines, type Line } from "./input.ts";
import { rankFor } from "./overrides.ts";
import { measureRemark, ministryComponent, provinceComponent } from "./par-components.ts";
import { parseSourceCell } from "./sources.ts";
import { draft, joinNotes } from "./types.ts";

const NUMBER = /^\d+(\.\d+)?$/;

function value(l: Line, column: string): string {
  const v = cell(l, column);
  if (v !== "" && !NUMBER.test(v)) throw new Error(`${l.origin}: "${v}" is not a number as printed`);
  return v;
}

/** "63 provinces (average)" → "average of 63 provinces"; no count printed → said so. */
export function averageNote(entity: string, what: "provinces" | "ministries"): string {
  const n = /^(\d+) /.exec(entity)?.[1];
  return n ? `average of ${n} ${what}` : `average of the ${what} (number not printed)`;
}

export function readParPublished(ctx: PressContext): void {
  for (const l of readLines(ctx.shared, "par_index_published_figures.csv")) {
    const [edition, type, entity, note] = [cell(l, "year"), cell(l, "entity_type"), cell(l, "entity"), cell(l, "note")];
    const src = parseSourceCell(cell(l, "source"), l.origin);
    const base = { dataset: "par-index" as const, edition, src, origin: l.origin };
    const r = rankFor(l.origin, cell(l, "rank"), src.url, edition, entity);
    const ranked = { rank: r.rank, rank_of: r.rank_of, rank_text: r.rank_text };
    if (type === "group_count") {
      const m = /^Group ([A-D]) \((.+)\)$/.exec(entity);
      const n = /^(\d+) provinces$/.exec(cell(l, "par_index_pct"));
      if (!m || !n) throw new Error(`${l.origin}: unreadable group count`);
      ctx.push(draft({ ...base, unit: "agg-provinces", indicator: `provinces-group-${m[1]!.toLowerCase()}`, value: n[1]!, note: joinNotes(`Group ${m[1]} (${m[2]})`, note) }), "provinces");
      continue;
    }
    if (type === "ministry_group") {
      // "Ministries with PAR Index < 80%": one row per ministry named, no value printed.
      for (const name of cell(l, "par_index_pct").split(";").map((s) => s.trim())) {
        const min = ministryByName(name, l.origin);
        ctx.push(draft({ ...base, unit: min.id, indicator: "total", value: "", rank_text: "PAR Index < 80%", note: joinNotes(`listed among "${entity}": ${cell(l, "par_index_pct")}`, note) }), min.name_vi);
      }
      continue;
    }
    const v = value(l, "par_index_pct");
    const withRank = { ...base, indicator: "total", value: v, ...ranked };
    if (type === "province") {
      const unit = ctx.provinces.id63ByName(entity, l.origin);
      ctx.push(draft({ ...withRank, unit, note: joinNotes(note, r.note) }), entity);
    } else if (type === "ministry") {
      const min = ministryByName(entity, l.origin);
      ctx.push(draft({ ...withRank, unit: min.id, note: joinNotes(note, r.note) }), min.name_vi);
    } else if (type === "national_average") {
      ctx.push(draft({ ...withRank, unit: "agg-provinces", note: joinNotes(averageNote(entity, "provinces"), note) }), "provinces (average)");
    } else if (type === "ministry_average") {
      ctx.push(draft({ ...withRank, unit: "agg-ministries", note: joinNotes(averageNote(entity, "ministries"), note) }), "ministries (average)");
    } else if (type === "region_average") {
      ctx.push(draft({ ...withRank, unit: regionByName(entity, l.origin), note: joinNotes("average of the region's provinces", note) }), entity);
    } else {
      throw new Error(`${l.origin}: unknown entity_type ${type}`);
    }
  }
}

export function readParProvinces(ctx: PressContext): void {
  for (const l of readLines(ctx.shared, "par_index_provinces_press.csv")) {
    const [edition, name, label, note, announced] = [cell(l, "index_year"), cell(l, "province_vi"), cell(l, "component"), cell(l, "note"), cell(l, "announced")];
    const src = parseSourceCell(cell(l, "source"), l.origin);
    const unit = ctx.provinces.id63(cell(l, "gso_code"), name, l.origin);
    const v = value(l, "value_pct");
    const r = rankFor(l.origin, cell(l, "rank"), src.url, edition, name);
    let indicator = "total";
    let labelNote = "";
    if (label !== "") {
      const c = provinceComponent(label, v, note, src.url, l.origin);
      ctx.recordMax(c.pointsIndicator, edition, c.printedMax, l.origin, hostOf(src.url));
      indicator = c.indicator;
      labelNote = `component as printed: ${label}`;
    }
    ctx.push(draft({
      dataset: "par-index", edition, unit, indicator, value: v, rank: r.rank, rank_of: r.rank_of, rank_text: r.rank_text,
      src, origin: l.origin, note: joinNotes(labelNote, note, measureRemark(src.url, label), r.note, announced ? `announced ${announced}` : ""),
    }), name);
  }
}

export function readParMinistries(ctx: PressContext): void {
  for (const l of readLines(ctx.shared, "par_index_ministries_press.csv")) {
    const [edition, name, label, note] = [cell(l, "index_year"), cell(l, "ministry_vi"), cell(l, "component"), cell(l, "note")];
    const src = parseSourceCell(cell(l, "source"), l.origin);
    const min = ministryByName(name, l.origin);
    const r = rankFor(l.origin, cell(l, "rank"), src.url, edition, name);
    const indicator = label === "" ? "total" : ministryComponent(label, l.origin).indicator;
    ctx.push(draft({
      dataset: "par-index", edition, unit: min.id, indicator, value: value(l, "value_pct"),
      rank: r.rank, rank_of: r.rank_of, rank_text: r.rank_text, src, origin: l.origin,
      note: joinNotes(label ? `component as printed: ${label}` : "", note, r.note),
    }), min.name_vi);
  }
}
