import { describe, expect, it } from "vitest";
import { xmlProblems } from "./xml.ts";

describe("xmlProblems()", () => {
  it("accepts a well-formed document with a declaration, attributes, entities and empty elements", () => {
    expect(xmlProblems('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="x"><a href="?a=1&amp;b=2"/><t>Bà Rịa &lt;3 &#233;</t><!-- c --></feed>\n')).toEqual([]);
  });

  it("finds a bare ampersand, a mismatched tag, an unquoted attribute, two roots", () => {
    expect(xmlProblems("<a>x & y</a>")).toEqual(["bad character in text at 3"]);
    expect(xmlProblems("<a><b></a></b>")).toContain("</a> at 6 closes <b>");
    expect(xmlProblems("<a x=1></a>")[0]).toMatch(/malformed tag/);
    expect(xmlProblems("<a/><b/>")).toEqual(["2 root elements"]);
    expect(xmlProblems("<a>")).toEqual(["unclosed <a>"]);
  });
});
