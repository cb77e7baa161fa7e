import { describe, expect, it } from "vitest";
import { parseCsv } from "../../../src/lib/csv/parse.ts";
import { utf8 } from "../../helpers/fixtures.ts";

describe("parseCsv()", () => {
  it("keeps every cell a string, so the code \"01\" stays \"01\"", () => {
    const p = parseCsv(utf8("code,value\n01,1.50\n"), "t.csv");
    expect(p.records).toEqual([["01", "1.50"]]);
    expect(p.errors).toEqual([]);
  });

  it("reads quoted commas, quotes and newlines, and numbers records by the line they start on", () => {
    const p = parseCsv(utf8('a,b\n"x, y","say ""hi"""\n"two\nlines",z\nlast,row\n'), "t.csv");
    expect(p.records).toEqual([["x, y", 'say "hi"'], ["two\nlines", "z"], ["last", "row"]]);
    expect(p.lines).toEqual([2, 3, 5]);
  });

  it("normalises text to NFC, so a decomposed \"Đà Nẵng\" equals the composed one", () => {
    const decomposed = "Đà Nẵng".normalize("NFD");
    const p = parseCsv(utf8(`name\n${decomposed}\n`), "t.csv");
    expect(p.records[0]?.[0]).toBe("Đà Nẵng".normalize("NFC"));
  });

  it("accepts a file without a final newline", () => {
    expect(parseCsv(utf8("a\n1"), "t.csv").records).toEqual([["1"]]);
  });

  it("rejects CRLF line ends, naming the first line that has one", () => {
    const p = parseCsv(utf8("a,b\n1,2\r\n3,4\r\n"), "t.csv");
    expect(p.errors).toEqual([expect.objectContaining({ row: 2, code: "line_ending" })]);
  });

  it("rejects an empty file", () => {
    expect(parseCsv(new Uint8Array(), "t.csv").errors.map((e) => e.code)).toEqual(["empty_file"]);
  });

  it("drops a ragged record from the table and reports its line", () => {
    const p = parseCsv(utf8("a,b\n1\n2,3\n"), "t.csv");
    expect(p.records).toEqual([["2", "3"]]);
    expect(p.errors).toEqual([expect.objectContaining({ row: 2, code: "ragged_row" })]);
  });
});
