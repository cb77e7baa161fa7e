// The site's real reference and directives data (data/), loaded and validated as the build does,
// for the alias tests that name real units; and a small synthetic corpus for ranking.
import { fileURLToPath } from "node:url";
import { datasetEntries } from "../../../src/lib/load/content-loader.ts";
import { directoryReader } from "../../../src/lib/load/fs.ts";
import { loadData } from "../../../src/lib/load/index.ts";
import type { IndexedRecord, SearchRecord } from "../../../src/lib/search/documents.ts";
import { openSearchIndex, type LoadedIndex } from "../../../src/lib/search/engine.ts";
import { packSearchIndex, searchFileEntries, type PackOptions } from "../../../src/lib/search/pack.ts";

export function siteEntries() {
  const r = loadData(directoryReader(fileURLToPath(new URL("../../../data/", import.meta.url))));
  if (!r.ok) throw new Error(JSON.stringify(r.errors.slice(0, 3)));
  return datasetEntries(r.data);
}

/** A synthetic document record (clearly not a real document: test-only text). */
export function doc(number: string, type: string, title: string, body = ""): IndexedRecord {
  const record: SearchRecord = {
    kind: "document", title: `${type} ${number}`, subtitle: title, href: `/vi/directives/${number.replace(/\W+/g, "-").toLowerCase()}/`,
    number, names: [`${type} ${number}`, number, title], aliases: [], note: "",
  };
  return { record, text: [type, number, title, body].join(" \n ") };
}

export const FIXTURE_CORPUS: IndexedRecord[] = [
  doc("76/NQ-CP", "Nghị quyết", "Chương trình tổng thể cải cách hành chính nhà nước", "chính phủ điện tử, chính phủ số và đất đai"),
  doc("107/2021/NĐ-CP", "Nghị định", "Sửa đổi một số điều về cơ chế một cửa", "thủ tục hành chính 17 nhiệm vụ"),
  doc("17/NQ-CP", "Nghị quyết", "Một số nhiệm vụ, giải pháp trọng tâm phát triển Chính phủ điện tử", "giai đoạn 2019-2020, định hướng đến 2025"),
  doc("10/CT-UBND", "Chỉ thị", "Nâng cao Chỉ số cải cách hành chính của tỉnh", "PAR Index, SIPAS, PAPI"),
  doc("23/CT-TTg", "Chỉ thị", "Đẩy mạnh cải cách thủ tục hành chính về đất đai"),
  doc("5/KH-UBND", "Kế hoạch", "Quản lý đất đai và tài nguyên", "Luật Đất đai"),
  doc("6/KH-UBND", "Kế hoạch", "Dần dần chuyển đổi số", "dẫn chứng"),
  doc("7/KH-UBND", "Kế hoạch", "Dân chủ ở cơ sở", "người dân"),
  doc("766/QĐ-TTg", "Quyết định", "Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp"),
  doc("8/KH-UBND", "Kế hoạch", "Chính phủ điện tử", ""),
];

/** Packs records and opens them through JSON, as the browser receives the files; counts fetches by name. */
export async function openPacked(items: readonly IndexedRecord[], options?: PackOptions): Promise<LoadedIndex & { names: string[] }> {
  const files = new Map(searchFileEntries(packSearchIndex(items, options)).map(([k, v]) => [k, JSON.stringify(v)]));
  const names: string[] = [];
  const ix = await openSearchIndex(async (name) => {
    names.push(name);
    const body = files.get(name);
    if (body === undefined) throw new Error(`no file ${name}`);
    return JSON.parse(body) as unknown;
  });
  return Object.assign(ix, { names });
}
