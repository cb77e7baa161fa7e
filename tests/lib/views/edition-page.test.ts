import { describe, expect, it } from "vitest";
import { buildEditionPage } from "../../../src/lib/views/edition-page.ts";
import { fixtureEntries, valuesCsv } from "./fixture-entries.ts";

// Synthetic PAPI totals for the fixture's three 63-frame units: a full table in each edition.
const papi = valuesCsv(
  "2017,vn63-01,total,36.5,reported,,,,papi-a1-2011,",
  "2017,vn63-52,total,35.25,reported,,,,papi-a1-2011,",
  "2017,vn63-64,total,34,reported,,,,papi-a1-2011,",
  "2018,vn63-01,total,44.1,reported,,,,papi-a1-2011,",
  "2018,vn63-52,total,43,reported,,,,papi-a1-2011,",
  "2018,vn63-64,total,42,reported,,,,papi-a1-2011,",
  "2023,vn63-01,total,45.1,reported,,,,papi-a1-2011,",
  "2023,vn63-52,total,44,reported,,,,papi-a1-2011,",
  "2023,vn63-64,total,43,reported,,,,papi-a1-2011,",
  "2024,vn63-01,total,46.0415,reported,,,,papi-a1-2011,",
  "2024,vn63-52,total,46.0415,reported,,,,papi-a1-2011,",
  "2024,vn63-64,total,,no_data,,,,papi-a1-2011,KCDL",
);

describe("buildEditionPage()", () => {
  it("ranks a full table itself, ties sharing a rank, units without a value unranked, and says the ranks are computed", () => {
    const page = buildEditionPage(fixtureEntries({ "papi/values.csv": papi }), "papi", 2024, "vi");
    expect(page.coverage).toMatchObject({ frameSize: 3, withValue: 2, statedMissing: 1, noRow: 0, complete: true });
    const items = page.ranking!.input.items;
    expect(items.map((i) => [i.id, i.rank, i.rankOf, i.rankBasis])).toEqual([
      ["vn63-52", 1, 2, "computed"], ["vn63-01", 1, 2, "computed"], ["vn63-64", null, null, null],
    ]);
    expect(items[2]).toMatchObject({ value: null, missing: "no_data" });
    expect(page.ranking!.summary).toContain("46,0415 điểm, hạng 1/2");
    expect(page.rankNote).toContain("do Minh Bạch tính");
  });

  it("computes the change since the previous edition exactly, with places gained on one rank basis", () => {
    const page = buildEditionPage(fixtureEntries({ "papi/values.csv": papi }), "papi", 2024, "en");
    const byId = new Map(page.change!.input.items.map((i) => [i.id, i]));
    expect([...byId.keys()].sort()).toEqual(["vn63-01", "vn63-52"]);
    expect(byId.get("vn63-01")).toMatchObject({ fromValue: 45.1, toValue: 46.0415, change: 0.9415 });
    // 2023 ranks are out of 3, 2024 ranks out of 2: different bases, so no places gained.
    expect(byId.get("vn63-52")!.placesGained).toBeNull();
    expect(page.change!.summary).toContain("Largest rise: Binh Dinh (+2.0415 points)");
  });

  it("computes no change across a comparability break and says why", () => {
    const page = buildEditionPage(fixtureEntries({ "papi/values.csv": papi }), "papi", 2018, "en");
    expect(page.change).toBeNull();
    expect(page.changeNote).toContain("2017");
    expect(page.previous).toEqual({ edition: "2017", href: "/en/papi/2017/" });
    expect(page.next).toEqual({ edition: "2023", href: "/en/papi/2023/" });
  });

  it("keeps every unit of the frame on the map, a missing one with its reason, never as 0", () => {
    const page = buildEditionPage(fixtureEntries({ "papi/values.csv": papi }), "papi", 2024, "vi");
    expect(page.map!.input.items.map((i) => [i.id, i.value, i.missing, i.href])).toEqual([
      ["vn63-01", 46.0415, null, "/vi/provinces/ha-noi-63/"],
      ["vn63-52", 46.0415, null, "/vi/provinces/binh-dinh-63/"],
      ["vn63-64", null, "no_data", "/vi/provinces/gia-lai-63/"],
    ]);
  });

  it("shows printed ranks only for press figures, and no distribution of a partial table", () => {
    const e = fixtureEntries({
      "par-index/values.csv": valuesCsv(
        "2023,vn63-52,total,85.2,reported,5,63,,news-vnp,",
        "2023,vn63-01,total,,not_published,,,top 10,news-vnp,",
        "2023,min-tu-phap,total,89.95,reported,1,17,,news-vnp,",
      ),
    });
    const page = buildEditionPage(e, "par-index", 2023, "vi");
    expect(page.coverage).toMatchObject({ withValue: 1, statedMissing: 1, noRow: 1, complete: false });
    expect(page.ranking!.input.items.map((i) => [i.id, i.rank, i.rankOf, i.rankBasis, i.rankText])).toEqual([
      ["vn63-52", 5, 63, "printed", ""], ["vn63-01", null, null, null, "top 10"],
    ]);
    expect(page.distribution).toBeNull();
    expect(page.distributionNote).toContain("1/3");
    expect(page.map!.input.items.find((i) => i.id === "vn63-64")!.missing).toBe("no_row");
    expect(page.ministries!.input.items).toMatchObject([{ id: "min-tu-phap", value: 89.95, rank: 1, rankOf: 17, rankBasis: "printed" }]);
    expect(page.table.rows.map((r) => r.entity.id)).toContain("min-tu-phap");
  });

  it("draws a full table with ranking bars and a press list with bars that rank nothing, each with a tile map", () => {
    const full = buildEditionPage(fixtureEntries({ "papi/values.csv": papi }), "papi", 2024, "vi");
    expect(full.ranking!.render?.kind).toBe("ranking");
    expect(full.map!.render?.kind).toBe("tilemap");
    expect(full.change!.render?.kind).toBe("slope");
    const press = buildEditionPage(fixtureEntries({ "par-index/values.csv": valuesCsv("2023,vn63-52,total,85.2,reported,5,63,,news-vnp,") }), "par-index", 2023, "vi");
    const render = press.ranking!.render;
    expect(render?.kind).toBe("agency");
    if (render?.kind !== "agency") throw new Error("unreachable");
    expect(render.layout.bars.map((b) => [b.id, b.rankText])).toEqual([["vn63-52", "5/63"]]);
  });
});
