import { describe, expect, it } from "vitest";
import { checkAliasTable, POPULAR_NAMES, unitNames } from "../../../src/lib/search/aliases.ts";
import { searchRecords } from "../../../src/lib/search/documents.ts";
import { search } from "../../../src/lib/search/engine.ts";
import { openPacked, siteEntries } from "./search-data.ts";

describe("search aliases on the site's data", () => {
  const e = siteEntries();
  const vi = openPacked(searchRecords(e, "vi"));
  const en = openPacked(searchRecords(e, "en"));
  const hrefs = async (q: string, n = 5, ix = vi) => (await search(await ix, q, { limit: n })).map((r) => r.record.href);

  it("names only real units in the popular-names table", async () => {
    expect(checkAliasTable(e.reference.units)).toEqual([]);
    expect(checkAliasTable(e.reference.units, { ...POPULAR_NAMES, "vn99-99": ["Nowhere"] })).toEqual([
      'search alias table: "vn99-99" is not a unit in reference/units.csv',
    ]);
  });

  it("finds Hồ Chí Minh's pages for TPHCM, TP.HCM, TP HCM, Sài Gòn and sai gon", async () => {
    for (const q of ["TPHCM", "TP.HCM", "tp hcm", "Sài Gòn", "sai gon", "Hồ Chí Minh", "ho chi minh"]) {
      expect((await hrefs(q, 2)).sort(), q).toEqual(["/vi/provinces/ho-chi-minh-63/", "/vi/provinces/ho-chi-minh/"]);
    }
  });

  it("finds Thừa Thiên Huế (63) and the 34-unit Huế for Huế and hue", async () => {
    for (const q of ["Huế", "hue", "Thừa Thiên Huế", "thua thien hue"]) {
      expect((await hrefs(q, 2)).sort(), q).toEqual(["/vi/provinces/hue/", "/vi/provinces/thua-thien-hue-63/"]);
    }
  });

  it("finds the new Gia Lai as Bình Định's successor, and Bình Định among Gia Lai's predecessors", async () => {
    const names = unitNames(e.reference.units, e.reference.lineage);
    expect(names.get("vn63-52")!.successor).toBe("Gia Lai");
    expect(names.get("vn34-52")!.predecessors).toContain("Bình Định");
    const top = (await search(await vi, "Bình Định", { limit: 3, kinds: ["province"] })).map((r) => r.record.href);
    expect(top[0]).toBe("/vi/provinces/binh-dinh-63/");
    expect(top).toContain("/vi/provinces/gia-lai/");
    expect(await hrefs("binh dinh", 3, en)).toContain("/en/provinces/gia-lai/");
  });

  it("leads from the header's 'da nang' and 'dak lak' to the provinces first", async () => {
    expect((await search(await vi, "da nang"))[0]!.record.title).toBe("Đà Nẵng");
    expect((await search(await vi, "dak lak"))[0]!.record.title).toBe("Đắk Lắk");
    expect((await search(await en, "da nang"))[0]!.record.href).toMatch(/^\/en\/provinces\/da-nang/);
  });

  it("finds the indices by short and full name", async () => {
    expect(await hrefs("papi", 1)).toEqual(["/vi/papi/"]);
    expect(await hrefs("chi so cai cach hanh chinh", 1)).toEqual(["/vi/par-index/"]);
  });

  it("finds the real documents by number in any spelling", async () => {
    for (const q of ["17/NQ-CP", "17/nq-cp", "17 NQ CP", "NQ 17"]) expect(await hrefs(q, 1), q).toEqual(["/vi/directives/17-nq-cp-2019/"]);
    expect(await hrefs("766/QD-TTg", 1)).toEqual(["/vi/directives/766-qd-ttg-2022/"]);
    expect(await hrefs("chi thi 10", 1)).toEqual(["/vi/directives/10-ct-ubnd-2022-quang-tri/"]);
  });
});
