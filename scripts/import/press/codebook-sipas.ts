// SIPAS codebook specs: the total, the national components as the English pages name them
// (five until 2023; a different set in 2024), survey sizes, and Bình Định's own survey.
import type { Spec } from "./codebook.ts";

const component = (indicator: string, vi: string, en: string, comparability: string): Spec => ({
  indicator, parent: "total", level: "component", name_vi: vi, name_en: en, unit: "percent", min: "0", max: "100", comparability,
  note: "National figure, as printed on an English-language page; the Vietnamese name is our translation.",
});
const count = (indicator: string, vi: string, en: string, note: string): Spec => ({
  indicator, parent: "", level: "statistic", name_vi: vi, name_en: en, unit: "count", min: "0", max: "100000000", comparability: "sipas-survey",
  note: `${note} The maximum is a loose bound, not a stated scale.`,
});

export const SIPAS_SPECS: readonly Spec[] = [
  { indicator: "total", parent: "", level: "total", name_vi: "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)", name_en: "Satisfaction Index of Public Administrative Services (SIPAS)", unit: "percent", min: "0", max: "100", comparability: "sipas",
    note: "Ministry of Home Affairs; share of citizens and organisations satisfied, per province. Values as printed in the press." },
  component("c-tiep-can-dich-vu", "Tiếp cận dịch vụ", "Access to services", "sipas-components"),
  component("c-thu-tuc-hanh-chinh", "Thủ tục hành chính", "Administrative procedures", "sipas-components"),
  component("c-cong-chuc", "Công chức giải quyết công việc", "Civil servants' performance", "sipas-components"),
  component("c-ket-qua-dich-vu", "Kết quả cung ứng dịch vụ", "Service outcomes", "sipas-components"),
  component("c-gop-y-phan-anh", "Tiếp nhận, giải quyết góp ý, phản ánh, kiến nghị", "Complaint settlement", "sipas-components"),
  component("c2024-chinh-sach", "Hài lòng về xây dựng và tổ chức thực hiện chính sách", "Satisfaction with policy development and implementation", "sipas-2024-components"),
  component("c2024-cung-ung-dich-vu", "Hài lòng về cung ứng dịch vụ hành chính công", "Satisfaction with public administrative service delivery", "sipas-2024-components"),
  component("c2024-tiep-can", "Hài lòng về tiếp cận dịch vụ (chung)", "Satisfaction with service access (overall)", "sipas-2024-components"),
  count("survey-valid-responses", "Số phiếu hợp lệ", "Valid survey responses", "Valid responses of the national SIPAS survey, as printed."),
  count("survey-sample", "Số phiếu phát ra (mẫu khảo sát)", "Survey sample", "Sample of the national SIPAS survey, as printed."),
  count("survey-citizens", "Số người dân được khảo sát", "Citizens surveyed", "Citizens surveyed for SIPAS, as printed."),
  { indicator: "binh-dinh-own-satisfaction", parent: "", level: "total", name_vi: "Chỉ số hài lòng của người dân, tổ chức đối với cơ quan hành chính tỉnh Bình Định (khảo sát riêng của tỉnh)", name_en: "Bình Định's own satisfaction survey of its agencies", unit: "percent", min: "0", max: "100", comparability: "binh-dinh-own",
    note: "Measured by Bình Định province, not the Ministry's SIPAS. 2018: survey of 17 specialised agencies; 2021–2022: averages of agency groups, reported in January 2023 (the province's measurement scheme for 2022–2025 is QĐ 5359/QĐ-UBND of 31/12/2021). The seed articles do not say whether the method stayed the same." },
];
