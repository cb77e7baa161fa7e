// Figures and ranks as builders write them into frame tables and generated summaries: the page
// language's number format, never rounded, a missing value in words, a rank with its basis.
import { t } from "../../i18n/index.ts";
import { formatNumber, formatValue } from "../format/index.ts";
import type { ColumnDef, EditionPoint, Lang, MissingReason, RankBasis } from "./types.ts";

type Measure = ColumnDef["unit"];

/** "46,0415 điểm", "84,38%", "1.234". */
export function valueText(value: number, unit: Measure, lang: Lang, decimals = 0): string {
  const n = formatValue(value, unit, lang, { decimals });
  return unit === "points" ? t(lang, "text.points", { value: n }) : n;
}

/** A signed change: "+1,25 điểm", "−0,5 điểm" (a true minus sign), "0 điểm". */
export function changeText(change: number, unit: Measure, lang: Lang): string {
  const abs = formatNumber(Math.abs(change), lang);
  const signed = change > 0 ? `+${abs}` : change < 0 ? `−${abs}` : abs;
  if (unit === "points") return t(lang, "text.points", { value: signed });
  if (unit === "percent") return t(lang, "text.percentPoints", { value: signed });
  return signed;
}

export function missingText(reason: MissingReason, lang: Lang): string {
  return reason === "no_row" ? t(lang, "cell.noRow") : t(lang, `status.${reason}`);
}

/** The figure of a point, or why it has none. */
export function pointValueText(p: Pick<EditionPoint, "value" | "missing" | "derived">, unit: Measure, lang: Lang, decimals = 0): string {
  if (p.value === null) return missingText(p.missing ?? "no_row", lang);
  return valueText(p.value, unit, lang, decimals) + (p.derived ? ` ${t(lang, "text.derivedShort")}` : "");
}

/** "12/63", "12", or the rank as printed ("top 5"); "" when there is none. */
export function rankText(p: Pick<EditionPoint, "rank" | "rankOf" | "rankText">, lang: Lang): string {
  if (p.rank !== null) return p.rankOf === null ? formatNumber(p.rank, lang) : `${formatNumber(p.rank, lang)}/${formatNumber(p.rankOf, lang)}`;
  return p.rankText;
}

export function basisText(basis: RankBasis | null, lang: Lang): string {
  return basis === null ? "" : t(lang, `rankBasis.${basis}`);
}

/** "hạng 12/63" for summaries; "" without a numeric rank. */
export function rankPhrase(p: Pick<EditionPoint, "rank" | "rankOf">, lang: Lang): string {
  if (p.rank === null) return "";
  return p.rankOf === null ? t(lang, "rank.only", { rank: formatNumber(p.rank, lang) }) : t(lang, "rank.of", { rank: formatNumber(p.rank, lang), of: formatNumber(p.rankOf, lang) });
}

/** "tăng 2 bậc", "giảm 1 bậc", "giữ nguyên hạng". */
export function placesText(gained: number, lang: Lang): string {
  if (gained > 0) return t(lang, "text.placesUp", { n: formatNumber(gained, lang) });
  if (gained < 0) return t(lang, "text.placesDown", { n: formatNumber(-gained, lang) });
  return t(lang, "text.placesSame");
}

/** "A, B và C" / "A, B and C". */
export function listText(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${t(lang, "text.and")} ${items[items.length - 1]}`;
}

/** The unit label of a column header: "điểm, tối đa 80", "%, tối đa 100". */
export function scaleText(unit: Measure, max: number, lang: Lang): string {
  switch (unit) {
    case "points":
      return t(lang, "unit.points", { max: formatNumber(max, lang) });
    case "percent":
      return t(lang, "unit.percent", { max: formatNumber(max, lang) });
    case "count":
      return t(lang, "unit.count");
    case "rank":
      return t(lang, "unit.rank");
  }
}

/** "2011–2024", or "2023" for a single year. */
export function spanText(first: number, last: number): string {
  return first === last ? String(first) : `${first}–${last}`;
}
