// The build's loader must stop the build on bad data, naming every error, and must never leave
// a shorter table behind. Astro's built-in file() loader logs and carries on; ours throws.
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DataValidationError, formatError } from "../../../src/lib/csv/errors.ts";
import { dataLoader } from "../../../src/lib/load/content-loader.ts";
import { VALID_DATA, fixtureBytes } from "../../helpers/fixtures.ts";

function fakeContext() {
  const entries = new Map<string, unknown>();
  const ctx = {
    store: { clear: () => entries.clear(), set: ({ id, data }: { id: string; data: unknown }) => entries.set(id, data) },
    logger: { info: () => {} },
  };
  return { entries, ctx: ctx as unknown as Parameters<ReturnType<typeof dataLoader>["load"]>[0] };
}

describe("dataLoader()", () => {
  it("stores one validated entry per data package", async () => {
    const { entries, ctx } = fakeContext();
    await dataLoader(VALID_DATA).load(ctx);
    expect([...entries.keys()].sort()).toEqual(["directives", "papi", "par-index", "procedures", "reference", "sipas"]);
  });

  it("throws with every error in path:row:column: code form and stores nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "minh-bach-loader-"));
    cpSync(VALID_DATA, dir, { recursive: true });
    writeFileSync(join(dir, "papi/values.csv"), fixtureBytes("bad/type-text.papi-values.csv"));
    writeFileSync(join(dir, "reference/units.csv"), fixtureBytes("bad/bom.units.csv"));
    const { entries, ctx } = fakeContext();
    const error = await dataLoader(dir).load(ctx).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(DataValidationError);
    const lines = (error as DataValidationError).dataErrors.map(formatError);
    expect(lines).toEqual([
      `${dir}/papi/values.csv:2:value: type: "abc" is not a number`,
      `${dir}/reference/units.csv:1:id: bom: the file starts with a byte-order mark (BOM); save as UTF-8 without BOM`,
    ]);
    expect((error as Error).message).toContain(lines[0]);
    expect(entries.size).toBe(0);
  });
});
