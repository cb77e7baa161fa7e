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
    expect(page.papi.trend!.summary).toBe("In 2024, Binh Dinh scored 45 points (out of 80), rank 2 of 3; same rank compared with 2023.");
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
