// PAR Index component labels as compiled → indicator ids. A field ("lĩnh vực") is printed either
// as a percentage of its maximum points (indicator <field>) or in points (<field>-points); the
// label or the note says which. Spelling variants of one field name share an indicator; a
// renamed field (e.g. "Cải cách thể chế" from 2022) gets its own.
import { slugify } from "../lib.ts";

/** Slug prefixes of printed labels → field indicator (longest prefix wins). */
const FIELDS: readonly (readonly [string, string])[] = [
  ["cong-tac-chi-dao-dieu-hanh", "chi-dao-dieu-hanh"],
  ["lanh-dao-chi-dao", "chi-dao-dieu-hanh"],
  ["xay-dung-va-to-chuc-thuc-hien-van-ban-qppl", "van-ban-qppl"],
  ["xay-dung-va-to-chuc-thuc-hien-vbqppl", "van-ban-qppl"],
  ["xay-dung-van-ban-qppl", "van-ban-qppl"],
  ["cai-cach-the-che", "the-che"],
  ["cai-cach-thu-tuc-hanh-chinh", "thu-tuc-hanh-chinh"],
  ["thuc-hien-co-che-mot-cua", "mot-cua"],
  ["cai-cach-to-chuc-bo-may", "to-chuc-bo-may"],
  ["xay-dung-va-nang-cao-chat-luong-doi-ngu", "doi-ngu-cbccvc"],
  ["cai-cach-che-do-cong-vu", "che-do-cong-vu"],
  ["cai-cach-tai-chinh-cong", "tai-chinh-cong"],
  ["hien-dai-hoa", "hien-dai-hoa"],
  ["xay-dung-va-phat-trien-chinh-quyen-dien-tu", "chinh-quyen-so"],
  ["xay-dung-va-phat-trien-chinh-phu-dien-tu", "chinh-quyen-so"],
  ["tac-dong-cua-cchc-den-nguoi-dan", "tac-dong"],
  ["tac-dong-cua-cchc-ty-le", "tac-dong"],
  ["tac-dong-cua-cchc-khao-sat-can-bo", "khao-sat-lanh-dao-quan-ly"],
  ["tac-dong-cua-cchc-ket-qua-thuc-hien", "tac-dong-kt-xh"],
  ["tac-dong-cua-cchc-den-phat-trien-kt-xh", "tac-dong-kt-xh"],
  ["tac-dong-den-phat-trien", "tac-dong-kt-xh"],
  ["khao-sat-lanh-dao", "khao-sat-lanh-dao-quan-ly"],
  ["chi-so-sipas", "sipas-trong-par"],
  ["chi-so-hai-long-cua-nguoi-dan-trong-par", "sipas-trong-par"],
  ["diem-tham-dinh", "diem-tham-dinh"],
  ["diem-danh-gia-tac-dong", "diem-danh-gia-tac-dong"],
  ["diem-chi-so-cac-thanh-phan", "diem-chi-so-thanh-phan"],
  ["diem-dieu-tra-xa-hoi-hoc", "diem-dieu-tra-xa-hoi-hoc"],
];

/** Indicators that only exist in points (no percent form in the sources). */
export const POINTS_ONLY = new Set(["diem-tham-dinh", "diem-danh-gia-tac-dong", "diem-chi-so-thanh-phan", "diem-dieu-tra-xa-hoi-hoc"]);

/** Ministries' components: their own scales, so their own indicators. */
const MINISTRY_FIELDS: readonly (readonly [string, string])[] = [
  ["diem-tham-dinh", "bo-diem-tham-dinh"],
  ["diem-dieu-tra-xa-hoi-hoc", "bo-diem-dieu-tra-xa-hoi-hoc"],
  ["cai-cach-thu-tuc-hanh-chinh", "bo-thu-tuc-hanh-chinh"],
  ["cong-tac-chi-dao-dieu-hanh", "bo-chi-dao-dieu-hanh"],
];

function lookup(table: readonly (readonly [string, string])[], label: string, origin: string): string {
  const s = slugify(label);
  const hits = table.filter(([p]) => s.startsWith(p)).sort((a, b) => b[0].length - a[0].length);
  if (!hits[0]) throw new Error(`${origin}: no indicator for component "${label}"`);
  return hits[0][1];
}

export type Measure = "percent" | "points";

export interface Component {
  indicator: string;
  measure: Measure;
  /** The points form of the same field: the indicator a printed maximum belongs to. */
  pointsIndicator: string;
  /** Maximum points printed in the label or note ("(max 61.5)", "(7.25/9 points)", "9.72/10.5 points"). */
  printedMax: string;
}

/** Rows of the Quảng Nam 2022–2023 page print "%" on values in the range of points (see the report). */
const POINTS_PRINTED_AS_PERCENT = "vietnam.vn/ja/quang-nam-tang-diem-thang-hang-par-index-va-sipas";

/** What the value note says about a unit we read differently from the page's own mark. */
export function measureRemark(url: string, label: string): string {
  return label !== "" && url.includes(POINTS_PRINTED_AS_PERCENT)
    ? "CHECK: the page prints these component values with a % sign, but they lie in the range of the field's points (e.g. 10.68 with rank 62), not of a percentage; recorded as points"
    : "";
}

/**
 * Pages whose component values carry no unit mark but can only be percentages: Quảng Bình 2019
 * (100, 96.05, 82.01 exceed any field's maximum points) and Khánh Hòa 2022 (the page gives every
 * field as "tỷ lệ điểm đạt", share of the maximum).
 */
const UNMARKED_PERCENT = ["quangbinh.tintuc.vn", "phapykhanhhoa.vn"];

const X_OF_N = /(\d+(?:\.\d+)?) ?\/ ?(\d+(?:\.\d+)?) points/;

export function provinceComponent(label: string, value: string, note: string, url: string, origin: string): Component {
  const field = lookup(FIELDS, label, origin);
  const pointsIndicator = POINTS_ONLY.has(field) ? field : `${field}-points`;
  const printedMax = /\bmax (\d+(?:\.\d+)?)/.exec(label)?.[1] ?? X_OF_N.exec(label)?.[2] ?? X_OF_N.exec(note)?.[2] ?? "";
  if (value === "") return { indicator: field, measure: "percent", pointsIndicator, printedMax };
  const points = POINTS_ONLY.has(field) || /\bmax \d|\(points\)/.test(label) || /^(sub-)?component, points/.test(note)
    || url.includes(POINTS_PRINTED_AS_PERCENT);
  const percent = /\(%\)|tỷ lệ điểm đạt/.test(label) || X_OF_N.test(label) || /= \d+(\.\d+)?%/.test(note)
    || UNMARKED_PERCENT.some((h) => url.includes(h));
  if (points === percent) throw new Error(`${origin}: cannot tell points from percent for "${label}"`);
  return points
    ? { indicator: pointsIndicator, measure: "points", pointsIndicator, printedMax }
    : { indicator: field, measure: "percent", pointsIndicator, printedMax };
}

export function ministryComponent(label: string, origin: string): Component {
  const indicator = lookup(MINISTRY_FIELDS, label, origin);
  const measure: Measure = /points/.test(label) ? "points" : "percent";
  return { indicator, measure, pointsIndicator: indicator, printedMax: "" };
}
