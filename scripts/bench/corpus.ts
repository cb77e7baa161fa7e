// Synthetic directive corpora for the search benchmark, generated from a seeded PRNG (the same
// run gives the same corpus). Shaped like data/directives (number, type, issuer, province scope,
// title, a short body) but built from a fixed phrase list: nothing here is a real document, the
// numbers avoid every real number, and the corpus only ever lives in memory or a temp dir.
import type { DocumentRow } from "../../src/lib/schema/directives.ts";
import type { Unit } from "../../src/lib/schema/tables.ts";
import { normaliseNumber } from "../../src/lib/search/number.ts";

/** mulberry32: small, fast, good enough to pick phrases. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rand = () => number;
export const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
export const int = (rand: Rand, lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));

// Phrases of provincial administrative-reform documents (the kind data/directives holds).
const ACTIONS = [
  "Nâng cao", "Cải thiện", "Đẩy mạnh", "Tăng cường", "Triển khai", "Thực hiện", "Nâng cao hiệu quả",
  "Đổi mới", "Kiện toàn", "Rà soát, đánh giá", "Tổ chức thực hiện", "Khảo sát, đo lường", "Công bố",
  "Phê duyệt", "Ban hành", "Chấn chỉnh", "Siết chặt", "Hướng dẫn", "Tổng kết", "Xây dựng",
];
const OBJECTS = [
  "Chỉ số cải cách hành chính (PAR Index)", "Chỉ số hài lòng của người dân, tổ chức (SIPAS)",
  "Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)", "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)",
  "công tác cải cách hành chính", "cải cách thủ tục hành chính", "dịch vụ công trực tuyến toàn trình",
  "chuyển đổi số trong cơ quan nhà nước", "Chính phủ điện tử, chính quyền số", "kỷ luật, kỷ cương hành chính",
  "hoạt động của Bộ phận Một cửa", "cơ chế một cửa, một cửa liên thông", "số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
  "sự phục vụ của cơ quan hành chính nhà nước", "chất lượng đội ngũ cán bộ, công chức, viên chức",
  "công khai, minh bạch trong hoạt động công vụ", "tiếp nhận, xử lý phản ánh, kiến nghị của người dân",
  "sắp xếp tổ chức bộ máy", "tinh giản biên chế", "kiểm soát thủ tục hành chính", "đánh giá chất lượng phục vụ người dân, doanh nghiệp",
  "ứng dụng công nghệ thông tin", "cải cách tài chính công", "xây dựng và hoàn thiện thể chế", "Trung tâm Phục vụ hành chính công",
];
const QUALIFIERS = [
  "trên địa bàn", "của", "tại các sở, ban, ngành và UBND cấp huyện", "trong các cơ quan, đơn vị", "đối với các xã, phường, thị trấn",
  "ở các cơ quan hành chính nhà nước", "gắn với trách nhiệm người đứng đầu", "theo hướng lấy người dân làm trung tâm",
];
const PERIODS = [
  "năm 2019", "năm 2020", "năm 2021", "năm 2022", "năm 2023", "năm 2024", "năm 2025", "giai đoạn 2016-2020",
  "giai đoạn 2021-2025", "giai đoạn 2021-2030", "đến năm 2025", "đến năm 2030", "giai đoạn 2022-2025", "6 tháng đầu năm 2023", "quý IV năm 2024",
];
const TASKS = [
  "Giao các sở, ban, ngành chủ trì rà soát các chỉ số thành phần còn thấp và đề xuất giải pháp khắc phục.",
  "Người đứng đầu cơ quan, đơn vị chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả thực hiện.",
  "Phấn đấu tăng từ 5 đến 10 bậc trong bảng xếp hạng so với năm trước.",
  "Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%; không để xảy ra tình trạng nhũng nhiễu, gây phiền hà.",
  "Sở Nội vụ là cơ quan thường trực, theo dõi, đôn đốc và tổng hợp báo cáo định kỳ.",
  "Đẩy mạnh tuyên truyền để người dân, doanh nghiệp biết và sử dụng dịch vụ công trực tuyến.",
  "Tổ chức khảo sát sự hài lòng của người dân, tổ chức tại Bộ phận Một cửa các cấp.",
  "Công khai kết quả đánh giá, xếp hạng trên Cổng thông tin điện tử của tỉnh.",
  "Gắn kết quả thực hiện với công tác thi đua, khen thưởng và đánh giá cán bộ cuối năm.",
  "Bố trí kinh phí từ ngân sách tỉnh để triển khai các nhiệm vụ được giao.",
  "Sở Thông tin và Truyền thông hướng dẫn kết nối, chia sẻ dữ liệu với Cổng Dịch vụ công quốc gia.",
  "Văn phòng UBND tỉnh kiểm tra việc tiếp nhận, số hóa hồ sơ và trả kết quả tại Trung tâm Phục vụ hành chính công.",
];

interface Kind {
  docType: DocumentRow["doc_type"];
  label: string;
  symbol: string;
  issuer: DocumentRow["issuer"];
  body: "UBND" | "HĐND";
  weight: number;
}
const KINDS: readonly Kind[] = [
  { docType: "quyet-dinh", label: "Quyết định", symbol: "QĐ-UBND", issuer: "ubnd-tinh", body: "UBND", weight: 5 },
  { docType: "ke-hoach", label: "Kế hoạch", symbol: "KH-UBND", issuer: "ubnd-tinh", body: "UBND", weight: 5 },
  { docType: "chi-thi", label: "Chỉ thị", symbol: "CT-UBND", issuer: "ubnd-tinh", body: "UBND", weight: 2 },
  { docType: "chuong-trinh", label: "Chương trình hành động", symbol: "CTr-UBND", issuer: "ubnd-tinh", body: "UBND", weight: 1 },
  { docType: "nghi-quyet", label: "Nghị quyết", symbol: "NQ-HĐND", issuer: "hdnd-tinh", body: "HĐND", weight: 1 },
];
const KIND_BAG = KINDS.flatMap((k) => Array<Kind>(k.weight).fill(k));

export interface SyntheticDoc {
  row: DocumentRow;
  body: string;
  /** What queries are built from. */
  kind: Kind;
  province: string;
  /** The leading number ("123" of 123/QĐ-UBND). */
  serial: number;
  /** The title's phrases, for partial-title queries. */
  parts: { action: string; object: string; period: string };
}

/** Numbers of the real collection, normalised: a synthetic number never equals one. */
export function realNumberKeys(csv: string): Set<string> {
  const keys = new Set<string>();
  for (const line of csv.split("\n").slice(1)) {
    const number = line.split(",")[1];
    if (number) keys.add(normaliseNumber(number));
  }
  return keys;
}

/**
 * `count` documents. Leading number + symbol are unique in the corpus (so a number query has one
 * right answer), titles are unique, and a prefix of a corpus is the smaller corpus of the same
 * seed: queries aimed at the first documents hold for every size.
 */
export function generateCorpus(count: number, seed: number, provinces: readonly Unit[], realNumbers: ReadonlySet<string>): SyntheticDoc[] {
  const rand = prng(seed);
  const usedNumbers = new Set<string>();
  const usedTitles = new Set<string>();
  const docs: SyntheticDoc[] = [];
  while (docs.length < count) {
    const kind = pick(rand, KIND_BAG);
    const unit = pick(rand, provinces);
    const year = int(rand, 2016, 2025);
    const serial = int(rand, 1, 9999);
    const dated = rand() < 0.2;
    const number = dated ? `${serial}/${year}/${kind.symbol}` : `${serial}/${kind.symbol}`;
    const key = `${serial} ${kind.symbol}`;
    if (usedNumbers.has(key) || realNumbers.has(normaliseNumber(number)) || realNumbers.has(normaliseNumber(`${serial}/${kind.symbol}`))) continue;
    const place = `${unit.unit_type === "municipality" ? "thành phố" : "tỉnh"} ${unit.name_vi}`;
    const qualifier = pick(rand, QUALIFIERS);
    const action = pick(rand, ACTIONS);
    const object = pick(rand, OBJECTS);
    const period = pick(rand, PERIODS);
    const title = `${action} ${object} ${qualifier} ${qualifier === "của" || qualifier === "trên địa bàn" ? place : `của ${place}`} ${period}`;
    if (usedTitles.has(title)) continue;
    usedNumbers.add(key);
    usedTitles.add(title);
    const month = int(rand, 1, 12);
    const day = int(rand, 1, 28);
    const date = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const tasks = Array.from({ length: int(rand, 2, 4) }, () => pick(rand, TASKS));
    // The body format of data/directives (src/lib/schema/directive-body.ts): tagged lines, quotations in Vietnamese.
    const body = `## vi: Trích yếu\n## en: Title\n\n> vi: ${title}\n\n## vi: Nội dung\n## en: Summary\n\n> vi: ${[...new Set(tasks)].join(" ")}\n\nvi: Nguồn: văn bản tổng hợp cho phép đo (không phải văn bản thật).\nen: Source: synthetic benchmark document (not a real document).`;
    const id = `bench-${String(docs.length + 1).padStart(5, "0")}`;
    docs.push({
      row: {
        id, number, doc_type: kind.docType, issuer: kind.issuer, issuer_as_printed: `${kind.body} ${place}`,
        signer: "", title, date_issued: date, date_note: "", date_effective: null, effective_note: "", scope: unit.id,
        topics: "par-index", status: "", verification: "not_found", verification_note: "synthetic", source: "bench", note: "",
      },
      body, kind, province: unit.name_vi, serial, parts: { action, object, period },
    });
  }
  return docs;
}
