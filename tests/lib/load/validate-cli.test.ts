// `npm run validate` as a person runs it: a copy of data/ with one corrupted cell must fail with
// a line naming that file, row and column.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const copy = mkdtempSync(join(tmpdir(), "minh-bach-data-"));
afterAll(() => rmSync(copy, { recursive: true, force: true }));
const validate = (...args: string[]) => spawnSync(process.execPath, ["scripts/validate.ts", ...args], { encoding: "utf8" });

describe("npm run validate", () => {
  it("passes on data/ with a one-line summary", () => {
    const out = execFileSync(process.execPath, ["scripts/validate.ts"], { encoding: "utf8" });
    expect(out.trim().split("\n")).toHaveLength(1);
    expect(out).toMatch(/^data\/ is valid: 6 packages \(\d+ releases intact\), \d+ values/);
  });

  it("fails on a copy of data/ with one corrupted cell, naming its file, row and column", () => {
    cpSync("data", copy, { recursive: true });
    const file = join(copy, "papi/values.csv");
    const lines = readFileSync(file, "utf8").split("\n");
    const header = lines[0]!.split(",");
    const at = lines.findIndex((l, i) => i > 100 && /^\d{4},vn63-\d\d,total,\d/.test(l));
    const cells = lines[at]!.split(",");
    cells[header.indexOf("value")] = '"46,04"';
    lines[at] = cells.join(",");
    writeFileSync(file, lines.join("\n"));

    const r = validate("--data", copy);
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split("\n")).toEqual([`${copy}/papi/values.csv:${at + 1}:value: type: "46,04" is not a number: use a dot as the decimal mark ("46.04")`]);
  });

  it("says so when the directory does not exist", () => {
    const r = validate("--data", join(copy, "nope"));
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/missing_file: data directory not found/);
  });
});
