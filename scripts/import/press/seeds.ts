// Figures stated by the seed articles (seed_figures.csv): Bình Định's PAR Index 2018, its own
// agency reform and satisfaction indices (the province's measurements, not the Ministry's), and
// Quảng Nam's online services in 2018.
import type { PressContext } from "./context.ts";
import { AGENCIES } from "./entities.ts";
import { cell, readLines } from "./input.ts";
import { parseRank } from "./ranks.ts";
import { pushProc } from "./procedures.ts";
import { parsePeriod } from "./periods.ts";
import { parseSourceCell } from "./sources.ts";
import { draft, joinNotes } from "./types.ts";

/** Ranks the compilation wrote as "1/21" where the article printed words (seed 000). */
const PRINTED_RANK: Record<string, string> = {
  "seed_figures.csv:3": "cao nhất",
  "seed_figures.csv:4": "thấp nhất",
  "seed_figures.csv:6": "dẫn đầu",
};

const OWN_AGENCY_INDEX = "Chỉ số CCHC of provincial agencies (Bình Định's own index)";
const OWN_SATISFACTION = /^Satisfaction (with administrative services \(provincial survey of 17 agencies\)|index \(Bình Định's survey\))$/;

export function readSeedFigures(ctx: PressContext): void {
  for (const l of readLines(ctx.shared, "seed_figures.csv")) {
    const [year, entity, indicatorText, v, note] = [cell(l, "year"), cell(l, "entity"), cell(l, "indicator"), cell(l, "value"), cell(l, "note")];
    const src = parseSourceCell(cell(l, "source"), l.origin);
    const printed = PRINTED_RANK[l.origin];
    const r = printed ? { rank: "", rank_of: "", rank_text: printed } : parseRank(cell(l, "rank"));
    const ranked = { rank: r.rank, rank_of: r.rank_of, rank_text: r.rank_text };
    const agency = AGENCIES[entity];
    if (indicatorText === "PAR Index (Chỉ số cải cách hành chính)") {
      ctx.push(draft({ dataset: "par-index", edition: year, unit: ctx.provinces.id63ByName(cell(l, "area"), l.origin), indicator: "total", value: v, ...ranked, src, origin: l.origin, note }), cell(l, "area"));
    } else if (indicatorText === OWN_AGENCY_INDEX && agency) {
      ctx.push(draft({ dataset: "par-index", edition: year, unit: agency.id, indicator: "binh-dinh-own-agency-index", value: v, ...ranked, src, origin: l.origin, note: joinNotes(note, printed ? `compiled as rank ${cell(l, "rank")}` : "") }), agency.name_vi);
    } else if (OWN_SATISFACTION.test(indicatorText) && agency) {
      ctx.push(draft({ dataset: "sipas", edition: year, unit: agency.id, indicator: "binh-dinh-own-satisfaction", value: v, ...ranked, src, origin: l.origin, note: joinNotes(note, printed ? `compiled as rank ${cell(l, "rank")}` : "") }), agency.name_vi);
    } else if (/^online public services deployed at level ([34])/.test(indicatorText)) {
      const level = /level ([34])/.exec(indicatorText)![1]!;
      const period = "ngày 29/7/2018";
      const row = { period, per: parsePeriod(period), unit: ctx.provinces.id63ByName(cell(l, "area"), l.origin), entity: cell(l, "area"), src, origin: l.origin };
      pushProc(ctx, row, `so-dvc-truc-tuyen-muc-${level}`, v, joinNotes(`indicator as printed: ${indicatorText}`, note, "period: the date of the working session the article reports ('Tỉnh đã triển khai …')"));
    } else if (cell(l, "entity_type") === "archives") {
      ctx.ledger.add(l.origin, "not_imported", `${indicatorText} (${entity}): not a PAR Index, SIPAS or administrative-procedure figure, and its date is contradictory ("đến ngày 31/12/2023" in an item of 19/01/2023)`);
    } else {
      throw new Error(`${l.origin}: no rule for "${indicatorText}"`);
    }
  }
}
