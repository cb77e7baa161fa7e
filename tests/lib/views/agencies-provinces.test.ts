import { describe, expect, it } from "vitest";
import { buildAgenciesPage } from "../../../src/lib/views/agencies-page.ts";
import { buildIndexOverview } from "../../../src/lib/views/index-overview.ts";
import { buildProvincesList } from "../../../src/lib/views/provinces-list.ts";
import { fixtureEntries, valuesCsv } from "./fixture-entries.ts";

describe("buildAgenciesPage()", () => {
  it("gives every ministry a row with its id as anchor and keeps the printed rank", () => {
    const page = buildAgenciesPage(fixtureEntries(), "en");
    expect(page.ministries.table.rows.map((r) => r.anchor)).toEqual(["min-tu-phap"]);
    expect(page.ministries.table.columns.map((c) => c.label)).toEqual(["2023"]);
    expect(page.ministries.table.rows[0]!.cells[0]).toMatchObject({ value: 89.95, rank: 1, rankOf: 17 });
    expect(page.notes.some((n) => n.includes("printed by the sources"))).toBe(true);
  });

  it("lists a province's own agencies apart, with the warning that their index is the province's own", () => {
    const e = fixtureEntries({
      "par-index/codebook.csv": "indicator,first_edition,last_edition,parent,level,name_vi,name_en,unit,min,max,comparability,note\ntotal,2012,2024,,total,Chỉ số,Index,percent,0,100,moha,\nown,2018,2018,,total,Chỉ số riêng,Own index,percent,0,100,own-binh-dinh,\n",
      "par-index/values.csv": valuesCsv("2023,min-tu-phap,total,89.95,reported,1,17,,news-vnp,", "2018,ag-binh-dinh-so-tai-chinh,own,90.60,reported,,,cao nhất,news-vnp,"),
    });
    const page = buildAgenciesPage(e, "vi");
    const bd = page.provincial[0]!;
    expect(bd.province).toMatchObject({ id: "vn63-52", href: "/vi/provinces/binh-dinh-63/" });
    expect(bd.table.rows.map((r) => r.anchor)).toEqual(["ag-binh-dinh-so-tai-chinh"]);
    expect(bd.table.columns.map((c) => c.label)).toEqual(["Chỉ số riêng, 2018"]);
    expect(bd.table.rows[0]!.cells[0]).toMatchObject({ value: 90.6, rankText: "cao nhất" });
    expect(bd.note).toContain("không phải chỉ số của Bộ Nội vụ");
  });
});

describe("buildProvincesList()", () => {
  it("lists the current units with their predecessors and the former units with their successor", () => {
    const page = buildProvincesList(fixtureEntries(), "vi");
    expect(page.current.map((c) => [c.entity.id, c.predecessors.map((p) => [p.id, p.kind])])).toEqual([
      ["vn34-01", [["vn63-01", "unchanged"]]],
      ["vn34-52", [["vn63-52", "merged"], ["vn63-64", "merged"]]],
    ]);
    expect(page.former.map((f) => [f.entity.id, f.successor?.id, f.kind])).toEqual([
      ["vn63-01", "vn34-01", "unchanged"], ["vn63-52", "vn34-52", "merged"], ["vn63-64", "vn34-52", "merged"],
    ]);
    expect(page.legalBasis).toBe("Nghị quyết 202/2025/QH15");
  });
});

describe("buildIndexOverview()", () => {
  it("names each comparability group with its scale and links every edition, newest first", () => {
    const page = buildIndexOverview(fixtureEntries(), "papi", "vi");
    expect(page.groups.map((g) => g.text)).toEqual(["2011–2017: 1 lĩnh vực, tổng điểm tối đa 60.", "2018–2024: 1 lĩnh vực, tổng điểm tối đa 80."]);
    expect(page.editions.map((e) => [e.edition, e.href, e.withValue, e.derived])).toEqual([
      ["2020", "/vi/papi/2020/", 1, true], ["2011", "/vi/papi/2011/", 1, false],
    ]);
    expect(page.latest.edition).toBe("2020");
  });
});
