import { describe, expect, it } from "vitest";
import { buildProfilePage } from "../../../src/lib/views/profile-page.ts";
import { fixtureEntries, valuesCsv } from "./fixture-entries.ts";

const papi = valuesCsv(
  "2023,vn63-01,total,45.1,reported,,,,papi-a1-2011,",
  "2023,vn63-52,total,44,reported,,,,papi-a1-2011,",
  "2023,vn63-64,total,43,reported,,,,papi-a1-2011,",
  "2024,vn63-01,total,46.0415,reported,,,,papi-a1-2011,",
  "2024,vn63-52,total,45,reported,,,,papi-a1-2011,",
  "2024,vn63-64,total,41,reported,,,,papi-a1-2011,",
);

describe("buildProfilePage()", () => {
  it("shows each predecessor of a merged unit as its own labelled series, never a sum or an average", () => {
    const page = buildProfilePage(fixtureEntries({ "papi/values.csv": papi }), "vn34-52", "vi");
    expect(page.subjects.map((s) => [s.entity.id, s.role, s.label])).toEqual([
      ["vn34-52", "self", "Gia Lai"],
      ["vn63-52", "predecessor", "Bình Định (trước 01/07/2025)"],
      ["vn63-64", "predecessor", "Gia Lai (trước 01/07/2025)"],
    ]);
    const series = page.papi.trend!.input.series;
    expect(series.map((s) => s.id)).toEqual(["vn63-52", "vn63-64"]);
    expect(series.map((s) => s.points.map((p) => p.value))).toEqual([[44, 45], [43, 41]]);
    // No figure on the chart's table is a sum (86, 87) or an average (43.5) of the predecessors.
    const shown = page.papi.trend!.table.rows.flat().join(" ");
    expect(shown).not.toMatch(/\b(86|87|43,5)\b/);
    expect(page.mergerNote).toContain("không cộng, không tính trung bình");
    expect(page.predecessors!.entities.map((p) => [p.id, p.kind, p.href])).toEqual([
      ["vn63-52", "merged", "/vi/provinces/binh-dinh-63/"], ["vn63-64", "merged", "/vi/provinces/gia-lai-63/"],
    ]);
    expect(page.papi.dimensions!.input.panels.map((p) => p.subject.entity.id)).toEqual(["vn63-52", "vn63-64"]);
  });

  it("shows an unchanged unit's predecessor as its own past, labelled as such", () => {
    const page = buildProfilePage(fixtureEntries({ "papi/values.csv": papi }), "vn34-01", "en");
    expect(page.subjects.map((s) => [s.entity.id, s.role])).toEqual([["vn34-01", "self"], ["vn63-01", "own-past"]]);
    expect(page.mergerNote).toContain("own past");
    expect(page.papi.trend!.input.series.map((s) => [s.id, s.label])).toEqual([["vn63-01", "Ha Noi (before 1 Jul 2025)"]]);
  });

  it("links a former unit to its successor and names the units it merged with", () => {
    const page = buildProfilePage(fixtureEntries({ "papi/values.csv": papi }), "vn63-52", "en");
    expect(page.subjects.map((s) => s.entity.id)).toEqual(["vn63-52"]);
    expect(page.successor).toMatchObject({ kind: "merged", entity: { id: "vn34-52", href: "/en/provinces/gia-lai/" } });
    expect(page.successor!.partners.map((p) => p.id)).toEqual(["vn63-64"]);
    expect(page.successor!.text).toContain("Gia Lai (before 1 Jul 2025)");
    expect(page.unit.heading).toBe("Binh Dinh Province (until 30 Jun 2025)");
    expect(page.papi.trend!.summary).toBe("In 2024, Binh Dinh scored 45 points (out of 80), rank 2 of 3; same rank compared with 2023."
      + " Not drawn: Directive (Chỉ thị) 2/CT-UBND (26 Sep 2022; issued before the first edition charted (2023)).");
  });

  it("marks the unit's documents on its trend, a predecessor's on the predecessor's panel, and lists them with links", () => {
    const docs = "id,number,doc_type,issuer,issuer_as_printed,signer,title,date_issued,date_note,date_effective,effective_note,scope,topics,status,verification,verification_note,source,note\n"
      + "doc-national,1/NQ-CP,nghi-quyet,chinh-phu,Chính phủ,,Synthetic,2019-03-07,,,,national,e-government,,header_read,synthetic,news-vnp,\n"
      + "doc-binh-dinh,2/CT-UBND,chi-thi,ubnd-tinh,UBND tỉnh Bình Định,,Synthetic,2024-03-01,,,,vn63-52,papi,,seed_article_only,synthetic,news-vnp,\n";
    const page = buildProfilePage(fixtureEntries({ "papi/values.csv": papi, "directives/documents.csv": docs }), "vn34-52", "vi");
    const render = page.papi.trend!.render!;
    if (render.kind !== "trend") throw new Error("not a trend");
    const panel = (id: string) => render.panels.find((p) => p.id === id)!;
    expect(panel("vn63-52").layout.documents.marks.map((m) => [m.id, m.key])).toEqual([["doc-binh-dinh", "2/CT-UBND"]]);
    expect(panel("vn63-52").documents).toEqual([{ id: "doc-binh-dinh", key: null, name: "Chỉ thị 2/CT-UBND", dateText: "01/03/2024", href: "/vi/directives/doc-binh-dinh/", omitted: null }]);
    expect(panel("vn63-64").documents).toEqual([]);
    expect(page.papi.trend!.summary).toContain("Văn bản của Bình Định (trước 01/07/2025) trên biểu đồ: Chỉ thị 2/CT-UBND (01/03/2024).");
    const table = page.papi.trend!.table;
    expect(table.columns[table.columns.length - 1]).toBe("Văn bản ban hành trong năm");
    expect(table.rows.find((r) => r[0] === "2024")!.at(-1)).toBe("Chỉ thị 2/CT-UBND (Bình Định (trước 01/07/2025))");
  });

  it("states plainly where no press figure was published", () => {
    const page = buildProfilePage(fixtureEntries(), "vn63-52", "vi");
    const par = page.press.find((p) => p.index === "par-index")!;
    expect(par.tables).toEqual([]);
    expect(par.trend).toBeNull();
    expect(par.empty).toEqual(["Chưa có con số PAR Index nào được công bố cho Bình Định trong các nguồn Minh Bạch có (các kỳ 2023)."]);
  });

  it("shows procedure statistics per subject and period: the new unit's own, each predecessor's apart", () => {
    const page = buildProfilePage(fixtureEntries(), "vn34-52", "vi");
    expect(page.procedures.panels.map((p) => [p.subject.entity.id, p.table.rows.map((r) => [r.period, r.cell.value])])).toEqual([
      ["vn34-52", [["tuần 30/2025", 80.1]]],
      ["vn63-52", [["năm 2024", 90.54]]],
    ]);
    expect(page.procedures.empty).toEqual(["Chưa có thống kê thủ tục hành chính cho Gia Lai (trước 01/07/2025)."]);
    expect(page.sources.map((s) => s.id)).toContain("news-vnp");
  });

  it("draws one trend panel and one dimension profile per predecessor (small multiples)", () => {
    const page = buildProfilePage(fixtureEntries({ "papi/values.csv": papi }), "vn34-52", "vi");
    const trend = page.papi.trend!.render;
    if (trend?.kind !== "trend") throw new Error("expected trend panels");
    expect(trend.panels.map((p) => [p.id, p.label])).toEqual([["vn63-52", "Bình Định (trước 01/07/2025)"], ["vn63-64", "Gia Lai (trước 01/07/2025)"]]);
    expect(trend.panels.every((p) => p.layout.lines.length === 1)).toBe(true);
    expect(page.papi.dimensions!.render?.kind).toBe("profile");
  });
});
