// The directives' bodies (data/directives/<id>.md) in the two-language format of
// src/lib/schema/directive-body.ts: our own prose in Vietnamese and English, the sources' words
// quoted in their own language. The English of the source compilation (its verification notes
// and its summaries of the seed articles) is our prose, so it is written here in both languages;
// each entry names the exact English it renders, and the import stops if the compilation's
// words change, so a translation never drifts from what it translates.
import type { Row } from "./lib.ts";

type Both = { vi: string; en: string };

/** directives_metadata.csv `verification`, in Vietnamese (the English is the cell itself). */
const VERIFICATION_VI: Record<string, string> = {
  "metadata table read on page (số hiệu, loại, nơi ban hành, người ký, ngày ban hành, ngày hiệu lực, lĩnh vực: Công nghệ thông tin, Bộ máy hành chính); full text header also read on ebookbkmt.com and tailieu.vn":
    "đã đọc bảng thuộc tính văn bản trên trang (số hiệu, loại, nơi ban hành, người ký, ngày ban hành, ngày hiệu lực, lĩnh vực: Công nghệ thông tin, Bộ máy hành chính); phần đầu văn bản cũng đã đọc trên ebookbkmt.com và tailieu.vn",
  "English translation header read (luatvietnam); group weights read on sonoivu.namdinh.gov.vn; summary on baocaotaichinh.vn":
    "đã đọc phần đầu bản dịch tiếng Anh (luatvietnam); điểm của các nhóm chỉ số đọc trên sonoivu.namdinh.gov.vn; bản tóm tắt trên baocaotaichinh.vn",
  "cited with number and date in preambles of QĐ 2074/QĐ-UBND Quảng Ngãi and in summaries of QĐ 766/QĐ-TTg (text of 76/NQ-CP itself not read)":
    "được dẫn số hiệu và ngày trong phần căn cứ của QĐ 2074/QĐ-UBND Quảng Ngãi và trong các bản tóm tắt QĐ 766/QĐ-TTg (chưa đọc chính văn bản 76/NQ-CP)",
  "mentioned in news item only": "chỉ được nhắc đến trong một tin bài",
  "cited with number and date on page": "trang có dẫn số hiệu và ngày ban hành",
  "title read on provincial portal news item": "đã đọc trích yếu trong một tin bài trên cổng thông tin của tỉnh",
  "cited in preamble of QĐ 766/QĐ-TTg (English) and QĐ 895/QĐ-UBND Lâm Đồng": "được dẫn trong phần căn cứ của QĐ 766/QĐ-TTg (bản tiếng Anh) và QĐ 895/QĐ-UBND Lâm Đồng",
  "cited in preamble of QĐ 766/QĐ-TTg": "được dẫn trong phần căn cứ của QĐ 766/QĐ-TTg",
  "news reports of adoption read": "đã đọc các tin bài về việc thông qua",
  "seen in repository README (thanglequoc/vietnamese-provinces-database) only; title as implied by dataset release":
    "chỉ thấy trong tệp README của kho mã thanglequoc/vietnamese-provinces-database; trích yếu suy ra từ bản phát hành dữ liệu",
  "cited on news pages": "được dẫn trên các trang tin",
  "cited on news page": "được dẫn trên một trang tin",
  "document header and preamble read": "đã đọc phần đầu và phần căn cứ của văn bản",
  "cited in preamble of QĐ 2074/QĐ-UBND": "được dẫn trong phần căn cứ của QĐ 2074/QĐ-UBND",
  "document header read": "đã đọc phần đầu văn bản",
  "cited in KH 4851/KH-UBND": "được dẫn trong KH 4851/KH-UBND",
  "news item read": "đã đọc tin bài",
  "NOT FOUND in any searched source - metadata from brief only, unverified": "không tìm thấy trong bất kỳ nguồn nào đã tìm; siêu dữ liệu chỉ lấy từ đề bài, chưa kiểm chứng",
  "NOT FOUND in any searched source - unverified": "không tìm thấy trong bất kỳ nguồn nào đã tìm; chưa kiểm chứng",
};

const LISTED: Both = {
  vi: "Văn bản nằm trong danh sách các văn bản Phòng CCHC đã tham mưu UBND tỉnh ban hành.",
  en: "Listed among the documents the Phòng CCHC advised the province to issue.",
};

/** seed_directives.csv `what_the_seed_says` by number: the cell as read, and our text of it. */
const SEED_SAYS: Record<string, Both & { cell: string }> = {
  "10/CT-UBND": {
    cell: "Scores rose three years running (2021 results) but ranks fell among 63 provinces. Tasks: make heads of agencies accountable for CCHC results; targets: raise PAR Index, SIPAS and PAPI ranks by 5 to 10 places in 2022 and reach the top 20 provinces by 2025; cut administrative-procedure processing time by 20–25%; better level 3–4 online services and electronic receipt and return of results; end late files; streamline the apparatus; public finance and investment disbursement; digital transformation and cashless payment. Advisory agencies named: Sở Nội vụ, Sở KH&CN, Sở KH&ĐT, Sở Tài chính, Sở Tư pháp, Sở TT&TT, Văn phòng UBND tỉnh.",
    vi: "Điểm số tăng ba năm liền (kết quả công bố năm 2021) nhưng thứ hạng đều giảm trong bảng xếp hạng 63 tỉnh, thành phố. Nhiệm vụ: người đứng đầu cơ quan, đơn vị chịu trách nhiệm về kết quả CCHC; mục tiêu: nâng Chỉ số PAR Index, SIPAS và PAPI năm 2022 từ 5 đến 10 bậc và đến năm 2025 thuộc nhóm 20 tỉnh, thành phố đứng đầu cả nước; cắt giảm 20–25% thời gian giải quyết thủ tục hành chính; nâng cao chất lượng dịch vụ công trực tuyến mức độ 3, 4 và việc tiếp nhận, trả kết quả hồ sơ trên môi trường điện tử; giải quyết dứt điểm hồ sơ trễ hẹn; kiện toàn, tinh gọn bộ máy; tài chính công và giải ngân vốn đầu tư công; chuyển đổi số và thanh toán không dùng tiền mặt. Các cơ quan tham mưu được nêu: Sở Nội vụ, Sở KH&CN, Sở KH&ĐT, Sở Tài chính, Sở Tư pháp, Sở TT&TT, Văn phòng UBND tỉnh.",
    en: "Scores rose three years running (2021 results) but ranks fell among 63 provinces. Tasks: make heads of agencies accountable for CCHC results; targets: raise PAR Index, SIPAS and PAPI ranks by 5 to 10 places in 2022 and reach the top 20 provinces by 2025; cut administrative-procedure processing time by 20–25%; better level 3–4 online services and electronic receipt and return of results; end late files; streamline the apparatus; public finance and investment disbursement; digital transformation and cashless payment. Advisory agencies named: Sở Nội vụ, Sở KH&CN, Sở KH&ĐT, Sở Tài chính, Sở Tư pháp, Sở TT&TT, Văn phòng UBND tỉnh.",
  },
  "5359/QĐ-UBND": { cell: "listed among the documents the Phòng CCHC advised the province to issue", ...LISTED },
  "130/KH-UBND": { cell: "same list", ...LISTED },
  "34/KH-UBND": { cell: "same list", ...LISTED },
  "135/KH-UBND": { cell: "same list", ...LISTED },
  "2535/QĐ-UBND": { cell: "same list", ...LISTED },
  "24/KH-UBND": {
    cell: "same list; the item adds that 100% of departments and localities then made their own emulation plans",
    vi: "Văn bản nằm trong danh sách các văn bản Phòng CCHC đã tham mưu UBND tỉnh ban hành; bài viết cho biết thêm 100% sở, ban, ngành và địa phương sau đó đã xây dựng kế hoạch phát động phong trào thi đua của mình.",
    en: "Listed among the documents the Phòng CCHC advised the province to issue; the item adds that 100% of departments and localities then made their own emulation plans.",
  },
  "09-CTr/TU": {
    cell: "A 2022 mid-year review (chaired by the provincial chairman Nguyễn Phi Long) found: some units not resolute; late files persist in some localities; limited IT use by district and commune officials (one-stop software, e-certification); low share of digitally signed documents in some communes. Tasks: leaders' responsibility, cut and simplify procedures, decentralise, digital transformation, e-government; the Sở TT&TT to launch the project \"Xây dựng Kho dữ liệu số dùng chung của tỉnh Bình Định\".",
    vi: "Cuộc họp đánh giá giữa năm 2022 (do Chủ tịch UBND tỉnh Nguyễn Phi Long chủ trì) chỉ ra: một số nơi chưa quyết liệt; tình trạng trễ hẹn hồ sơ vẫn còn ở một số địa phương; việc ứng dụng công nghệ thông tin của cán bộ, công chức cấp huyện, cấp xã (phần mềm một cửa điện tử, chứng thực điện tử) còn hạn chế; tỷ lệ văn bản ký số của một số UBND cấp xã chưa cao. Nhiệm vụ: trách nhiệm người đứng đầu, cắt giảm và đơn giản hóa thủ tục hành chính, phân cấp, chuyển đổi số, chính quyền điện tử; Sở TT&TT sớm triển khai dự án “Xây dựng Kho dữ liệu số dùng chung của tỉnh Bình Định”.",
    en: "A 2022 mid-year review (chaired by the provincial chairman Nguyễn Phi Long) found: some units not resolute; late files persist in some localities; limited IT use by district and commune officials (one-stop software, e-certification); low share of digitally signed documents in some communes. Tasks: leaders' responsibility, cut and simplify procedures, decentralise, digital transformation, e-government; the Sở TT&TT to launch the project “Xây dựng Kho dữ liệu số dùng chung của tỉnh Bình Định”.",
  },
  "17/NQ-CP": {
    cell: "Bình Định to focus on implementing it: electronic handling of work files, electronic exchange of documents inside state agencies, level 3–4 online services at the Public Administration Service Centre and district People's Committees (the seed prints \"2109 – 2020\", a typo for 2019)",
    vi: "Bình Định tập trung triển khai nghị quyết: xử lý hồ sơ công việc trên môi trường điện tử, gửi nhận văn bản điện tử trong nội bộ các cơ quan hành chính nhà nước, dịch vụ công trực tuyến mức độ 3, 4 tại Trung tâm Phục vụ hành chính công và UBND các huyện, thị xã, thành phố (bài viết in “2109 – 2020”, lỗi đánh máy của 2019).",
    en: "Bình Định to focus on implementing it: electronic handling of work files, electronic exchange of documents inside state agencies, level 3–4 online services at the Public Administration Service Centre and district People's Committees (the seed prints “2109 – 2020”, a typo for 2019).",
  },
};

/** The compilation's description of a seed file, in parentheses after its path. */
const SEED_FILE_VI: Record<string, string> = {
  "Sở TT&TT Quảng Trị news item": "tin bài của Sở TT&TT Quảng Trị",
  "binhdinh.gov.vn news item": "tin bài trên binhdinh.gov.vn",
};

/**
 * Titles the compilation printed with an English gloss: the Vietnamese title is the quotation,
 * the gloss is our prose.
 */
export const TITLE_GLOSS: Record<string, { title: string; gloss: Both }> = {
  "Bảng danh mục và mã số đơn vị hành chính (new 34 province codes used from 01/07/2025)": {
    title: "Bảng danh mục và mã số đơn vị hành chính",
    gloss: { vi: "Mã số mới của 34 đơn vị hành chính cấp tỉnh, dùng từ 01/07/2025.", en: "The new codes of the 34 provinces, used from 01/07/2025." },
  },
};

const need = <T>(x: T | undefined, what: string): T => {
  if (x === undefined) throw new Error(`directives: no Vietnamese text for ${what}: add it to scripts/import/directives-text.ts`);
  return x;
};

export const verificationText = (cell: string): Both => ({ en: cell, vi: need(VERIFICATION_VI[cell], `verification ${JSON.stringify(cell)}`) });

function seedSays(seed: Row): Both {
  const s = need(SEED_SAYS[seed["number"]!], `seed row ${seed["number"]}`);
  if (s.cell !== seed["what_the_seed_says"]) throw new Error(`directives: seed row ${seed["number"]} changed; update its text in scripts/import/directives-text.ts`);
  return { vi: s.vi, en: s.en };
}

/** "seeds/002_….txt (Sở TT&TT Quảng Trị news item)" → the path, and its description in both languages. */
function seedFile(cell: string): Both {
  const m = /^(\S+)(?: \((.+)\))?$/.exec(cell);
  if (!m) throw new Error(`directives: unreadable seed reference ${JSON.stringify(cell)}`);
  if (m[2] === undefined) return { vi: m[1]!, en: m[1]! };
  return { vi: `${m[1]}, ${need(SEED_FILE_VI[m[2]], `seed file description ${JSON.stringify(m[2])}`)}`, en: `${m[1]}, ${m[2]}` };
}

const heading = (b: Both) => [`## vi: ${b.vi}`, `## en: ${b.en}`, ""];
const prose = (b: Both) => [`vi: ${b.vi}`, `en: ${b.en}`, ""];
const quote = (text: string) => [`> vi: ${text}`, ""];

export interface BodyInput {
  meta: Row | undefined;
  seed: Row | undefined;
  /** The source id of the seed article, when there is one. */
  seedSource: string | undefined;
  pageSources: string[];
  verification: "document_read" | "header_read" | "cited_only" | "seed_article_only" | "not_found";
}

export function body(x: BodyInput): string {
  const out: string[] = [];
  const m = x.meta;
  const summary = m?.["title_or_summary"] ?? "";
  if (m && summary !== "") {
    const gloss = TITLE_GLOSS[summary];
    const v = verificationText(m["verification"]!);
    out.push(...heading({ vi: "Trích yếu", en: "Title and summary" }), ...quote(gloss?.title ?? summary));
    if (gloss) out.push(...prose(gloss.gloss));
    const ids = x.pageSources.join(", ");
    out.push(...prose({ vi: `Nguồn: ${ids} — ${v.vi}.`, en: `Source: ${ids} — ${v.en}.` }));
  } else if (m) {
    const v = verificationText(m["verification"]!);
    out.push(...heading({ vi: "Trích yếu", en: "Title and summary" }));
    out.push(...prose({ vi: `Việc tìm kiếm siêu dữ liệu không thấy trang nào về văn bản này (${v.vi}).`, en: `The metadata search found no page for this document: "${v.en}".` }));
  }
  if (x.seed && x.seedSource) {
    const s = x.seed;
    // The seed gives the title the metadata search could not find: under the same heading.
    if (!m) out.push(...heading({ vi: "Trích yếu", en: "Title" }));
    if (!m || summary === "") out.push(...quote(s["title_or_summary"]!));
    out.push(...heading({ vi: `Bài viết gốc (${x.seedSource})`, en: `Seed article (${x.seedSource})` }), ...prose(seedSays(s)));
    const f = seedFile(s["source"]!);
    out.push(...prose({ vi: `Nguồn: ${x.seedSource} (${f.vi}).`, en: `Source: ${x.seedSource} (${f.en}).` }));
  }
  if (x.verification === "cited_only") {
    out.push(...prose({
      vi: "Các nguồn chỉ nhắc đến văn bản này (số hiệu, ngày, trích yếu); chúng tôi chưa đọc nội dung văn bản.",
      en: "The sources only mention this document (number, date, title); its text was not read.",
    }));
  } else if (x.verification === "seed_article_only") {
    out.push(...prose({
      vi: "Chỉ có bài viết gốc mô tả văn bản này; chưa tìm thấy bản thân văn bản.",
      en: "Only the seed article describes this document; its text was not found.",
    }));
  }
  return out.join("\n").replace(/\n+$/, "\n");
}
