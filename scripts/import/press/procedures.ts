// Procedure statistics read in the press: the QĐ 766 index (total and groups) of provinces, and
// processing / online-service rates and counts for named periods.
import { hostOf } from "../lib.ts";
import type { PressContext } from "./context.ts";
import { cell, readLines, type Line } from "./input.ts";
import { rankFor } from "./overrides.ts";
import { parsePeriod, periodYear, type Period } from "./periods.ts";
import { RATE_INDICATORS } from "./rate-indicators.ts";
import { parseSourceCell } from "./sources.ts";
import { draft, joinNotes, type SourceRef } from "./types.ts";

const GROUPS: readonly (readonly [RegExp, string])[] = [
  [/^Công khai, minh bạch \(\/18\)$/, "i766-cong-khai-minh-bach"],
  [/^Tiến độ, kết quả giải quyết \(\/20\)$/, "i766-tien-do-ket-qua"],
  [/^Số hóa hồ sơ \(\/22\)$/, "i766-so-hoa-ho-so"],
  [/^Cung cấp dịch vụ trực tuyến \(\/22 = /, "i766-cung-cap-dvc-truc-tuyen"],
  [/^Dịch vụ công trực tuyến \(\/12\)$/, "i766-dvc-truc-tuyen"],
  [/^Thanh toán trực tuyến \(\/10\)$/, "i766-thanh-toan-truc-tuyen"],
  [/^Mức độ hài lòng \(\/18\)$/, "i766-muc-do-hai-long"],
];

const NUMBER = /^\d+(\.\d+)?$/;
const NATIONAL_AVERAGE = /^bình quân cả nước \((\d+) tỉnh, thành phố\)$/;

export interface ProcRow {
  period: string;
  per: Period;
  unit: string;
  entity: string;
  src: SourceRef;
  origin: string;
}

/** Pushes one procedures value with its period fields. */
export function pushProc(ctx: PressContext, r: ProcRow, indicator: string, value: string, note: string, rank = { rank: "", rank_of: "", rank_text: "" }): void {
  ctx.push(draft({
    dataset: "procedures", edition: "", period: r.period, ...r.per, unit: r.unit, indicator, value, ...rank,
    src: r.src, origin: r.origin, note,
  }), r.entity, periodYear(r.period, r.per));
}

function unit766(ctx: PressContext, l: Line): { unit: string; entity: string; note: string } {
  const name = cell(l, "province_vi");
  const avg = NATIONAL_AVERAGE.exec(name);
  if (avg) return { unit: "agg-provinces", entity: "provinces (average)", note: `average of ${avg[1]} provinces` };
  const frame = cell(l, "frame");
  if (frame === "63") return { unit: ctx.provinces.id63(cell(l, "code"), name, l.origin), entity: name, note: "" };
  if (frame === "34") return { unit: ctx.provinces.id34(cell(l, "code"), name, l.origin), entity: name, note: "" };
  throw new Error(`${l.origin}: unknown frame ${frame}`);
}

/** Returns the addresses of 34-frame pages, so rates printed on the same pages use the same frame. */
export function read766(ctx: PressContext): Set<string> {
  const frame34 = new Set<string>();
  for (const l of readLines(ctx.shared, "index766_provinces_press.csv")) {
    const src = parseSourceCell(cell(l, "source"), l.origin);
    if (cell(l, "frame") === "34") frame34.add(src.url);
    const u = unit766(ctx, l);
    const period = cell(l, "period");
    const row: ProcRow = { period, per: parsePeriod(period, cell(l, "frame") === "34"), unit: u.unit, entity: u.entity, src, origin: l.origin };
    const label = cell(l, "group");
    const r = rankFor(l.origin, cell(l, "rank"), src.url, "", u.entity);
    const rank = { rank: r.rank, rank_of: r.rank_of, rank_text: r.rank_text };
    let indicator = "i766-total";
    let value = cell(l, "total_points");
    if (label !== "") {
      const g = GROUPS.find(([re]) => re.test(label));
      if (!g) throw new Error(`${l.origin}: unknown 766 group "${label}"`);
      indicator = g[1];
      value = cell(l, "group_points");
      if (cell(l, "total_points") !== "") throw new Error(`${l.origin}: a group row with a total`);
      ctx.recordMax(indicator, periodYear(period, row.per), /\(\/(\d+)/.exec(label)![1]!, l.origin, hostOf(src.url));
    }
    if (value !== "" && !NUMBER.test(value)) throw new Error(`${l.origin}: "${value}" is not a number`);
    pushProc(ctx, row, indicator, value, joinNotes(u.note, label ? `group as printed: ${label}` : "", cell(l, "note"), r.note), rank);
  }
  return frame34;
}

const BLOCS: Record<string, { unit: string; note: string }> = {
  "khối bộ ngành": { unit: "agg-bloc-bo-nganh", note: "" },
  "khối địa phương": { unit: "agg-bloc-dia-phuong", note: "" },
  "khối tỉnh thành": { unit: "agg-bloc-dia-phuong", note: "printed as khối tỉnh thành" },
  "bình quân tỉnh thành": { unit: "agg-provinces", note: "average of the provinces (number not printed)" },
  "toàn quốc": { unit: "agg-national", note: "" },
  "toàn quốc (khối địa phương?)": { unit: "agg-national", note: "scope compiled as 'toàn quốc (khối địa phương?)'" },
};

export function readRates(ctx: PressContext, frame34Pages: Set<string>): void {
  for (const l of readLines(ctx.shared, "procedure_rates_press.csv")) {
    const [period, name, label, raw] = [cell(l, "period"), cell(l, "province_vi"), cell(l, "indicator"), cell(l, "value")];
    const src = parseSourceCell(cell(l, "source"), l.origin);
    const bloc = BLOCS[name];
    const in34 = frame34Pages.has(src.url);
    const unit = bloc?.unit ?? (in34 ? ctx.provinces.id34(cell(l, "code"), name, l.origin) : ctx.provinces.id63(cell(l, "code"), name, l.origin));
    const row: ProcRow = { period, per: parsePeriod(period, in34), unit, entity: name, src, origin: l.origin };
    const ids = RATE_INDICATORS[label];
    if (!ids) throw new Error(`${l.origin}: no indicator for "${label}"`);
    const numbers = raw.match(/\d+(?:\.\d+)?/g) ?? [];
    if (numbers.length !== ids.length) throw new Error(`${l.origin}: "${raw}" has ${numbers.length} numbers, expected ${ids.length}`);
    const composite = numbers.length > 1 ? `printed '${raw}'` : "";
    numbers.forEach((n, i) => {
      if (ids[i] === "") return;
      pushProc(ctx, row, ids[i]!, n, joinNotes(bloc?.note ?? "", `indicator as printed: ${label} (${cell(l, "unit")})`, composite, cell(l, "note")));
    });
  }
}
