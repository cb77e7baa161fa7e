import { describe, expect, it } from "vitest";
import { loadData } from "../../../src/lib/load/index.ts";
import { overlayReader, utf8 } from "../../helpers/fixtures.ts";

const errorsWith = (tiles63: string) => {
  const r = loadData(overlayReader({ "reference/tiles-63.csv": utf8(tiles63) }));
  return r.ok ? [] : r.errors.map((e) => `${e.file}:${e.row}:${e.column}:${e.code}`);
};

describe("tile layouts", () => {
  it("reject a tile for a unit of the other frame", () => {
    expect(errorsWith("unit,row,col,label\nvn63-01,0,0,HN\nvn63-52,2,1,BĐ\nvn63-64,2,0,GL\nvn34-01,3,0,HN\n")).toEqual(["reference/tiles-63.csv:5:unit:inconsistent"]);
  });

  it("reject two tiles on one cell", () => {
    expect(errorsWith("unit,row,col,label\nvn63-01,0,0,HN\nvn63-52,2,0,BĐ\nvn63-64,2,0,GL\n")).toEqual(["reference/tiles-63.csv:4:col:duplicate_key"]);
  });

  it("reject a layout that leaves a unit of its frame without a tile", () => {
    expect(errorsWith("unit,row,col,label\nvn63-01,0,0,HN\nvn63-52,2,1,BĐ\n")).toEqual(["reference/tiles-63.csv:0:unit:inconsistent"]);
  });
});
