import { describe, expect, it } from "vitest";
import { datasetEntries } from "../../../src/lib/load/content-loader.ts";
import { directoryReader } from "../../../src/lib/load/fs.ts";
import { loadData } from "../../../src/lib/load/index.ts";
import { buildCompare } from "../../../src/lib/views/compare.ts";
import { decodeIndex } from "../../../src/components/compare/model.ts";
import { VALID_DATA, overlayReader, utf8 } from "../../helpers/fixtures.ts";

const VALUES = "edition,unit,indicator,value,status,rank,rank_of,rank_text,source,note\n";
const CODEBOOK = "indicator,first_edition,last_edition,parent,level,name_vi,name_en,unit,min,max,comparability,note\n";

function entries(replace: Record<string, string> = {}) {
  const r = loadData(overlayReader(Object.fromEntries(Object.entries(replace).map(([k, v]) => [k, utf8(v)])), directoryReader(VALID_DATA)));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return datasetEntries(r.data);
}

// Three 63-frame units in the fixtures; sorted by Vietnamese name: Bình Định, Gia Lai, Hà Nội.
const papi = (rows: string) => ({ "papi/values.csv": VALUES + rows });

describe("buildCompare()", () => {
  it("lists the 63-frame units by name in the page language, with slugs and folded names", () => {
    const view = buildCompare(entries(), "vi");
    expect(view.units).toEqual({
      slug: ["binh-dinh-63", "gia-lai-63", "ha-noi-63"],
      name: ["Bình Định", "Gia Lai", "Hà Nội"],
      folded: ["binh dinh", "gia lai", "ha noi"],
    });
    expect(buildCompare(entries(), "en").units.name).toEqual(["Binh Dinh", "Gia Lai", "Ha Noi"]);
  });

  it("packs one cell per unit and edition, unit-major, with a status letter for every cell", () => {
    const view = buildCompare(entries(), "vi");
    const p = view.indices.find((x) => x.index === "papi")!;
    expect(p.editions).toEqual([2011, 2020]);
    const [total, d1] = p.indicators;
    // Bình Định and Gia Lai have no total row; Hà Nội has a reported 2011 and a derived 2020 total.
    expect(total).toMatchObject({ id: "total", level: "total", values: ",,,,36.40502,41.6286", status: "xxxxrd", groupAt: [0, 1] });
    expect(total!.groups).toEqual([
      { id: "papi-2011", first: 2011, last: 2017, min: 6, max: 60 },
      { id: "papi-2018", first: 2018, last: 2024, min: 8, max: 80 },
    ]);
    // A missing value stays empty with its reason (no_data), never 0.
    expect(d1).toMatchObject({ id: "d1", level: "dimension", label: "Tham gia của người dân ở cấp cơ sở", values: ",,,,5.76248,", status: "nxxxrx" });
  });

  it("marks an indicator that is not part of the index in an edition apart from a missing row", () => {
    const view = buildCompare(entries({
      "papi/codebook.csv": `${CODEBOOK}total,2011,2017,,total,Tổng,Total,points,6,60,papi-2011,\ntotal,2018,2024,,total,Tổng,Total,points,8,80,papi-2018,\nd8,2018,2024,total,dimension,Quản trị điện tử,E-Governance,points,1,10,papi-2018,\n`,
      ...papi("2011,vn63-01,total,36.40502,reported,,,,papi-a1-2011,\n2020,vn63-01,d8,3.1,derived,,,,papi-derived-2020,\n"),
    }), "en");
    const d8 = view.indices[0]!.indicators.find((i) => i.id === "d8")!;
    expect(d8.groupAt).toEqual([-1, 0]);
    expect(d8.status).toBe("-x-x-d");
    expect(d8.values).toBe(",,,,,3.1");
  });

  it("keeps every figure exactly as stored, never rounded", () => {
    const view = buildCompare(entries(papi("2011,vn63-01,total,33.624604000000005,reported,,,,papi-a1-2011,\n")), "vi");
    const decoded = decodeIndex(view.indices[0]!, view.units.slug.length);
    expect(decoded.indicators[0]!.cells[2]![0]!.value).toBe(33.624604000000005);
  });

  it("ranks the total among all units only where every unit has a row, ties sharing a rank", () => {
    const full = buildCompare(entries(papi(
      "2011,vn63-01,total,36.4,reported,,,,papi-a1-2011,\n2011,vn63-52,total,36.4,reported,,,,papi-a1-2011,\n2011,vn63-64,total,30.1,reported,,,,papi-a1-2011,\n",
    )), "vi").indices[0]!;
    expect(full.editions).toEqual([2011]);
    // Bình Định, Gia Lai, Hà Nội.
    expect(full.ranks).toBe("1/3c,3/3c,1/3c");
    expect(full.fullTable).toBe(true);
    const partial = buildCompare(entries(papi("2011,vn63-01,total,36.4,reported,,,,papi-a1-2011,\n2011,vn63-52,total,30,reported,,,,papi-a1-2011,\n")), "vi").indices[0]!;
    expect(partial.ranks).toBe(",,");
    expect(partial.fullTable).toBe(false);
  });

  it("carries press ranks as printed: a number, or the words when no number was printed", () => {
    const view = buildCompare(entries({
      "par-index/values.csv": `${VALUES}2023,vn63-01,total,88.5,reported,1,,,news-vnp,\n2023,vn63-64,total,,not_published,,,last,news-vnp,\n2023,min-tu-phap,total,89.95,reported,1,17,,news-vnp,\n`,
    }), "vi");
    const par = view.indices.find((x) => x.index === "par-index")!;
    expect(par.editions).toEqual([2023]);
    expect(par.indicators.map((i) => i.id)).toEqual(["total"]);
    expect(par.indicators[0]).toMatchObject({ values: ",,88.5", status: "xpr" });
    expect(par.ranks).toBe(",,1/p");
    expect(par.rankTexts).toEqual({ "1": "last" });
    expect(par.fullTable).toBe(false);
    expect(par).toMatchObject({ href: "/vi/par-index/", datasetVersion: "1.0.0" });
  });

  it("picks a default comparison of three units, preferring the big cities, then units with a latest PAPI total", () => {
    expect(buildCompare(entries(), "vi").defaults).toEqual({ units: ["ha-noi-63", "binh-dinh-63", "gia-lai-63"], index: "papi" });
  });

  it("hands the island only its own strings, in the page language, placeholders kept", () => {
    const vi = buildCompare(entries(), "vi").strings;
    const en = buildCompare(entries(), "en").strings;
    expect(Object.keys(vi).every((k) => /^(compare\.|status\.|cell\.noRow$|derived\.)/.test(k))).toBe(true);
    expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
    expect(vi["compare.units.remove"]).toBe("Bỏ {name}");
    expect(en["compare.units.remove"]).toBe("Remove {name}");
    expect(vi["status.no_data"]).toBe("Không có dữ liệu");
  });
});
