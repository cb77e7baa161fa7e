// The directives pages' builders on the fixture collection: filters with counts, one page per value.
import { describe, expect, it } from "vitest";
import { bodyBlocks, buildDirectivePage, buildDirectivesList, buildProfileDirectives, directiveFilters } from "../../../src/lib/views/directives.ts";
import { fixtureEntries } from "./fixture-entries.ts";

describe("directives views", () => {
  const e = fixtureEntries();

  it("makes one filter page per value present, and filters the list", () => {
    const filters = directiveFilters(e);
    expect(filters).toContainEqual({ facet: "scope", value: "vn63-52" });
    expect(filters).toContainEqual({ facet: "year", value: "2019" });
    expect(filters).toContainEqual({ facet: "topic", value: "papi" });
    const all = buildDirectivesList(e, "vi", null);
    expect(all.items.map((d) => d.id)).toEqual(["doc-binh-dinh", "doc-national"]);
    const scope = all.facets.find((f) => f.facet === "scope")!;
    expect(scope.values.map((v) => [v.value, v.count])).toEqual([["national", 1], ["vn63-52", 1]]);
    const one = buildDirectivesList(e, "en", { facet: "type", value: "chi-thi" });
    expect(one.items.map((d) => d.id)).toEqual(["doc-binh-dinh"]);
    expect(one.path).toBe("directives/type/chi-thi/");
    expect(one.facets.find((f) => f.facet === "type")!.values.find((v) => v.value === "chi-thi")!.current).toBe(true);
  });

  it("builds a document page with its body, verification and target", () => {
    const p = buildDirectivePage(e, "doc-binh-dinh", "en");
    expect(p.heading).toBe("Directive (Chỉ thị) 2/CT-UBND");
    expect(p.verification).toMatch(/seed article/);
    expect(p.body.map((b) => b.kind)).toEqual(["heading", "quote", "paragraph"]);
    expect(p.targets).toHaveLength(1);
    expect(p.targets[0]!.printed).toBe("nâng chỉ số từ 5 đến 10 bậc");
    expect(p.targets[0]!.note).toBe("synthetic");
    expect(buildDirectivePage(e, "doc-binh-dinh", "vi").targets[0]!.note).toBe("tổng hợp");
  });

  it("lists a former unit's documents on its successor's profile", () => {
    expect(buildProfileDirectives(e, "vn63-52", "vi").items.map((d) => [d.id, d.via])).toEqual([["doc-binh-dinh", null]]);
    expect(buildProfileDirectives(e, "vn34-52", "vi").items.map((d) => d.id)).toEqual(["doc-binh-dinh"]);
    expect(buildProfileDirectives(e, "vn63-01", "vi").items).toEqual([]);
  });

  it("shows the body in the page language, quotations as written and marked when foreign", () => {
    const md = "## vi: Trích yếu\n## en: Title\n\n> vi: Nâng cao\n\nvi: Nguồn.\nen: Source.\n";
    expect(bodyBlocks(md, "en")).toEqual([
      { kind: "heading", text: "Title", lang: null }, { kind: "quote", text: "Nâng cao", lang: "vi" }, { kind: "paragraph", text: "Source.", lang: null },
    ]);
    expect(bodyBlocks(md, "vi")).toEqual([
      { kind: "heading", text: "Trích yếu", lang: null }, { kind: "quote", text: "Nâng cao", lang: null }, { kind: "paragraph", text: "Nguồn.", lang: null },
    ]);
  });
});
