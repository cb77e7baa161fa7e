import { describe, expect, it } from "vitest";
import { loadData } from "../../../src/lib/load/index.ts";
import { directoryReader } from "../../../src/lib/load/fs.ts";
import { VALID_DATA, fixtureBytes, overlayReader } from "../../helpers/fixtures.ts";

/** [fixture in tests/fixtures/bad, file it replaces, expected row, column, code] */
const CASES: [string, string, number, string, string][] = [
  ["not-utf8.units.csv", "reference/units.csv", 3, "", "encoding"],
  ["bom.units.csv", "reference/units.csv", 1, "id", "bom"],
  ["missing-column.papi-values.csv", "papi/values.csv", 1, "status", "missing_column"],
  ["duplicate-column.papi-values.csv", "papi/values.csv", 1, "note", "duplicate_column"],
  ["unknown-column.papi-values.csv", "papi/values.csv", 1, "comment", "unknown_column"],
  ["ragged-row.papi-values.csv", "papi/values.csv", 3, "", "ragged_row"],
  ["unclosed-quote.papi-values.csv", "papi/values.csv", 3, "", "unclosed_quote"],
  ["blank-row.papi-values.csv", "papi/values.csv", 3, "", "blank_row"],
  ["type-text.papi-values.csv", "papi/values.csv", 2, "value", "type"],
  ["type-comma.papi-values.csv", "papi/values.csv", 3, "value", "type"],
  ["out-of-range.papi-values.csv", "papi/values.csv", 3, "value", "out_of_range"],
  ["enum.papi-values.csv", "papi/values.csv", 2, "status", "enum"],
  ["duplicate-key.papi-values.csv", "papi/values.csv", 6, "edition+unit+indicator+source", "duplicate_key"],
  ["unknown-unit.papi-values.csv", "papi/values.csv", 3, "unit", "unknown_unit"],
  ["unknown-indicator.papi-values.csv", "papi/values.csv", 3, "indicator", "unknown_indicator"],
  ["unknown-source.papi-values.csv", "papi/values.csv", 3, "source", "unknown_source"],
  ["unit-not-valid.papi-values.csv", "papi/values.csv", 5, "unit", "unit_not_valid"],
  ["edition-out-of-span.papi-values.csv", "papi/values.csv", 3, "edition", "edition_out_of_span"],
  ["missing-status.papi-values.csv", "papi/values.csv", 4, "status", "missing_status"],
  ["unit-not-valid.procedures-values.csv", "procedures/values.csv", 3, "unit", "unit_not_valid"],
];

describe("loadData() on bad input", () => {
  it("accepts the valid fixture directory it is compared against", () => {
    expect(loadData(directoryReader(VALID_DATA)).ok).toBe(true);
  });

  it.each(CASES)("rejects %s with the file, row, column and code of the fault", (fixture, target, row, column, code) => {
    const result = loadData(overlayReader({ [target]: fixtureBytes(`bad/${fixture}`) }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual(expect.objectContaining({ file: target, row, column, code }));
    // One fault, one error: nothing else in the directory is blamed.
    expect(result.errors.map((e) => `${e.file}:${e.row}:${e.column}:${e.code}`)).toEqual([`${target}:${row}:${column}:${code}`]);
  });

  it("explains a decimal comma instead of only calling it not a number", () => {
    const result = loadData(overlayReader({ "papi/values.csv": fixtureBytes("bad/type-comma.papi-values.csv") }));
    expect(result.ok ? "" : result.errors[0]?.message).toMatch(/dot as the decimal mark/);
  });

  it("reports every fault of a directory in one run, not only the first", () => {
    const result = loadData(overlayReader({
      "papi/values.csv": fixtureBytes("bad/type-text.papi-values.csv"),
      "reference/units.csv": fixtureBytes("bad/bom.units.csv"),
    }));
    expect(result.ok ? [] : result.errors.map((e) => e.code).sort()).toEqual(["bom", "type"]);
  });
});
