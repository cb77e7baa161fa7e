import { describe, expect, it } from "vitest";
import { parseSelection, selectionQuery } from "../../../src/components/compare/url.ts";
import type { Selection } from "../../../src/components/compare/model.ts";

const known = new Set(["ha-noi-63", "da-nang-63", "ho-chi-minh-63", "hai-phong-63", "can-tho-63", "hue-63", "an-giang-63"]);
const defaults: Selection = { units: ["ha-noi-63", "da-nang-63"], index: "papi", edition: null };

describe("parseSelection()", () => {
  it("reads the comma list the island writes", () => {
    expect(parseSelection("?u=da-nang-63,ha-noi-63&i=sipas&e=2019", known, defaults)).toEqual({ units: ["da-nang-63", "ha-noi-63"], index: "sipas", edition: 2019 });
  });

  it("reads the repeated keys the plain form submits, skipping its empty selects", () => {
    expect(parseSelection("?u=hai-phong-63&u=&u=can-tho-63&u=&i=par-index", known, defaults)).toEqual({ units: ["hai-phong-63", "can-tho-63"], index: "par-index", edition: null });
  });

  it("drops unknown and repeated slugs and keeps at most six units", () => {
    const s = parseSelection("?u=ha-noi-63,nowhere,ha-noi-63,da-nang-63,ho-chi-minh-63,hai-phong-63,can-tho-63,hue-63,an-giang-63", known, defaults);
    expect(s.units).toEqual(["ha-noi-63", "da-nang-63", "ho-chi-minh-63", "hai-phong-63", "can-tho-63", "hue-63"]);
  });

  it("falls back to the defaults for a missing or stale selection and an unknown index", () => {
    expect(parseSelection("", known, defaults)).toEqual(defaults);
    expect(parseSelection("?u=gone-63&i=gdp&e=abc", known, defaults)).toEqual(defaults);
  });
});

describe("selectionQuery()", () => {
  it("writes a readable address that parses back to the same selection", () => {
    const s: Selection = { units: ["ha-noi-63", "da-nang-63"], index: "papi", edition: null };
    expect(selectionQuery(s)).toBe("?u=ha-noi-63,da-nang-63&i=papi");
    expect(parseSelection(selectionQuery({ ...s, edition: 2018 }), known, defaults)).toEqual({ ...s, edition: 2018 });
  });
});
