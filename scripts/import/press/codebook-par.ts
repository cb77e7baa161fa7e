// PAR Index codebook specs: the total, the fields (lĩnh vực) as a percentage of their maximum and
// in points, the appraisal / impact split and its survey parts, the ministries' own components,
// group counts, survey sizes, and two provinces' own agency indices.
import type { Spec } from "./codebook.ts";

const FIELD_PCT_NOTE = "A field's score as a percentage of its maximum points (\"tỷ lệ điểm đạt\"), as printed; the set of fields and their maxima changed over the years.";
const FIELD_PTS_NOTE = "A field's score in points, as printed.";

type Field = readonly [id: string, vi: string, en: string];

/** Fields printed both as a share of the maximum and in points. */
const FIELDS: readonly Field[] = [
  ["chi-dao-dieu-hanh", "Công tác chỉ đạo, điều hành cải cách hành chính", "Direction and management of administrative reform"],
  ["van-ban-qppl", "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật", "Making and implementing legal documents"],
  ["the-che", "Cải cách thể chế", "Institutional reform"],
  ["thu-tuc-hanh-chinh", "Cải cách thủ tục hành chính", "Administrative procedure reform"],
  ["mot-cua", "Thực hiện cơ chế một cửa, một cửa liên thông", "One-stop and inter-agency one-stop mechanisms"],
  ["to-chuc-bo-may", "Cải cách tổ chức bộ máy hành chính", "Reform of the administrative apparatus"],
  ["doi-ngu-cbccvc", "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức", "Building the quality of cadres, civil servants and public employees"],
  ["che-do-cong-vu", "Cải cách chế độ công vụ", "Civil service reform"],
  ["tai-chinh-cong", "Cải cách tài chính công", "Public finance reform"],
  ["hien-dai-hoa", "Hiện đại hóa hành chính", "Modernisation of the administration"],
  ["chinh-quyen-so", "Xây dựng và phát triển chính quyền điện tử, chính quyền số", "E-government and digital government"],
  ["tac-dong", "Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội", "Impact of administrative reform on people, organisations and socio-economic development"],
];

/** Parts of the impact score (Điểm đánh giá tác động). */
const IMPACT_PARTS: readonly Field[] = [
  ["sipas-trong-par", "Chỉ số hài lòng của người dân, tổ chức (SIPAS) trong PAR Index", "Citizens' and organisations' satisfaction (SIPAS) within the PAR Index"],
  ["khao-sat-lanh-dao-quan-ly", "Khảo sát lãnh đạo, quản lý", "Survey of leaders and managers"],
  ["tac-dong-kt-xh", "Tác động đến phát triển kinh tế - xã hội", "Impact on socio-economic development"],
];

const pct = (f: Field, parent: string, level: Spec["level"]): Spec => ({
  indicator: f[0], parent, level, name_vi: f[1], name_en: f[2], unit: "percent", min: "0", max: "100", comparability: "par-field-percent", note: FIELD_PCT_NOTE,
});
const pts = (f: Field, parent: string, level: Spec["level"], id = `${f[0]}-points`): Spec => ({
  indicator: id, parent, level, name_vi: `${f[1]} (điểm)`, name_en: `${f[2]} (points)`, unit: "points", min: "0", max: "printed", comparability: `par-${f[0]}-points`, note: FIELD_PTS_NOTE,
});
const count = (indicator: string, vi: string, en: string, max: string, comparability: string, note: string): Spec => ({
  indicator, parent: "", level: "statistic", name_vi: vi, name_en: en, unit: "count", min: "0", max, comparability, note,
});
const KH_NOTE = "Khánh Hòa's own rating of its provincial agencies (QĐ 141/QĐ-UBND, 14/01/2021), not the Ministry's PAR Index; the maximum is the 44 agencies assessed.";
const LOOSE = "The maximum is a loose bound, not a stated scale.";
const groupCount = (g: string) => count(`provinces-group-${g}`, `Số tỉnh, thành phố xếp nhóm ${g.toUpperCase()}`, `Number of provinces in group ${g.toUpperCase()}`, "63", "par-province-groups",
  "Count of provinces in the group as printed. The groups' thresholds are those of each year (2024: A ≥ 90%, B 80% to under 90%, as printed); other years' thresholds are not printed in our sources.");

export const PAR_SPECS: readonly Spec[] = [
  { indicator: "total", parent: "", level: "total", name_vi: "Chỉ số cải cách hành chính (PAR Index)", name_en: "Public Administration Reform Index (PAR Index)", unit: "percent", min: "0", max: "100", comparability: "par-index",
    note: "Ministry of Home Affairs; provinces and ministries are scored in separate rankings. Values as printed in the press (often to 2 decimals). The ministry revised the fields over the years; the press compares totals across years." },
  ...FIELDS.map((f) => pct(f, "total", "component")),
  ...FIELDS.map((f) => pts(f, "total", "component")),
  { indicator: "diem-tham-dinh", parent: "total", level: "dimension", name_vi: "Điểm thẩm định", name_en: "Appraisal score", unit: "points", min: "0", max: "printed", comparability: "par-diem-tham-dinh",
    note: "Score of the Ministry's appraisal of the province's reform results; with the impact score it sums to the total." },
  { indicator: "diem-danh-gia-tac-dong", parent: "total", level: "dimension", name_vi: "Điểm đánh giá tác động của cải cách hành chính", name_en: "Impact assessment score", unit: "points", min: "0", max: "printed", comparability: "par-diem-danh-gia-tac-dong",
    note: "Score from the surveys (SIPAS, leaders and managers) and socio-economic results; with the appraisal score it sums to the total." },
  ...IMPACT_PARTS.map((f) => pts(f, "diem-danh-gia-tac-dong", "subdimension")),
  ...IMPACT_PARTS.map((f) => ({ ...pct(f, "diem-danh-gia-tac-dong", "subdimension"), note: "The part as a percentage of its maximum points, as printed." })),
  { indicator: "diem-chi-so-thanh-phan", parent: "total", level: "dimension", name_vi: "Điểm chỉ số các thành phần cải cách hành chính", name_en: "Score of the reform component indices", unit: "points", min: "0", max: "printed", comparability: "par-diem-chi-so-thanh-phan",
    note: "As printed for the 2013 index, beside the sociological survey score." },
  { indicator: "diem-dieu-tra-xa-hoi-hoc", parent: "total", level: "dimension", name_vi: "Điểm điều tra xã hội học", name_en: "Sociological survey score", unit: "points", min: "0", max: "printed", comparability: "par-diem-dieu-tra-xa-hoi-hoc",
    note: "As printed for the 2013 index (provinces)." },
  { indicator: "bo-diem-tham-dinh", parent: "total", level: "dimension", name_vi: "Điểm thẩm định (bộ, ngành)", name_en: "Appraisal score (ministries)", unit: "points", min: "0", max: "printed", comparability: "par-bo-diem-tham-dinh",
    note: "Ministries' appraisal score; a different scale from the provinces' (values above the provinces' maximum of 61.5 occur)." },
  { indicator: "bo-diem-dieu-tra-xa-hoi-hoc", parent: "total", level: "dimension", name_vi: "Điểm điều tra xã hội học (bộ, ngành)", name_en: "Sociological survey score (ministries)", unit: "points", min: "0", max: "printed", comparability: "par-bo-diem-dieu-tra-xa-hoi-hoc",
    note: "Ministries' survey score; with the appraisal score it sums to the total." },
  { indicator: "bo-thu-tuc-hanh-chinh", parent: "total", level: "component", name_vi: "Cải cách thủ tục hành chính (bộ, ngành)", name_en: "Administrative procedure reform (ministries)", unit: "percent", min: "0", max: "100", comparability: "par-bo-field-percent",
    note: "A ministry's component index for administrative procedure reform, as a percentage, as printed." },
  { indicator: "bo-chi-dao-dieu-hanh", parent: "total", level: "component", name_vi: "Công tác chỉ đạo, điều hành cải cách hành chính (bộ, ngành)", name_en: "Direction and management of administrative reform (ministries)", unit: "percent", min: "0", max: "100", comparability: "par-bo-field-percent",
    note: "A ministry's component index, as a percentage, as printed." },
  ...["a", "b", "c", "d"].map(groupCount),
  count("survey-citizens", "Số người dân được khảo sát", "Citizens surveyed", "100000000", "par-survey", `Number of citizens surveyed for the index, as printed. ${LOOSE}`),
  count("survey-official-eforms", "Số phiếu điện tử khảo sát cán bộ, công chức", "Electronic survey forms of officials", "100000000", "par-survey", `Number of electronic survey forms completed by officials, as printed. ${LOOSE}`),
  { indicator: "binh-dinh-own-agency-index", parent: "", level: "total", name_vi: "Chỉ số cải cách hành chính của các cơ quan chuyên môn thuộc UBND tỉnh Bình Định (chỉ số riêng của tỉnh)", name_en: "Bình Định's own administrative reform index of its provincial agencies", unit: "percent", min: "0", max: "100", comparability: "binh-dinh-own",
    note: "Measured by Bình Định province (Sở Nội vụ) for its own 21 specialised agencies; not the Ministry of Home Affairs' PAR Index and not comparable with it." },
  count("khanh-hoa-own-agencies-tot", "Số cơ quan, đơn vị xếp hạng Tốt (chỉ số CCHC riêng của Khánh Hòa)", "Agencies rated Good (Khánh Hòa's own agency index)", "44", "khanh-hoa-own", KH_NOTE),
  count("khanh-hoa-own-agencies-kha", "Số cơ quan, đơn vị xếp hạng Khá (chỉ số CCHC riêng của Khánh Hòa)", "Agencies rated Fairly good (Khánh Hòa's own agency index)", "44", "khanh-hoa-own", KH_NOTE),
  count("khanh-hoa-own-agencies-trung-binh", "Số cơ quan, đơn vị xếp hạng Trung bình (chỉ số CCHC riêng của Khánh Hòa)", "Agencies rated Average (Khánh Hòa's own agency index)", "44", "khanh-hoa-own", KH_NOTE),
  count("khanh-hoa-own-agencies-yeu", "Số cơ quan, đơn vị xếp hạng Yếu (chỉ số CCHC riêng của Khánh Hòa)", "Agencies rated Weak (Khánh Hòa's own agency index)", "44", "khanh-hoa-own", KH_NOTE),
  count("khanh-hoa-own-agencies-assessed", "Số cơ quan, đơn vị được đánh giá (chỉ số CCHC riêng của Khánh Hòa)", "Agencies assessed (Khánh Hòa's own agency index)", "44", "khanh-hoa-own", KH_NOTE),
];
