import { describe, expect, it } from "vitest";
import { diffTables, isEmptyDiff, keyText } from "../../../src/lib/releases/diff.ts";

const t = (header: string[], ...records: string[][]) => ({ header, records });
const H = ["edition", "unit", "value", "note"];

describe("diffTables()", () => {
  it("matches rows by key and reports added rows, removed rows and each changed cell old → new", () => {
    const before = t(H, ["2021", "a", "1.5", ""], ["2021", "b", "2", "x"], ["2021", "c", "3", ""]);
    const after = t(H, ["2021", "b", "2", "y"], ["2021", "a", "1.5", ""], ["2022", "a", "4", ""]);
    const d = diffTables("v.csv", before, after, ["edition", "unit"]);
    expect(d.added).toEqual([{ edition: "2022", unit: "a", value: "4", note: "" }]);
    expect(d.removed).toEqual([{ edition: "2021", unit: "c", value: "3", note: "" }]);
    expect(d.changed).toEqual([{ key: { edition: "2021", unit: "b" }, column: "note", before: "x", after: "y" }]);
  });

  it("treats a change of notation as a change: the file's text is what was published", () => {
    const d = diffTables("v.csv", t(H, ["2021", "a", "84.10", ""]), t(H, ["2021", "a", "84.1", ""]), ["edition", "unit"]);
    expect(d.changed.map((c) => [c.before, c.after])).toEqual([["84.10", "84.1"]]);
  });

  it("reports added and removed columns and compares the columns both tables have", () => {
    const d = diffTables("v.csv", t(["id", "a", "gone"], ["1", "x", "z"]), t(["id", "a", "new"], ["1", "y", "w"]), ["id"]);
    expect([d.columnsAdded, d.columnsRemoved]).toEqual([["new"], ["gone"]]);
    expect(d.changed).toEqual([{ key: { id: "1" }, column: "a", before: "x", after: "y" }]);
  });

  it("without a key matches whole rows, so a changed row is one removed and one added", () => {
    const d = diffTables("v.csv", t(["a", "b"], ["1", "2"], ["1", "2"]), t(["a", "b"], ["1", "2"], ["1", "3"]), null);
    expect(d.key).toEqual(["a", "b"]);
    expect([d.added, d.removed, d.changed]).toEqual([[{ a: "1", b: "3" }], [{ a: "1", b: "2" }], []]);
  });

  it("finds nothing between equal tables", () => {
    expect(isEmptyDiff(diffTables("v.csv", t(H, ["1", "a", "", ""]), t(H, ["1", "a", "", ""]), ["edition"]))).toBe(true);
  });

  it("keyText() writes a key as column=value pairs", () => {
    expect(keyText({ edition: "2021", unit: "vn63-77" })).toBe("edition=2021 | unit=vn63-77");
  });
});
