// `npm run release` over a copy of the fixture data: it freezes a version, refuses what must not
// be published, and a correction release diffs to exactly the cell that changed.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { PACKAGES } from "../../src/lib/load/index.ts";
import { directoryReader } from "../../src/lib/load/fs.ts";
import { loadReleases } from "../../src/lib/releases/check.ts";
import { diffCsv, diffReleases, groupByReason } from "../../src/lib/releases/release-diff.ts";
import { release, type ReleaseIO, type ReleaseRequest } from "../../scripts/lib/release.ts";
import { VALID_DATA } from "../helpers/fixtures.ts";

let dir = "";
let io: ReleaseIO;
beforeEach(() => {
  dir = join(mkdtempSync(join(tmpdir(), "minh-bach-release-")), "data");
  cpSync(VALID_DATA, dir, { recursive: true });
  io = {
    reader: directoryReader(dir),
    write(path, text) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    },
  };
});

const first = (dataset: string): ReleaseRequest => ({ dataset, version: "1.0.0", date: "2026-11-22", note: { en: "First", vi: "Đầu tiên" }, changes: [] });
const publishAll = () => { for (const d of PACKAGES) expect(release(io, first(d))).toMatchObject({ ok: true }); };
const read = (p: string) => readFileSync(join(dir, p), "utf8");
const errorsOf = (r: ReturnType<typeof release>) => (r.ok ? [] : r.errors).join("\n");

describe("release()", () => {
  it("freezes every file of the dataset byte for byte, with a manifest and a ledger row", () => {
    const r = release(io, first("papi"));
    expect(r.ok).toBe(true);
    for (const f of ["values.csv", "codebook.csv", "published_check.csv", "datapackage.json"]) expect(read(`releases/papi/1.0.0/${f}`)).toBe(read(`papi/${f}`));
    const manifest = JSON.parse(read("releases/papi/1.0.0/manifest.json")) as { files: { path: string; rows: number | null }[]; downloads: { path: string }[] };
    expect(manifest.files.map((f) => [f.path, f.rows])).toEqual([["codebook.csv", 4], ["datapackage.json", null], ["published_check.csv", 1], ["sources.csv", 4], ["values.csv", 4]]);
    expect(manifest.downloads.map((d) => d.path)).toContain("values.excel.csv");
    expect(read("releases/releases.csv")).toMatch(/^dataset,version,date,manifest_sha256\npapi,1\.0\.0,2026-11-22,[0-9a-f]{64}\n$/);
  });

  it("cuts sources.csv down to the sources the dataset cites, and what they were derived from", () => {
    release(io, first("papi"));
    const ids = read("releases/papi/1.0.0/sources.csv").split("\n").slice(1, -1).map((l) => l.split(",")[0]);
    // papi-a3-2020 is cited by no row: papi-derived-2020 was derived from it. units-b1 is not papi's.
    expect(ids).toEqual(["papi-a1-2011", "papi-a3-2020", "papi-derived-2020", "news-vnp"]);
  });

  it("leaves intact releases that the checker accepts once every dataset is published", () => {
    publishAll();
    const set = loadReleases(io.reader, PACKAGES);
    expect([set.errors, set.unreleased]).toEqual([[], []]);
    expect(set.releases.map((r) => r.manifest.dataset)).toEqual([...PACKAGES]);
  });

  it("refuses when nothing changed, or the version is not above the last", () => {
    release(io, first("papi"));
    const change = { reason: "correction" as const, en: "x", vi: "y", files: null };
    expect(errorsOf(release(io, { ...first("papi"), version: "1.0.1", changes: [change] }))).toMatch(/nothing changed in papi since 1\.0\.0/);
    writeFileSync(join(dir, "papi/values.csv"), read("papi/values.csv").replace("36.40502", "36.40503"));
    expect(errorsOf(release(io, { ...first("papi"), version: "1.0.0", changes: [change] }))).toMatch(/not greater than the last release, 1\.0\.0/);
    expect(errorsOf(release(io, { ...first("papi"), version: "0.9.9", changes: [change] }))).toMatch(/not greater/);
  });

  it("refuses data that do not validate, and writes nothing", () => {
    writeFileSync(join(dir, "papi/values.csv"), read("papi/values.csv").replace("36.40502", "\"36,40502\""));
    expect(errorsOf(release(io, first("papi")))).toMatch(/do not validate[\s\S]*papi\/values\.csv:2:value: type/);
    expect(existsSync(join(dir, "releases"))).toBe(false);
  });

  it("asks every later release what changed and why, with a reason from the fixed list", () => {
    release(io, first("papi"));
    writeFileSync(join(dir, "papi/values.csv"), read("papi/values.csv").replace("empty row in source file", "empty row in the source file"));
    expect(errorsOf(release(io, { ...first("papi"), version: "1.0.1" }))).toMatch(/say what changed since 1\.0\.0 and why/);
    expect(errorsOf(release(io, { ...first("papi"), version: "1.0.1", changes: [{ reason: "typo" as never, en: "x", vi: "y", files: null }] }))).toMatch(/"typo" is not a reason/);
    expect(errorsOf(release(io, { ...first("papi"), version: "1.0.1", changes: [{ reason: "correction", en: "x", vi: "", files: null }] }))).toMatch(/Vietnamese/);
  });

  it("makes a correction release whose diff is exactly the changed cell, under its reason", () => {
    // The fixture's descriptor declares no key; the real ones do.
    const pkg = JSON.parse(read("papi/datapackage.json")) as { resources: { path: string; schema: Record<string, unknown> }[] };
    pkg.resources.find((r) => r.path === "values.csv")!.schema["primaryKey"] = ["edition", "unit", "indicator", "source"];
    writeFileSync(join(dir, "papi/datapackage.json"), `${JSON.stringify(pkg, null, 2)}\n`);
    release(io, first("papi"));
    writeFileSync(join(dir, "papi/values.csv"), read("papi/values.csv").replace("empty row in source file", "empty row in the source file"));
    const r = release(io, { ...first("papi"), version: "1.0.1", note: null, changes: [{ reason: "correction", en: "Note fixed", vi: "Sửa ghi chú", files: null }] });
    expect(r.ok).toBe(true);
    expect(JSON.parse(read("papi/datapackage.json")).version).toBe("1.0.1");
    const set = loadReleases(io.reader, PACKAGES);
    expect(set.errors).toEqual([]);
    const [v100, v101] = set.releases.filter((x) => x.manifest.dataset === "papi");
    expect(v101!.manifest.changes).toEqual([{ reason: "correction", en: "Note fixed", vi: "Sửa ghi chú", files: ["values.csv"] }]);
    const diff = diffReleases(v100!, v101!);
    expect(diff.tables.map((t) => [t.file, t.added.length, t.removed.length, t.changed])).toEqual([
      ["values.csv", 0, 0, [{ key: { edition: "2011", unit: "vn63-52", indicator: "d1", source: "papi-a1-2011" }, column: "note", before: "empty row in source file", after: "empty row in the source file" }]],
    ]);
    expect(diff.descriptor).toEqual([]);
    expect(groupByReason(v101!.manifest.changes, diff).map((g) => [g.reason, g.tables.length])).toEqual([["correction", 1]]);
    // Two reasons naming one file: its diff is shown under the first, the second points to it.
    const twice = [
      { reason: "methodology" as const, en: "m", vi: "m", files: ["values.csv"] },
      { reason: "correction" as const, en: "c", vi: "c", files: ["values.csv"] },
    ];
    expect(groupByReason(twice, diff).map((g) => [g.reason, g.tables.map((t) => t.file), g.shownAbove])).toEqual([
      ["correction", ["values.csv"], []],
      ["methodology", [], ["values.csv"]],
    ]);
    expect(diffCsv(v101!.manifest.changes, diff)).toBe(
      "reasons,file,change,key,column,old_value,new_value\n" +
      "correction,values.csv,cell_changed,edition=2011 | unit=vn63-52 | indicator=d1 | source=papi-a1-2011,note,empty row in source file,empty row in the source file\n");
  });
});

describe("npm run release (the command line)", () => {
  const cli = (...args: string[]) => spawnSync(process.execPath, ["scripts/release.ts", ...args, "--data", dir, "--date", "2026-11-22"], { encoding: "utf8" });

  it("releases with --note/--note-vi, then a correction with --reason, and says what it did", () => {
    const a = cli("sipas", "1.0.0", "--note", "First", "--note-vi", "Đầu tiên");
    expect(a.stderr).toBe("");
    expect(a.stdout).toMatch(/^released sipas 1\.0\.0 \(2026-11-22\): 4 files frozen/);
    writeFileSync(join(dir, "sipas/codebook.csv"), read("sipas/codebook.csv").replace(/\n$/, "") + "\n");
    const none = cli("sipas", "1.0.1", "--reason", "correction", "--note", "x", "--note-vi", "y");
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/nothing changed/);
  });

  it("prints its usage on a missing version", () => {
    const r = cli("sipas");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^usage: npm run release/);
  });
});
