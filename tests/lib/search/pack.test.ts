import { describe, expect, it } from "vitest";
import { search } from "../../../src/lib/search/engine.ts";
import { packRecord, packSearchIndex, searchFileEntries, unpackRecord } from "../../../src/lib/search/pack.ts";
import { decodePostings, encodePostings } from "../../../src/lib/search/postings.ts";
import { editDistance, nearWords, prefixRange, termIndex } from "../../../src/lib/search/vocab.ts";
import type { SearchRecord } from "../../../src/lib/search/documents.ts";
import { doc, FIXTURE_CORPUS, openPacked } from "./search-data.ts";

const decode = (s: string) => {
  const out: number[] = [];
  decodePostings(s, (v) => out.push(v));
  return out;
};

describe("posting lists", () => {
  it("encodePostings() stores gaps in base 36 and decodePostings() gives the numbers back", () => {
    expect(encodePostings([3, 13, 14, 1000])).toBe("3,a,1,re");
    expect(decode(encodePostings([3, 13, 14, 1000]))).toEqual([3, 13, 14, 1000]);
    expect(decode(encodePostings([]))).toEqual([]);
    expect(decode(encodePostings([0]))).toEqual([0]);
  });

  it("encodePostings() refuses a list that is not strictly increasing", () => {
    expect(() => encodePostings([2, 2])).toThrow(/not strictly increasing at 1/);
  });
});

describe("the vocabulary", () => {
  const vocab = ["da", "dai", "dan", "dang", "dat", "nang", "ninh"];

  it("termIndex() finds a word and prefixRange() the words it starts", () => {
    expect(termIndex(vocab, "dan")).toBe(2);
    expect(termIndex(vocab, "do")).toBe(-1);
    expect(prefixRange(vocab, "dan")).toEqual([2, 4]);
    expect(prefixRange(vocab, "n")).toEqual([5, 7]);
    expect(prefixRange(vocab, "x")).toEqual([7, 7]);
  });

  it("editDistance() counts a swap of neighbours as one typo and stops past the maximum", () => {
    expect(editDistance("dein", "dien", 2)).toBe(1);
    expect(editDistance("nang", "nagn", 2)).toBe(1);
    expect(editDistance("chinh", "chin", 2)).toBe(1);
    expect(editDistance("abcdef", "uvwxyz", 2)).toBe(3);
  });

  it("nearWords() forgives one typo in a short word, two in a long one, none under three letters", () => {
    expect(nearWords(vocab, "nagn", 5).map((n) => vocab[n.index])).toEqual(["nang"]);
    expect(nearWords(vocab, "dx", 5)).toEqual([]);
    expect(nearWords(["phuong", "phu"], "fhuonn", 5).map((n) => n.distance)).toEqual([2]);
    expect(nearWords(["chinh"], "chnhi", 5)).toEqual([]);
  });
});

describe("the packed index", () => {
  it("splits postings into shards of the asked size and documents into chunks, units first", () => {
    const unit = { ...doc("x", "x", "Đà Nẵng"), record: { ...doc("x", "x", "Đà Nẵng").record, kind: "province" as const, number: "" } };
    const files = packSearchIndex([...FIXTURE_CORPUS, unit], { shardChars: 60, docChunkSize: 3 });
    expect(files.meta.docStart).toBe(1);
    // Names come back as a set (their order never matters to ranking).
    const norm = (r: SearchRecord) => ({ ...r, names: [...r.names].sort() });
    expect(files.meta.small.map((r) => norm(unpackRecord(r)))).toEqual([norm(unit.record)]);
    expect(files.docs.flatMap((d) => d.records.map((r) => norm(unpackRecord(r))))).toEqual(FIXTURE_CORPUS.map((x) => norm(x.record)));
    expect(files.docs.map((d) => d.records.length)).toEqual([3, 3, 3, 1]);
    expect(files.shards.length).toBeGreaterThan(3);
    expect(files.meta.shardStarts).toEqual(files.shards.map((s) => s.start));
    // Every word's list holds the records the word occurs in: "dai" (đai) is in 76/NQ-CP's text, in 23/CT-TTg's and 5/KH-UBND's titles.
    const i = termIndex(files.meta.vocab, "dai");
    const shard = files.shards.filter((s) => s.start <= i).at(-1)!;
    const ids = decode(shard.postings[i - shard.start]!).map((v) => ({ id: (v >> 1) - 1, inName: (v & 1) === 1 }));
    expect(ids.map((x) => FIXTURE_CORPUS[x.id]!.record.number + (x.inName ? " title" : " text"))).toEqual(["76/NQ-CP text", "23/CT-TTg title", "5/KH-UBND title"]);
  });

  it("packRecord() stores a name that repeats the title, subtitle or number as a flag, not a copy", () => {
    const r = doc("17/NQ-CP", "Nghị quyết", "Chính phủ điện tử").record;
    const p = packRecord(r);
    expect(p.n).toBe(1 | 2 | 4);
    expect(p.more).toEqual([]);
    expect(JSON.stringify(p).split("Chính phủ điện tử").length - 1).toBe(1);
    const other = packRecord({ ...r, names: ["Resolution 17/NQ-CP", "17/NQ-CP"] });
    expect([other.n, other.more]).toEqual([4, ["Resolution 17/NQ-CP"]]);
    expect(unpackRecord(other).names.sort()).toEqual(["17/NQ-CP", "Resolution 17/NQ-CP"]);
  });

  it("names each file once: meta, s0…, d0…", () => {
    const names = searchFileEntries(packSearchIndex(FIXTURE_CORPUS, { shardChars: 60, docChunkSize: 3 })).map(([n]) => n);
    expect(names[0]).toBe("meta");
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => n.startsWith("d"))).toEqual(["d0", "d1", "d2", "d3"]);
  });

  it("fetches only the shards and document chunks a query needs, and each once", async () => {
    const ix = await openPacked(FIXTURE_CORPUS, { shardChars: 60, docChunkSize: 3 });
    const total = packSearchIndex(FIXTURE_CORPUS, { shardChars: 60, docChunkSize: 3 });
    await search(ix, "766/QD-TTg");
    const first = [...ix.names];
    expect(first[0]).toBe("meta");
    expect(first.filter((n) => n.startsWith("s")).length).toBeLessThan(total.shards.length);
    expect(first).toContain("d2"); // 766/QĐ-TTg is the 9th document
    await search(ix, "766/QD-TTg");
    expect(ix.names).toEqual(first);
  });
});
