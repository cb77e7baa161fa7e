// Frozen means frozen: over a copy of the real data/, a changed or vanished frozen file, an
// edited manifest or an unreleased edit each fail with the file and the release named, and
// `npm run validate` (a stage of npm test) fails with them.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatError } from "../../../src/lib/csv/errors.ts";
import { PACKAGES } from "../../../src/lib/load/index.ts";
import { directoryReader } from "../../../src/lib/load/fs.ts";
import { loadReleases } from "../../../src/lib/releases/check.ts";

const copy = () => {
  const dir = join(mkdtempSync(join(tmpdir(), "minh-bach-frozen-")), "data");
  cpSync("data", dir, { recursive: true });
  return dir;
};
const problems = (dir: string) => {
  const set = loadReleases(directoryReader(dir), PACKAGES);
  return [...set.errors, ...set.unreleased].map(formatError);
};

describe("the releases in data/", () => {
  const set = loadReleases(directoryReader("data"), PACKAGES);

  it("are intact, and the working data are exactly the latest release of each dataset", () => {
    expect(set.errors.map(formatError)).toEqual([]);
    expect(set.unreleased.map(formatError)).toEqual([]);
  });

  it("publish every dataset as 1.0.0, PAPI's correction as 1.0.1 and the directives' revision as 2.0.0", () => {
    expect(set.releases.map((r) => `${r.manifest.dataset} ${r.manifest.version}`)).toEqual([...PACKAGES.map((d) => `${d} 1.0.0`), "papi 1.0.1", "directives 2.0.0"]);
    const fix = set.releases.find((r) => r.manifest.dataset === "papi" && r.manifest.version === "1.0.1")!.manifest;
    expect(fix.changes.map((c) => [c.reason, c.files])).toEqual([["correction", ["published_check.csv"]]]);
    const dir = set.releases.at(-1)!.manifest;
    expect(dir.previous).toBe("1.0.0");
    expect(dir.changes.map((c) => c.reason)).toEqual(["methodology", "correction", "correction", "methodology"]);
    expect(dir.changes.every((c) => c.en !== "" && c.vi !== "")).toBe(true);
  });
});

describe("a copy of data/ with a frozen file touched", () => {
  it("fails naming the file and the release when one byte of a frozen file changes", () => {
    const dir = copy();
    const file = join(dir, "releases/papi/1.0.0/values.csv");
    writeFileSync(file, readFileSync(file, "utf8").replace("2011,vn63-01,total,", "2011,vn63-01,total, "));
    expect(problems(dir)).toEqual([expect.stringMatching(/^releases\/papi\/1\.0\.0\/values\.csv:0:: frozen_file: changed since release papi 1\.0\.0: sha256 [0-9a-f]{64}/)]);
  });

  it("fails naming the file and the release when a frozen file disappears", () => {
    const dir = copy();
    rmSync(join(dir, "releases/par-index/1.0.0/codebook.csv"));
    expect(problems(dir)).toEqual([expect.stringMatching(/^releases\/par-index\/1\.0\.0\/codebook\.csv:0:: frozen_file: disappeared: frozen in release par-index 1\.0\.0/)]);
  });

  it("catches a manifest edited to match a changed file, through the ledger's hash", () => {
    const dir = copy();
    const manifest = join(dir, "releases/sipas/1.0.0/manifest.json");
    writeFileSync(manifest, readFileSync(manifest, "utf8").replace('"rows": ', '"rows":  '));
    expect(problems(dir)).toEqual([expect.stringMatching(/^releases\/sipas\/1\.0\.0\/manifest\.json:0:: frozen_file: changed since release sipas 1\.0\.0/)]);
  });

  it("refuses a file added to a frozen release", () => {
    const dir = copy();
    writeFileSync(join(dir, "releases/sipas/1.0.0/extra.csv"), "a\n1\n");
    expect(problems(dir)).toEqual([expect.stringMatching(/^releases\/sipas\/1\.0\.0\/extra\.csv:0:: frozen_file: not part of release sipas 1\.0\.0/)]);
  });

  it("refuses a working edit that was never released, saying how to release it", () => {
    const dir = copy();
    const file = join(dir, "sipas/values.csv");
    writeFileSync(file, readFileSync(file, "utf8").replace(/,([^,\n]*)\n$/, ",$1 (edited)\n"));
    expect(problems(dir)).toEqual([expect.stringMatching(/^sipas\/values\.csv:0:: release: differs from release sipas 1\.0\.0 .*npm run release -- sipas <version after 1\.0\.0>/)]);
  });

  it("makes npm run validate fail with the file and the release", () => {
    const dir = copy();
    const file = join(dir, "releases/directives/1.0.0/documents.csv");
    writeFileSync(file, readFileSync(file, "utf8").replace("Quảng Trị", "Quang Tri"));
    const r = spawnSync(process.execPath, ["scripts/validate.ts", "--data", dir], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${dir}/releases/directives/1.0.0/documents.csv:0:: frozen_file: changed since release directives 1.0.0`);
  });
});
