// The directives collection on bad input: each fault reported at its file, row, column and code.
import { describe, expect, it } from "vitest";
import { loadData } from "../../../src/lib/load/index.ts";
import { directoryReader } from "../../../src/lib/load/fs.ts";
import { VALID_DATA, overlayReader, utf8 } from "../../helpers/fixtures.ts";

const DOC_HEADER = "id,number,doc_type,issuer,issuer_as_printed,signer,title,date_issued,date_note,date_effective,effective_note,scope,topics,status,verification,verification_note,source,note";
const NATIONAL = "doc-national,1/NQ-CP,nghi-quyet,chinh-phu,Chính phủ,,Synthetic,2019-03-07,,2019-03-07,,national,e-government,,header_read,synthetic,news-vnp,";
const PROVINCIAL = "doc-binh-dinh,2/CT-UBND,chi-thi,ubnd-tinh,UBND tỉnh Bình Định,,Synthetic,2022-09-26,,,,vn63-52,papi sipas,,seed_article_only,synthetic,news-vnp,";
const TARGET_HEADER = "id,document,index,measure,baseline_edition,target_value,target_text,target_edition,unit,source,note,note_vi";
const TARGET = "doc-binh-dinh-papi,doc-binh-dinh,papi,rank_change,2020,5,từ 5 đến 10 bậc,2021,vn63-52,news-vnp,synthetic,tổng hợp";
const NATIONAL_TARGET = "doc-national-sipas,doc-national,sipas,score_above,,80,trên 80%,2020,agg-provinces,news-vnp,synthetic,tổng hợp";

const docs = (...rows: string[]) => utf8(`${DOC_HEADER}\n${rows.join("\n")}\n`);
const targets = (...rows: string[]) => utf8(`${TARGET_HEADER}\n${rows.join("\n")}\n`);

function errorsOf(replace: Record<string, Uint8Array>) {
  const r = loadData(overlayReader(replace));
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.errors;
}

describe("directives validation", () => {
  it("accepts the fixture collection and keeps bodies by document", () => {
    const r = loadData(directoryReader(VALID_DATA));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.directives.documents.rows.map((d) => d.id)).toEqual(["doc-national", "doc-binh-dinh"]);
    expect(r.data.directives.bodies["doc-binh-dinh"]).toContain("Synthetic body");
    const national = loadData(overlayReader({ "directives/targets.csv": targets(TARGET, NATIONAL_TARGET) }));
    expect(national.ok).toBe(true);
  });

  const CASES: [string, Record<string, Uint8Array>, { file: string; row: number; column: string; code: string }][] = [
    ["a scope that is no unit", { "directives/documents.csv": docs(NATIONAL, PROVINCIAL.replace("vn63-52", "vn63-99")) }, { file: "directives/documents.csv", row: 3, column: "scope", code: "unknown_unit" }],
    ["a scope unit not valid on the date issued", { "directives/documents.csv": docs(NATIONAL, PROVINCIAL.replace("vn63-52", "vn34-52")) }, { file: "directives/documents.csv", row: 3, column: "scope", code: "unit_not_valid" }],
    ["a topic outside the list", { "directives/documents.csv": docs(NATIONAL.replace("e-government", "e-government weather")) }, { file: "directives/documents.csv", row: 2, column: "topics", code: "enum" }],
    ["an unknown verification level", { "directives/documents.csv": docs(NATIONAL.replace("header_read", "probably")) }, { file: "directives/documents.csv", row: 2, column: "verification", code: "enum" }],
    ["an empty date without a note", { "directives/documents.csv": docs(NATIONAL.replace("2019-03-07,,2019-03-07", ",,")) }, { file: "directives/documents.csv", row: 2, column: "date_note", code: "required" }],
    ["an unknown source", { "directives/documents.csv": docs(NATIONAL.replace("news-vnp", "news-vnp nowhere")) }, { file: "directives/documents.csv", row: 2, column: "source", code: "unknown_source" }],
    ["a row without a body file", { "directives/documents.csv": docs(NATIONAL, PROVINCIAL, PROVINCIAL.replace("doc-binh-dinh", "doc-no-body")) }, { file: "directives/documents.csv", row: 4, column: "id", code: "missing_file" }],
    ["a body file without a row", { "directives/orphan.md": utf8("text\n") }, { file: "directives/orphan.md", row: 0, column: "", code: "inconsistent" }],
    ["a target of an unknown document", { "directives/targets.csv": targets(TARGET.replace(",doc-binh-dinh,", ",doc-missing,")) }, { file: "directives/targets.csv", row: 2, column: "document", code: "unknown_reference" }],
    ["a target of an unknown index", { "directives/targets.csv": targets(TARGET.replace(",papi,", ",pci,")) }, { file: "directives/targets.csv", row: 2, column: "index", code: "enum" }],
    ["a rank change without a baseline", { "directives/targets.csv": targets(TARGET.replace(",2020,", ",,")) }, { file: "directives/targets.csv", row: 2, column: "baseline_edition", code: "required" }],
    ["a target for a unit outside the document's scope", { "directives/targets.csv": targets(TARGET.replace(",vn63-52,", ",vn63-01,")) }, { file: "directives/targets.csv", row: 2, column: "unit", code: "inconsistent" }],
    ["a national group as the unit of a provincial document's target", { "directives/targets.csv": targets(NATIONAL_TARGET.replace(",doc-national,", ",doc-binh-dinh,")) }, { file: "directives/targets.csv", row: 2, column: "unit", code: "inconsistent" }],
    ["a rank target for a national group", { "directives/targets.csv": targets(NATIONAL_TARGET.replace("score_above,,80", "rank_at_most,,20")) }, { file: "directives/targets.csv", row: 2, column: "measure", code: "inconsistent" }],
    ["a target without the source's words", { "directives/targets.csv": targets(TARGET.replace("từ 5 đến 10 bậc", "")) }, { file: "directives/targets.csv", row: 2, column: "target_text", code: "required" }],
    ["a target note without its Vietnamese", { "directives/targets.csv": targets(TARGET.replace(",tổng hợp", ",")) }, { file: "directives/targets.csv", row: 2, column: "note_vi", code: "required" }],
    ["a body paragraph in Vietnamese only", { "directives/doc-national.md": utf8("vi: Chỉ có tiếng Việt.\n") }, { file: "directives/doc-national.md", row: 1, column: "", code: "body" }],
    ["a body heading in English only, at its line", { "directives/doc-national.md": utf8("vi: Một.\nen: One.\n\n## en: Two\n") }, { file: "directives/doc-national.md", row: 4, column: "", code: "body" }],
    ["untagged body text", { "directives/doc-national.md": utf8("vi: Một.\nen: One.\n\nThe sources only mention it.\n") }, { file: "directives/doc-national.md", row: 4, column: "", code: "body" }],
    ["a descriptor that does not match the columns", { "directives/datapackage.json": utf8('{"name":"x","title":"x","version":"1.0.0","description":"x","resources":[]}') }, { file: "directives/datapackage.json", row: 1, column: "resources", code: "descriptor" }],
  ];

  it.each(CASES)("rejects %s", (_name, replace, expected) => {
    expect(errorsOf(replace)).toContainEqual(expect.objectContaining(expected));
  });

  it("reports every fault of a file at once", () => {
    const errors = errorsOf({ "directives/documents.csv": docs(NATIONAL.replace("e-government", "weather"), PROVINCIAL.replace("vn63-52", "vn63-99")) });
    expect(errors.map((e) => `${e.row}:${e.column}:${e.code}`)).toEqual(expect.arrayContaining(["2:topics:enum", "3:scope:unknown_unit"]));
  });
});
