// Procedures codebook specs (editions are years): the QĐ 766 index and its groups, and the rates
// and counts read for named periods. Group maxima are those of QĐ 766 as reported by the
// sonoivu.namdinh.gov.vn page (source id filled in at build time) and as the rows print them.
import type { Spec } from "./codebook.ts";

const LOOSE = "The maximum is a loose bound, not a stated scale.";

const rate = (indicator: string, vi: string, en: string, note = ""): Spec => ({
  indicator, parent: "", level: "statistic", name_vi: vi, name_en: en, unit: "percent", min: "0", max: "100", comparability: indicator,
  note: `Rate as printed for the period named in each row; periods differ between rows.${note ? ` ${note}` : ""}`,
});
const count = (indicator: string, vi: string, en: string, note = ""): Spec => ({
  indicator, parent: "", level: "statistic", name_vi: vi, name_en: en, unit: "count", min: "0", max: "100000000", comparability: indicator,
  note: `Count as printed for the period or date named in each row.${note ? ` ${note}` : ""} ${LOOSE}`,
});

function group(indicator: string, vi: string, en: string, max: string, frameNote: string): Spec {
  return { indicator, parent: "i766-total", level: "dimension", name_vi: vi, name_en: en, unit: "points", min: "0", max, comparability: "i766", note: frameNote };
}

/** The Thừa Thiên Huế portal page: records per service level. */
const HUE_LEVELS: readonly (readonly [string, string, string])[] = [["muc-1-2", "mức độ 1, 2", "levels 1–2"], ["muc-3", "mức độ 3", "level 3"], ["muc-4", "mức độ 4", "level 4"]];
const HUE_PARTS: readonly (readonly [string, string, string])[] = [["da-xu-ly", "đã xử lý", "processed"], ["chua-xu-ly", "chưa xử lý", "not yet processed"], ["truoc-han", "giải quyết trước hạn", "resolved before the deadline"], ["dung-han", "giải quyết đúng hạn", "resolved on the deadline"], ["tre-han", "giải quyết trễ hạn", "resolved late"]];
const HUE = "Thừa Thiên Huế public-service portal statistics page (date unknown).";

function hueSpecs(): Spec[] {
  const out: Spec[] = [];
  for (const [l, lvi, len] of HUE_LEVELS) {
    out.push(count(`so-ho-so-${l}`, `Tổng số hồ sơ dịch vụ công ${lvi}`, `Records of public services at ${len}`, HUE));
    for (const [p, pvi, pen] of HUE_PARTS) {
      out.push(count(`so-ho-so-${p}-${l}`, `Số hồ sơ ${pvi} (dịch vụ công ${lvi})`, `Records ${pen} (public services at ${len})`, HUE));
      if (p !== "da-xu-ly" && p !== "chua-xu-ly") out.push(rate(`ty-le-ho-so-${p}-${l}`, `Tỷ lệ hồ sơ ${pvi} (dịch vụ công ${lvi})`, `Share of records ${pen} (public services at ${len})`, HUE));
    }
  }
  for (const n of ["1", "2", "3", "4"]) {
    out.push(count(`so-tthc-truc-tuyen-muc-${n}`, `Số thủ tục hành chính cung cấp trực tuyến mức độ ${n}`, `Administrative procedures offered online at level ${n}`, HUE));
    out.push(rate(`ty-le-tthc-truc-tuyen-muc-${n}`, `Tỷ lệ thủ tục hành chính cung cấp trực tuyến mức độ ${n}`, `Share of administrative procedures offered online at level ${n}`, HUE));
  }
  return out;
}

export function procedureSpecs(frameSource: string): Spec[] {
  const frame = `Maximum points of the group under Quyết định 766/QĐ-TTg (23/6/2022), as reported by source ${frameSource} (18/20/22/22/18, total 100)`;
  const split = "The portal in 2024–2025 shows \"Cung cấp dịch vụ trực tuyến\" (22) as two groups: \"Dịch vụ công trực tuyến\" (12) and \"Thanh toán trực tuyến\" (10); the maxima 12 and 10 are as the rows print them.";
  return [
    { indicator: "i766-total", parent: "", level: "total", name_vi: "Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp (QĐ 766)", name_en: "Index of direction, management and service quality for citizens and businesses (Decision 766)", unit: "points", min: "0", max: "100", comparability: "i766",
      note: "Computed on the national public-service portal and published weekly, monthly and yearly; each row's period says which. A weekly or part-year snapshot is not a yearly result." },
    group("i766-cong-khai-minh-bach", "Công khai, minh bạch", "Openness and transparency", "18", `${frame}.`),
    group("i766-tien-do-ket-qua", "Tiến độ, kết quả giải quyết", "Progress and results of processing", "20", `${frame}.`),
    group("i766-so-hoa-ho-so", "Số hóa hồ sơ", "Digitisation of records", "22", `${frame}.`),
    group("i766-cung-cap-dvc-truc-tuyen", "Cung cấp dịch vụ trực tuyến", "Online service provision", "22", `${frame}. ${split}`),
    group("i766-dvc-truc-tuyen", "Dịch vụ công trực tuyến", "Online public services", "12", split),
    group("i766-thanh-toan-truc-tuyen", "Thanh toán trực tuyến", "Online payment", "10", split),
    group("i766-muc-do-hai-long", "Mức độ hài lòng", "Satisfaction", "18", `${frame}.`),
    rate("ty-le-chuyen-doi-ho-so-giay-sang-dien-tu", "Tỷ lệ chuyển đổi hồ sơ giấy sang điện tử", "Share of paper records converted to electronic"),
    rate("ty-le-ket-qua-giai-quyet-tthc-dien-tu", "Tỷ lệ kết quả giải quyết thủ tục hành chính được cấp điện tử", "Share of procedure results issued electronically"),
    count("so-bo-phan-mot-cua-so-hoa", "Số Bộ phận một cửa đã triển khai số hóa hồ sơ, kết quả", "One-stop units digitising records and results"),
    count("so-bo-phan-mot-cua", "Tổng số Bộ phận một cửa", "One-stop units (total)"),
    rate("ty-le-bo-phan-mot-cua-so-hoa", "Tỷ lệ Bộ phận một cửa đã triển khai số hóa", "Share of one-stop units digitising"),
    rate("ty-le-ho-so-duoc-so-hoa", "Tỷ lệ hồ sơ được số hóa", "Share of records digitised"),
    rate("ty-le-so-hoa-ho-so-ket-qua", "Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Share of records and results digitised"),
    rate("ty-le-ho-so-dung-han", "Tỷ lệ hồ sơ giải quyết đúng hạn", "Share of records processed on time"),
    rate("ty-le-ho-so-dung-han-dvc-truc-tuyen", "Tỷ lệ giải quyết hồ sơ đúng hạn (dịch vụ công trực tuyến)", "Share of records processed on time (online public services)"),
    rate("ty-le-ho-so-truoc-han-ttpvhcc", "Tỷ lệ hồ sơ giải quyết trước hạn (Trung tâm Phục vụ hành chính công tỉnh)", "Share of records resolved before the deadline (provincial public administration service centre)"),
    rate("ty-le-ho-so-dung-han-ttpvhcc", "Tỷ lệ hồ sơ giải quyết đúng hạn (Trung tâm Phục vụ hành chính công tỉnh)", "Share of records resolved on the deadline (provincial public administration service centre)"),
    rate("ty-le-ho-so-qua-han-ttpvhcc", "Tỷ lệ hồ sơ quá hạn (Trung tâm Phục vụ hành chính công tỉnh)", "Share of records overdue (provincial public administration service centre)"),
    rate("ty-le-ho-so-dung-va-truoc-han-ttpvhcc", "Tỷ lệ hồ sơ trả kết quả đúng và trước hạn (Trung tâm Phục vụ hành chính công tỉnh)", "Share of results returned on time or early (provincial public administration service centre)"),
    rate("ty-le-ho-so-nop-truc-tuyen", "Tỷ lệ hồ sơ nộp trực tuyến", "Share of applications submitted online"),
    rate("ty-le-ho-so-nop-truc-tuyen-toan-trinh", "Tỷ lệ hồ sơ nộp trực tuyến toàn trình", "Share of applications submitted fully online"),
    rate("ty-le-ho-so-tiep-nhan-truc-tuyen", "Tỷ lệ hồ sơ tiếp nhận trực tuyến (trong số hồ sơ mới)", "Share of new applications received online"),
    rate("ty-le-tiep-nhan-truc-tuyen-de-an-06", "Tỷ lệ tiếp nhận hồ sơ trực tuyến của 25 dịch vụ công thiết yếu (Đề án 06)", "Share of applications received online for the 25 essential public services (Project 06)"),
    rate("ty-le-tthc-co-thanh-toan-truc-tuyen", "Tỷ lệ thủ tục hành chính có giao dịch thanh toán trực tuyến", "Share of procedures with online payment transactions"),
    rate("ty-le-ho-so-thanh-toan-truc-tuyen", "Tỷ lệ hồ sơ thanh toán trực tuyến", "Share of records paid online"),
    count("so-ho-so-thanh-toan-truc-tuyen", "Số hồ sơ thanh toán trực tuyến", "Records paid online"),
    count("so-tthc-thanh-toan-cong-dvcqg", "Số thủ tục hành chính có nghĩa vụ tài chính được cung cấp thanh toán trên Cổng Dịch vụ công quốc gia", "Procedures with fees payable on the national public-service portal"),
    rate("ty-le-tthc-thanh-toan-cong-dvcqg", "Tỷ lệ thủ tục hành chính có nghĩa vụ tài chính được cung cấp thanh toán trên Cổng Dịch vụ công quốc gia", "Share of procedures with fees payable on the national public-service portal"),
    rate("ty-le-ho-so-co-ket-qua-dien-tu", "Tỷ lệ hồ sơ có kết quả điện tử", "Share of records with an electronic result"),
    rate("ty-le-giai-quyet-tthc-dien-tu", "Tỷ lệ giải quyết thủ tục hành chính điện tử", "Share of procedures processed electronically"),
    rate("ty-le-tai-su-dung-du-lieu-so", "Tỷ lệ khai thác, tái sử dụng thông tin, dữ liệu số", "Share of digitised data reused"),
    rate("ty-le-ho-so-dong-bo-cong-dvcqg", "Tỷ lệ hồ sơ đồng bộ lên Cổng Dịch vụ công quốc gia", "Share of records synchronised to the national public-service portal"),
    count("so-ho-so-dong-bo-cong-dvcqg", "Số hồ sơ đồng bộ lên Cổng Dịch vụ công quốc gia", "Records synchronised to the national public-service portal"),
    count("so-dvc-truc-tuyen", "Số dịch vụ công trực tuyến cung cấp", "Online public services provided"),
    rate("ty-le-dvc-truc-tuyen", "Tỷ lệ dịch vụ công trực tuyến", "Rate of online public services"),
    count("so-dvc-truc-tuyen-cac-cap", "Số dịch vụ công trực tuyến (cấp tỉnh, huyện, xã)", "Online public services (provincial, district and commune levels)"),
    count("so-dvc-truc-tuyen-toan-trinh", "Số dịch vụ công trực tuyến toàn trình", "Full-process online public services"),
    count("so-dvc-truc-tuyen-mot-phan", "Số dịch vụ công trực tuyến một phần", "Partly online public services"),
    count("so-dvc-he-thong-tinh", "Tổng số dịch vụ công trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", "Public services on the provincial procedure information system"),
    count("so-dvc-tich-hop-thanh-toan", "Số dịch vụ công tích hợp thanh toán trực tuyến", "Public services with integrated online payment"),
    count("so-dvc-chuan-hoa-truc-tuyen", "Số dịch vụ công được chuẩn hóa, cung cấp trực tuyến", "Public services standardised and offered online"),
    rate("ty-le-dvc-chuan-hoa-truc-tuyen", "Tỷ lệ dịch vụ công được chuẩn hóa, cung cấp trực tuyến", "Share of public services standardised and offered online"),
    count("so-tthc", "Số thủ tục hành chính", "Administrative procedures"),
    rate("ty-le-tthc-dvc-toan-trinh", "Tỷ lệ thủ tục hành chính cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình", "Share of procedures offered as full-process online public services"),
    rate("ty-le-dvc-mot-phan", "Tỷ lệ dịch vụ công trực tuyến một phần", "Share of partly online public services"),
    rate("ty-le-dvc-toan-trinh", "Tỷ lệ dịch vụ công trực tuyến toàn trình", "Share of full-process online public services"),
    rate("ty-le-ho-so-xu-ly-truc-tuyen", "Tỷ lệ hồ sơ xử lý trực tuyến", "Share of records processed online"),
    count("so-ho-so-tiep-nhan-ttpvhcc", "Số hồ sơ tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh", "Records received at the provincial public administration service centre"),
    count("so-ho-so-tiep-nhan", "Tổng số hồ sơ thủ tục hành chính tiếp nhận", "Procedure records received"),
    rate("ty-le-cong-bo-tthc-dung-han", "Tỷ lệ công bố thủ tục hành chính đúng hạn", "Share of procedures announced on time"),
    rate("ty-le-cap-nhat-cong-khai-tthc-dung-han", "Tỷ lệ cập nhật, công khai thủ tục hành chính đúng hạn", "Share of procedures updated and published on time"),
    rate("ty-le-hai-long-xu-ly-pakn", "Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị", "Satisfaction with the handling of feedback and petitions"),
    rate("ty-le-hai-long-giai-quyet-tthc", "Tỷ lệ hài lòng trong tiếp nhận, giải quyết thủ tục hành chính", "Satisfaction with the receipt and processing of procedures"),
    count("so-dvc-truc-tuyen-muc-3", "Số dịch vụ công trực tuyến mức độ 3", "Online public services at level 3"),
    count("so-dvc-truc-tuyen-muc-4", "Số dịch vụ công trực tuyến mức độ 4", "Online public services at level 4"),
    ...hueSpecs(),
  ];
}
