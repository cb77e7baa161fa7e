// In-page filtering of the directives list: what a selection keeps, the counts beside each menu
// option, and a selection's round trip through the address beside other parameters.
import { describe, expect, it } from "vitest";
import {
  byFacet, facetAttributes, facetValuesOf, fill, matches, optionCounts, readSelection, searchOf, writeSelection, type FacetValues,
} from "../../../src/lib/directives-filter/filter.ts";
import { buildDirectivesList } from "../../../src/lib/views/directives.ts";
import { fixtureEntries } from "../views/fixture-entries.ts";

const doc = (type: string, scope: string, year: string, topics: string[]): FacetValues =>
  ({ type: [type], issuer: [scope === "national" ? "chinh-phu" : "ubnd-tinh"], scope: [scope], year: year === "" ? [] : [year], topic: topics });
const ITEMS = [
  doc("chi-thi", "vn63-45", "2022", ["par-index", "sipas", "papi"]),
  doc("ke-hoach", "vn63-52", "2022", ["papi"]),
  doc("ke-hoach", "vn63-52", "2022", ["sipas"]),
  doc("nghi-quyet", "national", "2011", ["sipas"]),
  doc("chi-thi", "national", "", ["par-programme"]),
];

describe("matches()", () => {
  it("keeps what every chosen facet allows; a document matches a topic among several", () => {
    const kept = (sel: Parameters<typeof matches>[1]) => ITEMS.filter((i) => matches(i, sel)).length;
    expect(kept({})).toBe(5);
    expect(kept({ type: "chi-thi" })).toBe(2);
    expect(kept({ type: "ke-hoach", topic: "sipas" })).toBe(1);
    expect(kept({ topic: "sipas" })).toBe(3);
    expect(kept({ year: "2022", scope: "national" })).toBe(0);
    // An undated document is in no year, but still in the unfiltered list.
    expect(kept({ year: "2011" })).toBe(1);
  });
});

describe("optionCounts()", () => {
  it("counts each value with the other facets' choices kept and this facet's own ignored", () => {
    const types = optionCounts(ITEMS, { topic: "sipas", type: "chi-thi" }, "type");
    expect(Object.fromEntries(types)).toEqual({ "chi-thi": 1, "ke-hoach": 1, "nghi-quyet": 1 });
    expect(Object.fromEntries(optionCounts(ITEMS, {}, "topic"))).toEqual({ "par-index": 1, sipas: 3, papi: 2, "par-programme": 1 });
  });
});

describe("the address", () => {
  const offered = byFacet((f) => new Set(ITEMS.flatMap((i) => i[f])));

  it("reads offered values only, so a stale link shows the full list", () => {
    expect(readSelection(new URLSearchParams("type=chi-thi&year=2022&scope=vn63-99&q=da+nang"), offered)).toEqual({ type: "chi-thi", year: "2022" });
  });

  it("writes facets in a fixed order, drops cleared ones and keeps other parameters", () => {
    const params = writeSelection(new URLSearchParams("q=chi+thi&year=2011&topic=papi"), { year: "2022", type: "chi-thi" });
    expect(searchOf(params)).toBe("?q=chi+thi&type=chi-thi&year=2022");
    expect(searchOf(writeSelection(new URLSearchParams("type=chi-thi"), {}))).toBe("");
    expect(readSelection(writeSelection(new URLSearchParams(), { scope: "vn63-52", topic: "papi" }), offered)).toEqual({ scope: "vn63-52", topic: "papi" });
  });
});

describe("list items", () => {
  it("carry their facet values in data attributes that read back unchanged", () => {
    const attrs = facetAttributes(ITEMS[0]!);
    expect(attrs).toEqual({ "data-type": "chi-thi", "data-issuer": "ubnd-tinh", "data-scope": "vn63-45", "data-year": "2022", "data-topic": "par-index sipas papi" });
    const dataset = Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k.slice(5), v]));
    expect(facetValuesOf(dataset)).toEqual(ITEMS[0]);
    expect(facetValuesOf({ type: "chi-thi", year: "" }).year).toEqual([]);
  });

  it("match the pre-rendered filter pages: the same documents for every facet value", () => {
    const e = fixtureEntries();
    const all = buildDirectivesList(e, "vi", null);
    for (const f of all.facets) {
      for (const v of f.values) {
        const page = buildDirectivesList(e, "vi", { facet: f.facet, value: v.value }).items.map((d) => d.id);
        expect(all.items.filter((d) => matches(d.facets, { [f.facet]: v.value })).map((d) => d.id)).toEqual(page);
      }
    }
  });

  it("fills the page's templates", () => {
    expect(fill("Đang hiển thị {shown} trên {total} văn bản", { shown: 7, total: 35 })).toBe("Đang hiển thị 7 trên 35 văn bản");
    expect(fill("{label} ({count}) {other}", { label: "Chỉ thị", count: 2 })).toBe("Chỉ thị (2) {other}");
  });
});
