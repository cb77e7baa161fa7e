// The build must stop on bad data, naming every error, and never publish a shorter table:
// loadSiteData (what src/lib/data calls once per build) throws with every error, or returns one
// validated entry per data package.
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DataValidationError, formatError } from "../../../src/lib/csv/errors.ts";
import { loadSiteData } from "../../../src/lib/load/site-data.ts";
import { VALID_DATA, fixtureBytes } from "../../helpers/fixtures.ts";

describe("loadSiteData()", () => {
  it("gives one validated entry per data package", () => {
    expect(Object.keys(loadSiteData(VALID_DATA)).sort()).toEqual(["directives", "papi", "par-index", "procedures", "reference", "sipas"]);
  });

  it("throws with every error in path:row:column: code form, and returns nothing", () => {
    const dir = mkdtempSync(join(tmpdir(), "minh-bach-loader-"));
    cpSync(VALID_DATA, dir, { recursive: true });
    writeFileSync(join(dir, "papi/values.csv"), fixtureBytes("bad/type-text.papi-values.csv"));
    writeFileSync(join(dir, "reference/units.csv"), fixtureBytes("bad/bom.units.csv"));
    let error: unknown = null;
    try {
      loadSiteData(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataValidationError);
    const lines = (error as DataValidationError).dataErrors.map(formatError);
    expect(lines).toEqual([
      `${dir}/papi/values.csv:2:value: type: "abc" is not a number`,
      `${dir}/reference/units.csv:1:id: bom: the file starts with a byte-order mark (BOM); save as UTF-8 without BOM`,
    ]);
    expect((error as Error).message).toContain(lines[0]);
  });
});
