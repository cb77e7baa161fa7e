import { describe, expect, it } from "vitest";
import { datasetEntries } from "../../../src/lib/load/content-loader.ts";
import { loadData } from "../../../src/lib/load/index.ts";
import { directoryReader } from "../../../src/lib/load/fs.ts";
import { sourceHref } from "../../../src/lib/views/context.ts";
import { buildHome } from "../../../src/lib/views/home.ts";
import { buildIndexPage } from "../../../src/lib/views/index-page.ts";
import { buildSourcesPage } from "../../../src/lib/views/sources-page.ts";
import { VALID_DATA, overlayReader, utf8 } from "../../helpers/fixtures.ts";

function entries(replace: Record<string, string> = {}) {
  const r = loadData(overlayReader(Object.fromEntries(Object.entries(replace).map(([k, v]) => [k, utf8(v)])), directoryReader(VALID_DATA)));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return datasetEntries(r.data);
}

describe("buildIndexPage()", () => {
  it("shows the latest edition, with the derived values' method in the notes", () => {
    const page = buildIndexPage(entries(), "papi", "en");
    expect(page.edition).toBe("2020");
    expect(page.editions).toEqual(["2020", "2011"]);
    expect(page.rows.map((r) => r.entity.id)).toEqual(["vn63-01"]);
    expect(page.rows[0]!.cells[0]).toMatchObject({ value: 41.6286, status: "derived" });
    expect(page.notes.some((n) => n.includes("sum of the sub-dimension scores"))).toBe(true);
  });

  it("states the derived method in Vietnamese on Vietnamese pages", () => {
    const page = buildIndexPage(entries(), "papi", "vi");
    expect(page.notes.some((n) => n.includes("tổng các chỉ số nội dung"))).toBe(true);
    expect(page.notes.some((n) => n.includes("sum of the sub-dimension scores"))).toBe(false);
  });

  it("says the 2011–2017 scale is not comparable with the edition shown", () => {
    const page = buildIndexPage(entries(), "papi", "vi");
    expect(page.notes.some((n) => n.includes("2018–2024") && n.includes("2011–2017"))).toBe(true);
  });

  it("keeps a missing value missing, with its status, never 0", () => {
    const page = buildIndexPage(entries({
      "papi/values.csv": "edition,unit,indicator,value,status,rank,rank_of,rank_text,source,note\n2011,vn63-52,total,,no_data,,,,papi-a1-2011,KCDL\n2011,vn63-01,total,36.40502,reported,,,,papi-a1-2011,\n",
    }), "papi", "vi");
    const binhDinh = page.rows.find((r) => r.entity.id === "vn63-52")!;
    expect(binhDinh.cells[0]).toMatchObject({ value: null, status: "no_data", note: "KCDL" });
    expect(page.rows.at(-1)!.entity.id).toBe("vn63-52");
  });

  it("shows the figure most sources agree on and lists the source that differs", () => {
    const extra = "news-b,news,Other page,Báo B,https://example.vn/b,,© B,,,,\nnews-c,news,Third page,Báo C,https://example.vn/c,,© C,,,,\n";
    const page = buildIndexPage(entries({
      "sources.csv": `${"id,kind,title,publisher,url,date,licence,method,method_vi,derived_from,note"}\npapi-a1-2011,official_file,PAPI,m,github:m/v@84348767096a:x.xlsx,,c,,,,\npapi-a3-2020,compilation,A3,h,github:h/m@d165721ef5b7:2020.csv,,MIT,,,,\npapi-derived-2020,derived,Derived,Minh Bạch,,,CC-BY-4.0,sum of the sub-dimension scores,tổng các chỉ số nội dung,papi-a3-2020,\nunits-b1,compilation,B1,t,github:t/v,,MIT,,,,\nnews-vnp,news,PAR Index 2023,VietnamPlus,https://en.vietnamplus.vn/example,2024-04-17,c,,,,\n${extra}`,
      "par-index/values.csv": "edition,unit,indicator,value,status,rank,rank_of,rank_text,source,note\n2023,min-tu-phap,total,89.95,reported,1,,,news-vnp,\n2023,min-tu-phap,total,89.59,reported,1,,,news-b,\n2023,min-tu-phap,total,89.95,reported,1,,,news-c,\n",
    }), "par-index", "en");
    const cell = page.rows[0]!.cells[0]!;
    expect(cell.value).toBe(89.95);
    expect(cell.otherSources.map((o) => [o.value, o.source.id])).toEqual([[89.59, "news-b"]]);
    expect(page.notes.some((n) => n.startsWith("Where sources differ"))).toBe(true);
  });

  it("gives an empty table, not an error, for a dataset with no values yet", () => {
    const page = buildIndexPage(entries({ "sipas/values.csv": "edition,unit,indicator,value,status,rank,rank_of,rank_text,source,note\n" }), "sipas", "vi");
    expect(page).toMatchObject({ edition: "", rows: [], columns: [] });
  });
});

describe("buildHome()", () => {
  it("ranks the latest PAPI totals with ties sharing a rank", () => {
    const home = buildHome(entries({
      "papi/values.csv": "edition,unit,indicator,value,status,rank,rank_of,rank_text,source,note\n2011,vn63-01,total,36.4,reported,,,,papi-a1-2011,\n2011,vn63-52,total,36.4,reported,,,,papi-a1-2011,\n2011,vn63-64,total,30.1,reported,,,,papi-a1-2011,\n",
    }), "vi");
    expect(home.papi.edition).toBe("2011");
    expect(home.papi.top.map((e) => [e.entity.id, e.rank, e.rankOf])).toEqual([["vn63-01", 1, 3], ["vn63-52", 1, 3], ["vn63-64", 3, 3]]);
    expect(home.papi.derived).toBe(false);
    expect(home.papi.scaleMax).toBe(60);
  });
});

describe("buildSourcesPage()", () => {
  it("counts the value rows citing each source", () => {
    const page = buildSourcesPage(entries(), "vi");
    expect(page.sources.find((s) => s.id === "papi-a1-2011")?.valueCount).toBe(3);
    expect(page.sources.find((s) => s.id === "units-b1")?.valueCount).toBe(0);
  });
});

describe("sourceHref()", () => {
  it("links web pages as recorded and repository files to their commit", () => {
    expect(sourceHref("https://example.vn/a (copy)")).toBe("https://example.vn/a");
    expect(sourceHref("github:mdtrinh/vietnam_elections@84348767096a:Data/PAPI/PAPI 2011-2019.xlsx")).toBe("https://github.com/mdtrinh/vietnam_elections/blob/84348767096a/Data/PAPI/PAPI%202011-2019.xlsx");
    expect(sourceHref("seeds/000_c17a1318b2a2a0f1.txt")).toBeNull();
  });
});
