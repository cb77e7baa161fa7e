// admin_procedure_stats.csv: the Thừa Thiên Huế portal snapshot (records by service level, and
// procedures offered online), Khánh Hòa's own agency ratings, survey sizes, and the QĐ 766
// scoring frame (which becomes codebook maxima, not values).
import type { PressContext } from "./context.ts";
import { cell, readLines, type Line } from "./input.ts";
import { parsePeriod } from "./periods.ts";
import { pushProc, type ProcRow } from "./procedures.ts";
import { parseSourceCell } from "./sources.ts";
import { draft, joinNotes } from "./types.ts";

const SNAPSHOT = "ngày chụp không rõ";
const HUE_NOTE = "portal statistics page, snapshot date unknown; the page uses service levels (mức độ 1–4) and the name Thừa Thiên Huế, both before 2025, hence the 63-frame unit";

/** Printed decimal commas ("48,6") become dots; nothing else changes. */
const dot = (s: string) => s.replace(",", ".");

function level(label: string): string {
  const m = /^Mức (1,2|3|4): tổng hồ sơ$/.exec(label);
  if (!m) throw new Error(`unexpected label ${label}`);
  return m[1] === "1,2" ? "muc-1-2" : `muc-${m[1]}`;
}

const PART: Record<string, string> = { "đã xử lý": "da-xu-ly", "chưa xử lý": "chua-xu-ly", "trước hạn": "truoc-han", "đúng hạn": "dung-han", "trễ hạn": "tre-han" };

function hueRecords(ctx: PressContext, l: Line, row: ProcRow): void {
  const L = level(cell(l, "indicator"));
  const note = joinNotes(`indicator as printed: ${cell(l, "indicator")}`, HUE_NOTE, `page also gives: ${cell(l, "note")}`);
  pushProc(ctx, row, `so-ho-so-${L}`, cell(l, "value"), note);
  for (const m of cell(l, "note").matchAll(/(đã xử lý|chưa xử lý|trước hạn|đúng hạn|trễ hạn) (\d+)(?: \((\d+(?:,\d+)?)%\))?/g)) {
    const part = PART[m[1]!]!;
    pushProc(ctx, row, `so-ho-so-${part}-${L}`, m[2]!, note);
    if (m[3]) pushProc(ctx, row, `ty-le-ho-so-${part}-${L}`, dot(m[3]), note);
  }
}

function hueProcedures(ctx: PressContext, l: Line, row: ProcRow): void {
  const n = /^TTHC cung cấp trực tuyến mức độ ([1-4])$/.exec(cell(l, "indicator"))![1]!;
  const pct = /\((\d+(?:,\d+)?)%\)/.exec(cell(l, "unit"))?.[1];
  if (!pct) throw new Error(`${l.origin}: no percentage in unit cell`);
  const note = joinNotes(`indicator as printed: ${cell(l, "indicator")}; printed '${cell(l, "value")} ${cell(l, "unit")}'`, HUE_NOTE);
  pushProc(ctx, row, `so-tthc-truc-tuyen-muc-${n}`, cell(l, "value"), note);
  pushProc(ctx, row, `ty-le-tthc-truc-tuyen-muc-${n}`, dot(pct), note);
}

export function readAdminStats(ctx: PressContext): void {
  for (const l of readLines(ctx.shared, "admin_procedure_stats.csv")) {
    const [area, context, label, v] = [cell(l, "area"), cell(l, "context"), cell(l, "indicator"), cell(l, "value")];
    const src = parseSourceCell(cell(l, "source"), l.origin);
    const base = { src, origin: l.origin };
    if (area === "Thừa Thiên Huế") {
      const row: ProcRow = { period: SNAPSHOT, per: parsePeriod(SNAPSHOT), unit: ctx.provinces.id63("46", area, l.origin), entity: area, ...base };
      if (label.startsWith("Mức")) hueRecords(ctx, l, row);
      else hueProcedures(ctx, l, row);
    } else if (area === "Khánh Hòa") {
      const m = /^(\d+) of (\d+)$/.exec(v);
      const rest = /^\+5 vs 2019; Khá (\d+)\/44 \(-8\); Trung bình (\d+); Yếu (\d+)$/.exec(cell(l, "note"));
      if (!m || !rest) throw new Error(`${l.origin}: unexpected Khánh Hòa row`);
      const note = joinNotes("Khánh Hòa's own PAR Index of its provincial agencies (QĐ 141/QĐ-UBND 14/01/2021), not the Ministry's PAR Index", `printed: ${label} ${v}; ${cell(l, "note")}`);
      const counts: Record<string, string> = { tot: m[1]!, assessed: m[2]!, kha: rest[1]!, "trung-binh": rest[2]!, yeu: rest[3]! };
      for (const [k, n] of Object.entries(counts)) {
        ctx.push(draft({ dataset: "par-index", edition: "2020", unit: ctx.provinces.id63("56", area, l.origin), indicator: `khanh-hoa-own-agencies-${k}`, value: n, ...base, note }), area);
      }
    } else if (context === "QĐ 766/QĐ-TTg scoring frame") {
      ctx.ledger.add(l.origin, "codebook", "maximum points per group (18/20/22/22/18, total 100) are the max of the i766-* indicators in the procedures codebook, whose notes cite this page");
      ctx.book.use(src, "QĐ 766 scoring frame", "nationwide");
    } else if (context === "SIPAS 2019 survey") {
      const m = /^(\d+) \/ (\d+)$/.exec(v)!;
      const note = joinNotes(`printed '${v}' (${label})`, cell(l, "note"));
      ctx.push(draft({ dataset: "sipas", edition: "2019", unit: "agg-national", indicator: "survey-valid-responses", value: m[1]!, ...base, note }), "nationwide");
      ctx.push(draft({ dataset: "sipas", edition: "2019", unit: "agg-national", indicator: "survey-sample", value: m[2]!, ...base, note }), "nationwide");
    } else if (context === "PAR Index 2024 survey") {
      const m = /^>85,600 \((\d+),(\d{3}) citizens; (\d+),(\d{3}) e-forms of officials\)$/.exec(v);
      if (!m) throw new Error(`${l.origin}: unexpected survey row`);
      const note = `printed '${v}' (${label}); the total is printed only as a lower bound`;
      ctx.push(draft({ dataset: "par-index", edition: "2024", unit: "agg-national", indicator: "survey-citizens", value: `${m[1]}${m[2]}`, ...base, note }), "nationwide");
      ctx.push(draft({ dataset: "par-index", edition: "2024", unit: "agg-national", indicator: "survey-official-eforms", value: `${m[3]}${m[4]}`, ...base, note }), "nationwide");
    } else if (context === "PAR Index 2021 survey" || context === "SIPAS 2023 survey") {
      ctx.ledger.add(l.origin, "not_imported", `${context}: printed only as approximations ("${v}"), not exact figures${cell(l, "note") ? `; note kept here: ${cell(l, "note")}` : ""}`);
    } else {
      throw new Error(`${l.origin}: no rule for this row`);
    }
  }
}
