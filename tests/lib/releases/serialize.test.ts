// Downloads that open right in a spreadsheet and read back to the same cells.
import { describe, expect, it } from "vitest";
import { readExcelCsv } from "../../helpers/excel.ts";
import { excelCsv, fieldTypes, jsonRecords, keyOf, neutralise, readTable, typedRecord, unneutralise } from "../../../src/lib/releases/serialize.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);
const TYPES = new Map([["value", "number"], ["rank", "integer"], ["date", "date"]] as const);
const table = {
  header: ["unit", "value", "rank", "date", "note"],
  records: [
    ["Thừa Thiên Huế", "-0.5", "1", "2024-04-17", "=1+1"],
    ["Bà Rịa – Vũng Tàu", "40.6146", "", "", "-3.84 vs 2020"],
    ["@x", "46.0400", "2", "", "+84 \"quoted\", with comma\nand a line"],
    ["\tTab", "5", "3", "", "\rCR"],
  ],
};

describe("neutralise()", () => {
  it("leads text beginning with = + - @ tab or CR with an apostrophe, and leaves other text alone", () => {
    expect(["=1+1", "+84", "-3", "@SUM(A1)", "\tx", "\rx"].map(neutralise)).toEqual(["'=1+1", "'+84", "'-3", "'@SUM(A1)", "'\tx", "'\rx"]);
    expect(["Hà Nội", "'quoted", "1=1", ""].map(neutralise)).toEqual(["Hà Nội", "'quoted", "1=1", ""]);
  });

  it("is undone by unneutralise() for every neutralised cell", () => {
    for (const c of ["=1+1", "-x", "Hà Nội", "'=", "@"]) expect(unneutralise(neutralise(c))).toBe(c === "'=" ? "=" : c);
  });
});

describe("excelCsv()", () => {
  const bytes = utf8(excelCsv(table, TYPES));

  it("starts with the UTF-8 byte-order mark and ends every line with CRLF", () => {
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const read = readExcelCsv(bytes);
    expect([read.bom, read.crlf]).toEqual([true, true]);
    expect(read.header).toEqual(table.header);
  });

  it("neutralises formula-like text cells but never touches a number (-0.5 stays a number)", () => {
    const { records } = readExcelCsv(bytes);
    expect(records[0]).toEqual(["Thừa Thiên Huế", "-0.5", "1", "2024-04-17", "'=1+1"]);
    expect(records[1]![4]).toBe("'-3.84 vs 2020");
    expect(records[2]![0]).toBe("'@x");
    expect(records[3]!.slice(0, 1).concat(records[3]!.slice(4))).toEqual(["'\tTab", "'\rCR"]);
  });

  it("reads back to the original cells, Vietnamese text byte for byte, once un-neutralised", () => {
    const back = readExcelCsv(bytes).records.map((r) => r.map(unneutralise));
    expect(back).toEqual(table.records);
    expect(utf8(back[1]![0]!)).toEqual(utf8("Bà Rịa – Vũng Tàu"));
  });
});

describe("jsonRecords()", () => {
  it("gives numbers for number and integer columns, null for empty cells, text as is", () => {
    const json = JSON.parse(jsonRecords(table, TYPES)) as Record<string, unknown>[];
    expect(json[0]).toEqual({ unit: "Thừa Thiên Huế", value: -0.5, rank: 1, date: "2024-04-17", note: "=1+1" });
    expect(json[1]).toEqual({ unit: "Bà Rịa – Vũng Tàu", value: 40.6146, rank: null, date: null, note: "-3.84 vs 2020" });
    expect(Object.keys(json[0]!)).toEqual(table.header);
  });

  it("writes an empty table as []", () => {
    expect(jsonRecords({ header: ["a"], records: [] }, new Map())).toBe("[]\n");
  });

  it("typedRecord() keeps a string column's leading zeros", () => {
    expect(typedRecord(["code"], ["01"], new Map())).toEqual({ code: "01" });
  });
});

describe("descriptors", () => {
  const descriptor = {
    resources: [
      { path: "values.csv", schema: { fields: [{ name: "value", type: "number" }, { name: "unit", type: "string" }], primaryKey: ["unit"] } },
      { path: "check.csv", schema: { fields: [], uniqueKeys: [["a", "b"]] } },
      { path: "plain.csv", schema: { fields: [] } },
    ],
  };

  it("fieldTypes() reads a resource's column types", () => {
    expect([...fieldTypes(descriptor, "values.csv")]).toEqual([["value", "number"], ["unit", "string"]]);
    expect(fieldTypes(descriptor, "nope.csv").size).toBe(0);
  });

  it("keyOf() takes the primary key, else the first unique key, else none", () => {
    expect(keyOf(descriptor, "values.csv")).toEqual(["unit"]);
    expect(keyOf(descriptor, "check.csv")).toEqual(["a", "b"]);
    expect(keyOf(descriptor, "plain.csv")).toBeNull();
  });

  it("readTable() refuses a file the strict parser rejects", () => {
    expect(() => readTable(utf8("a,b\n1\n"), "bad.csv")).toThrow(/bad\.csv: 2:/);
  });
});
