import { describe, expect, it } from "vitest";
import { search } from "../../../src/lib/search/engine.ts";
import { FIXTURE_CORPUS, openPacked } from "./search-data.ts";

describe("search ranking on a fixture corpus", () => {
  // Tiny shards and chunks, so a query crosses several files as at 5,000 documents.
  const opened = openPacked(FIXTURE_CORPUS, { shardChars: 60, docChunkSize: 3 });
  const numbers = async (q: string, n = 3) => (await search(await opened, q, { limit: n })).map((r) => r.record.number);

  it("ranks the document whose title is the query first, above those that only mention it", async () => {
    expect((await numbers("Chính phủ điện tử"))[0]).toBe("8/KH-UBND");
    expect((await numbers("chinh phu dien tu"))[0]).toBe("8/KH-UBND");
  });

  it("finds an accented title in the top 3 for a query typed without diacritics", async () => {
    expect(await numbers("dat dai")).toContain("5/KH-UBND");
    expect(await numbers("nang cao chi so cai cach")).toContain("10/CT-UBND");
  });

  it("puts Nghị quyết 17/NQ-CP first for '17 nq cp', 'NQ 17' and '17/nq-cp'", async () => {
    for (const q of ["17 nq cp", "NQ 17", "17/nq-cp", "nghi quyet 17"]) expect((await numbers(q))[0], q).toBe("17/NQ-CP");
  });

  it("puts Quyết định 766/QĐ-TTg first for 766/QD-TTg", async () => {
    expect((await numbers("766/QD-TTg"))[0]).toBe("766/QĐ-TTg");
  });

  it("puts Chỉ thị 10/CT-UBND first for 'chi thi 10', not 107/2021/NĐ-CP", async () => {
    expect((await numbers("chi thi 10"))[0]).toBe("10/CT-UBND");
  });

  it("ranks an exact-diacritic match above a folded one", async () => {
    expect((await numbers("Dân"))[0]).toBe("7/KH-UBND");
    expect((await numbers("Dần"))[0]).toBe("6/KH-UBND");
  });

  it("forgives a small typo in a title", async () => {
    expect(await numbers("chinh phu dein tu")).toContain("8/KH-UBND");
    expect((await numbers("dan chu o co so"))[0]).toBe("7/KH-UBND");
  });

  it("highlights what matched in the title and subtitle", async () => {
    const top = (await search(await opened, "17 nq", { limit: 1 }))[0]!;
    const t = top.record.title;
    expect(top.highlight.title.map(([a, b]) => t.slice(a, b))).toEqual(["17", "NQ"]);
    const dd = (await search(await opened, "dat dai", { limit: 5 })).find((r) => r.record.number === "5/KH-UBND")!;
    expect(dd.highlight.subtitle.map(([a, b]) => dd.record.subtitle.slice(a, b))).toEqual(["đất", "đai"]);
  });

  it("returns nothing for an empty query, and only the kinds asked for", async () => {
    expect(await search(await opened, "  ")).toEqual([]);
    expect(await search(await opened, "dat dai", { kinds: ["province"] })).toEqual([]);
  });
});

describe("search as the user types", () => {
  const opened = openPacked(FIXTURE_CORPUS, { shardChars: 60, docChunkSize: 3 });
  const numbers = async (q: string, n = 3) => (await search(await opened, q, { limit: n })).map((r) => r.record.number);

  it("reads an unfinished last word as the start of a word, one letter or three", async () => {
    expect((await numbers("chinh phu d"))).toContain("8/KH-UBND");
    expect((await numbers("dan chu o co s"))[0]).toBe("7/KH-UBND");
    expect((await numbers("quan ly dat d"))[0]).toBe("5/KH-UBND");
  });
});
