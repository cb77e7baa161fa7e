// Adding an edition from an official wide table, as the README tells a data editor to.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { VALID_DATA } from "../helpers/fixtures.ts";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "minh-bach-edition-"));
  cpSync(VALID_DATA, join(dir, "data"), { recursive: true });
});

function run(table: string, ...args: string[]) {
  writeFileSync(join(dir, "table.csv"), table);
  return spawnSync(process.execPath, ["scripts/add-edition.ts", "--data", join(dir, "data"), "--file", join(dir, "table.csv"), "--dataset", "par-index", "--source", "news-vnp", ...args], { encoding: "utf8" });
}
const values = () => readFileSync(join(dir, "data/par-index/values.csv"), "utf8");

describe("npm run add-edition", () => {
  it("appends one long row per cell, resolving ids, codes and names, and keeps printed ranks", () => {
    const before = values();
    const r = run("unit,total,rank:total\nvn63-01,92.57,3\n52,\"84,10\",12/63\nGia Lai,80.5,\n", "--edition", "2024", "--decimal-comma");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(values()).toBe(before +
      "2024,vn63-01,total,92.57,reported,3,,,news-vnp,\n" +
      "2024,vn63-52,total,84.10,reported,12,63,,news-vnp,\n" +
      "2024,vn63-64,total,80.5,reported,,,,news-vnp,\n");
  });

  it("refuses an empty cell unless told why it is empty", () => {
    const r = run("unit,total\nvn63-01,\n", "--edition", "2024");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/table\.csv:2:total: missing_status/);
    const ok = run("unit,total\nvn63-01,\n", "--edition", "2024", "--missing", "not_published");
    expect(ok.status).toBe(0);
    expect(values()).toContain("2024,vn63-01,total,,not_published,,,,news-vnp,\n");
  });

  it("refuses a code that names two units in the merger year and asks for the id", () => {
    const r = run("unit,total\n52,80\n", "--edition", "2025");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/"52" names 2 units in 2025 \(vn63-52, vn34-52\): use the unit id/);
  });

  it("writes nothing when the new rows make the directory invalid (a value out of range)", () => {
    const before = values();
    const r = run("unit,total\nvn63-01,101\n", "--edition", "2024");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/not written.*\n.*par-index\/values\.csv:\d+:value: out_of_range/);
    expect(values()).toBe(before);
  });

  it("refuses an indicator the codebook does not know", () => {
    const r = run("unit,c9\nvn63-01,1\n", "--edition", "2024");
    expect(r.stderr).toMatch(/table\.csv:1:c9: unknown_indicator/);
  });
});
