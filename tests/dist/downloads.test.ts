// Every download in dist/ against the release manifests: the bytes and hashes recorded when the
// release was made, the row counts, and a read back to the rows. The latest release's tables
// read back to exactly the validated rows the pages are built from.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { z } from "astro/zod";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/lib/csv/parse.ts";
import { PACKAGES, loadData, type DataBundle } from "../../src/lib/load/index.ts";
import { directoryReader } from "../../src/lib/load/fs.ts";
import { loadReleases, type FrozenRelease } from "../../src/lib/releases/check.ts";
import { sha256 } from "../../src/lib/releases/hash.ts";
import { fieldTypes, typedRecord, unneutralise } from "../../src/lib/releases/serialize.ts";
import { documentsSpec, targetsSpec } from "../../src/lib/schema/directives.ts";
import { checkTable } from "../../src/lib/schema/table.ts";
import { TABLES, codebookSpec, procedureValuesSpec, publishedCheckSpec, valuesSpec, type TableSpec } from "../../src/lib/schema/tables.ts";
import { readExcelCsv } from "../helpers/excel.ts";
import { expectNoProblems } from "../helpers/problems.ts";

const distDir = fileURLToPath(new URL("../../dist/", import.meta.url));
const built = existsSync(distDir);
const set = loadReleases(directoryReader("data"), PACKAGES);
const loaded = loadData(directoryReader("data"));
const bundle = (): DataBundle => {
  if (!loaded.ok) throw new Error("data/ does not validate");
  return loaded.data;
};
const served = (dataset: string, version: string, file: string) => new Uint8Array(readFileSync(`${distDir}data/${dataset}/${version}/${file}`));
const text = (b: Uint8Array) => new TextDecoder().decode(b);

const latestOf = new Map<string, FrozenRelease>();
for (const r of set.releases) latestOf.set(r.manifest.dataset, r);
const isLatest = (r: FrozenRelease) => latestOf.get(r.manifest.dataset) === r;

/** The current schema of a release's table, and the validated rows of the working data. */
function tableOf(dataset: string, path: string): { spec: TableSpec<z.ZodObject>; rows: () => unknown[] } | null {
  const b = () => bundle();
  const byFile: Record<string, [TableSpec<z.ZodObject>, () => unknown[]]> = {
    "reference/units.csv": [TABLES.units, () => b().units.rows], "reference/lineage.csv": [TABLES.lineage, () => b().lineage.rows],
    "reference/ministries.csv": [TABLES.ministries, () => b().ministries.rows], "reference/groups.csv": [TABLES.groups, () => b().groups.rows],
    "reference/agencies.csv": [TABLES.agencies, () => b().agencies.rows], "reference/tiles-63.csv": [TABLES.tiles63, () => b().tiles63.rows],
    "reference/tiles-34.csv": [TABLES.tiles34, () => b().tiles34.rows],
    "papi/published_check.csv": [publishedCheckSpec, () => b().publishedChecks.rows],
    "procedures/values.csv": [procedureValuesSpec, () => b().procedures.values.rows],
    "procedures/codebook.csv": [codebookSpec("procedures"), () => b().procedures.codebook.rows],
    "directives/documents.csv": [documentsSpec, () => b().directives.documents.rows], "directives/targets.csv": [targetsSpec, () => b().directives.targets.rows],
  };
  for (const d of ["papi", "par-index", "sipas"]) {
    byFile[`${d}/values.csv`] = [valuesSpec(d), () => b().indices[d]!.values.rows];
    byFile[`${d}/codebook.csv`] = [codebookSpec(d), () => b().indices[d]!.codebook.rows];
  }
  if (path === "sources.csv") return { spec: TABLES.sources, rows: () => b().sources.rows };
  const hit = byFile[`${dataset}/${path}`];
  return hit ? { spec: hit[0], rows: hit[1] } : null;
}

const cases = set.releases.flatMap((r) => (isLatest(r) ? [r.manifest.version, "latest"] : [r.manifest.version]).map((v) => [`${r.manifest.dataset} ${v}`, r, v] as const));

describe.skipIf(!built)("downloads in dist/", () => {
  it("reads intact releases, every dataset released", () => {
    expect(set.errors).toEqual([]);
    expect([...latestOf.keys()].sort()).toEqual([...PACKAGES].sort());
  });

  it.each(cases)("%s: every download the manifest lists is served with the recorded bytes, sha256 and rows", (_name, r, version) => {
    expectNoProblems(r.manifest.downloads.flatMap((d) => {
      const path = `${distDir}data/${r.manifest.dataset}/${version}/${d.path}`;
      if (!existsSync(path)) return [`${path} is missing`];
      const b = served(r.manifest.dataset, version, d.path);
      const problems: string[] = [];
      if (b.byteLength !== d.bytes || sha256(b) !== d.sha256) problems.push(`${path}: ${b.byteLength} bytes sha256 ${sha256(b)}, the manifest says ${d.bytes} bytes ${d.sha256}`);
      const rows = d.path.endsWith(".json") && d.path !== "datapackage.json" ? (JSON.parse(text(b)) as unknown[]).length : d.path.endsWith(".csv") ? parseCsv(b, d.path).records.length : null;
      if (rows !== d.rows) problems.push(`${path}: ${rows} rows, the manifest says ${d.rows}`);
      return problems;
    }));
  });

  it.each(cases)("%s: each CSV is the frozen file; its Excel CSV and JSON read back to the same cells", (_name, r, version) => {
    const descriptor = JSON.parse(text(r.files.find((f) => f.path === "datapackage.json")!.bytes)) as unknown;
    for (const f of r.files.filter((x) => x.path.endsWith(".csv"))) {
      const csv = served(r.manifest.dataset, version, f.path);
      expect(sha256(csv), f.path).toBe(sha256(f.bytes));
      const parsed = parseCsv(csv, f.path);
      expect(parsed.errors, f.path).toEqual([]);

      const excel = readExcelCsv(served(r.manifest.dataset, version, f.path.replace(/\.csv$/, ".excel.csv")));
      expect([excel.bom, excel.crlf], `${f.path}: BOM and CRLF`).toEqual([true, true]);
      expect(excel.header).toEqual(parsed.header);
      expect(excel.records.map((rec) => rec.map(unneutralise)), `${f.path} (Excel)`).toEqual(parsed.records);

      const types = fieldTypes(descriptor, f.path);
      const json = JSON.parse(text(served(r.manifest.dataset, version, f.path.replace(/\.csv$/, ".json")))) as unknown[];
      expect(json, `${f.path} (JSON)`).toEqual(parsed.records.map((rec) => typedRecord(parsed.header, rec, types)));
    }
  });

  it.each(set.releases.filter(isLatest).map((r) => [r.manifest.dataset, r] as const))("%s latest: every table parses back to the validated rows the pages show", (dataset, r) => {
    for (const f of r.files.filter((x) => x.path.endsWith(".csv"))) {
      const t = tableOf(dataset, f.path);
      expect(t, `${dataset}/${f.path} has a schema`).not.toBeNull();
      const checked = checkTable(parseCsv(served(dataset, "latest", f.path), f.path), t!.spec);
      expect(checked.errors, f.path).toEqual([]);
      const rows = t!.rows();
      // sources.csv of a release holds the sources the dataset cites, in the file's order.
      const expected = f.path === "sources.csv" ? rows.filter((s) => checked.table.rows.some((x) => (x as { id: string }).id === (s as { id: string }).id)) : rows;
      expect(checked.table.rows, `${dataset}/${f.path}`).toEqual(expected);
    }
  });

  it.each(cases)("%s: datapackage.json names each served table with its size and sha256", (_name, r, version) => {
    const pkg = JSON.parse(text(served(r.manifest.dataset, version, "datapackage.json"))) as { version: string; resources: { path: string; bytes: number; hash: string }[] };
    expect(pkg.version).toBe(r.manifest.version);
    expect(pkg.resources.map((x) => x.path).sort()).toEqual(r.files.filter((f) => f.path.endsWith(".csv")).map((f) => f.path).sort());
    for (const res of pkg.resources) {
      const b = served(r.manifest.dataset, version, res.path);
      expect([res.bytes, res.hash], res.path).toEqual([b.byteLength, `sha256:${sha256(b)}`]);
    }
  });

  it("keeps Vietnamese text byte for byte and neutralises formula-like text in the Excel CSV", () => {
    const units = set.releases.find((r) => r.manifest.dataset === "reference")!;
    const version = units.manifest.version;
    const excel = readExcelCsv(served("reference", version, "units.excel.csv"));
    const name = excel.header.indexOf("name_vi");
    expect(excel.records.map((x) => x[name]!)).toContain("Thừa Thiên Huế");
    expect(new TextEncoder().encode(excel.records.find((x) => x[name] === "Bà Rịa - Vũng Tàu" || x[name] === "Bà Rịa – Vũng Tàu")?.[name] ?? "")).toEqual(
      new TextEncoder().encode(parseCsv(served("reference", version, "units.csv"), "units.csv").records.find((x) => x[name]!.startsWith("Bà Rịa"))![name]!));
    // Real text cells start like a formula ("+1.03 vs 2018" in PAR Index notes): each arrives led by an apostrophe.
    let risky = 0;
    for (const r of latestOf.values()) {
      const descriptor = JSON.parse(text(r.files.find((f) => f.path === "datapackage.json")!.bytes)) as unknown;
      for (const f of r.files.filter((x) => x.path.endsWith(".csv"))) {
        const types = fieldTypes(descriptor, f.path);
        const csv = parseCsv(f.bytes, f.path);
        const xl = readExcelCsv(served(r.manifest.dataset, "latest", f.path.replace(/\.csv$/, ".excel.csv")));
        csv.records.forEach((rec, i) => rec.forEach((c, j) => {
          const numeric = ["number", "integer"].includes(types.get(csv.header[j]!) ?? "string");
          const expected = !numeric && /^[=+\-@\t\r]/.test(c) ? `'${c}` : c;
          if (expected !== c) risky++;
          expect(xl.records[i]![j], `${r.manifest.dataset}/${f.path}:${i + 2}:${csv.header[j]}`).toBe(expected);
        }));
      }
    }
    expect(risky).toBeGreaterThan(0);
  });

  it("serves the diff between PAPI 1.0.0 and 1.0.1: exactly the corrected note, under its reason", () => {
    const diff = parseCsv(served("papi", "1.0.1", "changes.csv"), "changes.csv");
    expect(diff.records.map((r) => r.slice(0, 5))).toEqual([["correction", "published_check.csv", "cell_changed", "edition=2021 | unit=vn63-77 | indicator=total | source=baobariavungtau-com-95be60 | published_value=40.62", "note"]]);
    expect(diff.records[0]![6]).toMatch(/40\.6146 truncated or rounded to 2 decimals is 40\.61, not 40\.62/);
  });
});
