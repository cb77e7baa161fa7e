import { describe, expect, it } from "vitest";
import { checkAliasTable, POPULAR_NAMES, unitNames } from "../../../src/lib/search/aliases.ts";
import { searchRecords } from "../../../src/lib/search/documents.ts";
import { buildSearchIndex, loadSearchIndex, search } from "../../../src/lib/search/engine.ts";
import { siteEntries } from "./search-data.ts";

describe("search aliases on the site's data", () => {
  const e = siteEntries();
  const vi = loadSearchIndex(buildSearchIndex(searchRecords(e, "vi")));
  const en = loadSearchIndex(buildSearchIndex(searchRecords(e, "en")));
  const hrefs = (q: string, n = 5, ix = vi) => search(ix, q, { limit: n }).map((r) => r.record.href);

  it("names only real units in the popular-names table", () => {
    expect(checkAliasTable(e.reference.units)).toEqual([]);
    expect(checkAliasTable(e.reference.units, { ...POPULAR_NAMES, "vn99-99": ["Nowhere"] })).toEqual([
      'search alias table: "vn99-99" is not a unit in reference/units.csv',
    ]);
  });

  it("finds Hồ Chí Minh's pages for TPHCM, TP.HCM, TP HCM, Sài Gòn and sai gon", () => {
    for (const q of ["TPHCM", "TP.HCM", "tp hcm", "Sài Gòn", "sai gon", "Hồ Chí Minh", "ho chi minh"]) {
      expect(hrefs(q, 2).sort(), q).toEqual(["/vi/provinces/ho-chi-minh-63/", "/vi/provinces/ho-chi-minh/"]);
    }
  });

  it("finds Thừa Thiên Huế (63) and the 34-unit Huế for Huế and hue", () => {
    for (const q of ["Huế", "hue", "Thừa Thiên Huế", "thua thien hue"]) {
      expect(hrefs(q, 2).sort(), q).toEqual(["/vi/provinces/hue/", "/vi/provinces/thua-thien-hue-63/"]);
    }
  });

  it("finds the new Gia Lai as Bình Định's successor, and Bình Định among Gia Lai's predecessors", () => {
    const names = unitNames(e.reference.units, e.reference.lineage);
    expect(names.get("vn63-52")!.successor).toBe("Gia Lai");
    expect(names.get("vn34-52")!.predecessors).toContain("Bình Định");
    const top = search(vi, "Bình Định", { limit: 3, kinds: ["province"] }).map((r) => r.record.href);
    expect(top[0]).toBe("/vi/provinces/binh-dinh-63/");
    expect(top).toContain("/vi/provinces/gia-lai/");
    expect(hrefs("binh dinh", 3, en)).toContain("/en/provinces/gia-lai/");
  });

  it("leads from the header's 'da nang' and 'dak lak' to the provinces first", () => {
    expect(search(vi, "da nang")[0]!.record.title).toBe("Đà Nẵng");
    expect(search(vi, "dak lak")[0]!.record.title).toBe("Đắk Lắk");
    expect(search(en, "da nang")[0]!.record.href).toMatch(/^\/en\/provinces\/da-nang/);
  });

  it("finds the indices by short and full name", () => {
    expect(hrefs("papi", 1)).toEqual(["/vi/papi/"]);
    expect(hrefs("chi so cai cach hanh chinh", 1)).toEqual(["/vi/par-index/"]);
  });

  it("finds the real documents by number in any spelling", () => {
    for (const q of ["17/NQ-CP", "17/nq-cp", "17 NQ CP", "NQ 17"]) expect(hrefs(q, 1), q).toEqual(["/vi/directives/17-nq-cp-2019/"]);
    expect(hrefs("766/QD-TTg", 1)).toEqual(["/vi/directives/766-qd-ttg-2022/"]);
    expect(hrefs("chi thi 10", 1)).toEqual(["/vi/directives/10-ct-ubnd-2022-quang-tri/"]);
  });
});
