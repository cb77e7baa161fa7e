// The measurable index targets the sources state, one row per index and deadline. Each
// target's words are quoted exactly and checked against the text they come from (a seed article,
// or the compilation's record of a page), so a target cannot be written that no source states.
// Read for this list and not recorded: 76/NQ-CP (the sources give its title only), the Bình Định
// plans and the Quảng Ngãi resolutions (aims without a figure or a deadline), and 10/CT-UBND's
// "cắt giảm 20-25% thời gian giải quyết thủ tục hành chính" (no index, deadline or baseline).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Row } from "./lib.ts";

interface Target {
  document: string;
  indices: readonly ("par-index" | "sipas" | "papi")[];
  measure: "rank_change" | "rank_at_most" | "score_at_least" | "score_above";
  baseline: string;
  value: string;
  edition: string;
  unit: string;
  source: string;
  /** Where the quotation is checked: a seed file's number, or a metadata row's number. */
  from: { seed: string } | { metadata: string };
  quote: string;
  note: string;
  noteVi: string;
}

const QT = "10-ct-ubnd-2022-quang-tri";

const TARGETS: readonly Target[] = [
  {
    document: QT, indices: ["par-index", "sipas", "papi"], measure: "rank_change", baseline: "2021", value: "5", edition: "2022",
    unit: "vn63-45", source: "seed-002", from: { seed: "002" },
    quote: "phấn đấu cải thiện, nâng cao Chỉ số PAR Index, Chỉ số SIPAS, Chỉ số PAPI năm 2022 của tỉnh từ 5 đến 10 bậc",
    note: "The directive asks for 5 to 10 places; the target counts as met from 5. It cites the results announced in 2021 but does not say from which edition the places are counted: we compare the 2022 rank with the 2021 rank, the edition before the target year.",
    noteVi: "Chỉ thị đặt mục tiêu tăng từ 5 đến 10 bậc; mục tiêu được tính là đạt khi tăng từ 5 bậc. Chỉ thị dẫn kết quả công bố năm 2021 nhưng không nói số bậc được tính từ kỳ nào: chúng tôi so thứ hạng năm 2022 với thứ hạng năm 2021, kỳ liền trước năm mục tiêu.",
  },
  {
    document: QT, indices: ["par-index", "sipas", "papi"], measure: "rank_at_most", baseline: "", value: "20", edition: "2025",
    unit: "vn63-45", source: "seed-002", from: { seed: "002" },
    quote: "cải thiện thứ hạng trong các năm tiếp theo để đạt được mục tiêu đến năm 2025 thuộc nhóm 20 tỉnh, thành phố đứng đầu cả nước",
    note: "Read as rank 20 or better in the 2025 edition. Quảng Trị merged with Quảng Bình on 1 July 2025 (Nghị quyết 202/2025/QH15): a 2025 edition would rank the 34 new units, and the former Quảng Trị may have no rank of its own.",
    noteVi: "Được hiểu là xếp hạng 20 trở lên trong kỳ 2025. Quảng Trị hợp nhất với Quảng Bình từ ngày 1/7/2025 (Nghị quyết 202/2025/QH15): kỳ 2025 sẽ xếp hạng 34 đơn vị mới, và tỉnh Quảng Trị cũ có thể không có thứ hạng riêng.",
  },
  {
    document: "30c-nq-cp-2011", indices: ["sipas"], measure: "score_above", baseline: "", value: "80", edition: "2020",
    unit: "agg-provinces", source: "sonoivu-binhduong-gov-3c6596", from: { metadata: "30c/NQ-CP" },
    quote: "sự hài lòng của cá nhân, tổ chức đạt trên 80% vào năm 2020",
    note: "The source page cites the resolution with this target. We compare it with SIPAS 2020, the average of the provinces' satisfaction index published by the Ministry of Home Affairs; the page does not say which measure the resolution meant. “Trên 80%” is read as strictly above 80%.",
    noteVi: "Trang nguồn dẫn nghị quyết cùng mục tiêu này. Chúng tôi so với SIPAS 2020, mức bình quân Chỉ số hài lòng của các tỉnh do Bộ Nội vụ công bố; trang không nói nghị quyết dùng thước đo nào. “Trên 80%” được hiểu là cao hơn 80%.",
  },
];

function seedText(shared: string, n: string): string {
  const dir = join(shared, "..", "seeds");
  const file = readdirSync(dir).find((f) => f.startsWith(`${n}_`));
  if (!file) throw new Error(`directives: no seed file ${n}_* in ${dir}`);
  return readFileSync(join(dir, file), "utf8").normalize("NFC");
}

export function importTargets(shared: string, meta: readonly Row[], documents: readonly Row[]): Row[] {
  const ids = new Set(documents.map((d) => d["id"]));
  return TARGETS.flatMap((x) => {
    if (!ids.has(x.document)) throw new Error(`directives: target of unknown document ${x.document}`);
    const text = "seed" in x.from ? seedText(shared, x.from.seed) : meta.find((m) => m["number"] === (x.from as { metadata: string }).metadata)?.["title_or_summary"] ?? "";
    if (!text.includes(x.quote)) throw new Error(`directives: the quotation for ${x.document} is not in its source: ${JSON.stringify(x.quote)}`);
    return x.indices.map((index) => ({
      id: `${x.document}-${index}-${x.edition}`, document: x.document, index, measure: x.measure, baseline_edition: x.baseline,
      target_value: x.value, target_text: x.quote, target_edition: x.edition, unit: x.unit, source: x.source, note: x.note, note_vi: x.noteVi,
    }));
  });
}
