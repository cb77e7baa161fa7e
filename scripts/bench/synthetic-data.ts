// Synthetic data for the build benchmark: a copy of data/ with `factor` times its rows, written to
// a temporary directory and never published. The growth a researcher would bring:
// - more editions: PAPI editions after 2024 for the 34 current units, with every indicator of 2024;
// - more sub-indicators: synthetic PAPI sub-dimensions over every edition and unit;
// - more directives: copies of the real documents (2,000 at 10×, 20,000 at 100×).
// Values are drawn from a seeded generator inside each indicator's min–max (so the same factor
// always gives the same files); statuses and sources are those of a real row of the same
// edition, so the data pass the same loader and checks as data/.
import { appendFileSync, cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { copyWorkingData, inReleases } from "../lib/working-data.ts";
import { join } from "node:path";
import { parseCsv } from "../../src/lib/csv/parse.ts";
import { csvLine, csvText } from "../../src/lib/csv/write.ts";

export interface SyntheticSummary {
  factor: number;
  /** Rows of every CSV in the directory, summed (headers excluded). */
  rows: number;
  papiValues: number;
  editionsAdded: number;
  subIndicatorsAdded: number;
  directives: number;
}

/** xorshift32: deterministic values, good enough for benchmark data. */
function random(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

function readTable(file: string): { header: string[]; rows: string[][] } {
  const p = parseCsv(new Uint8Array(readFileSync(file)), file);
  if (p.errors.length) throw new Error(`${file}: ${p.errors[0]!.message}`);
  return { header: p.header, rows: p.records };
}

/** Data rows of every working CSV under `dir` (frozen release copies in releases/ not counted). */
export function countRows(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && e.name.endsWith(".csv") && !inReleases(dir, e.parentPath)) n += readTable(join(e.parentPath, e.name)).rows.length;
  }
  return n;
}

export function generateSynthetic(srcDir: string, outDir: string, factor: number): SyntheticSummary {
  copyWorkingData(srcDir, outDir);
  const baseRows = countRows(srcDir);
  const rand = random(factor * 7919);

  // --- PAPI codebook: editions extended, synthetic sub-dimensions added.
  const cbFile = join(outDir, "papi/codebook.csv");
  const cb = readTable(cbFile);
  const col = (t: { header: string[] }, name: string) => {
    const i = t.header.indexOf(name);
    if (i < 0) throw new Error(`no column ${name}`);
    return i;
  };
  const [cInd, cFirst, cLast, cParent, cLevel, cMin, cMax, cComp] = ["indicator", "first_edition", "last_edition", "parent", "level", "min", "max", "comparability"].map((n) => col(cb, n)) as [number, number, number, number, number, number, number, number];
  const lastReal = Math.max(...cb.rows.map((r) => Number(r[cLast])));
  const editionsAdded = Math.round(10 * Math.log10(factor));
  const lastEdition = lastReal + editionsAdded;
  for (const r of cb.rows) if (Number(r[cLast]) === lastReal) r[cLast] = String(lastEdition);

  const valFile = join(outDir, "papi/values.csv");
  const vals = readTable(valFile);
  const [vEd, vUnit, vInd, vVal, vStatus, vSource] = ["edition", "unit", "indicator", "value", "status", "source"].map((n) => col(vals, n)) as [number, number, number, number, number, number];
  const blank = () => vals.header.map(() => "");
  const row = (edition: number, unit: string, indicator: string, value: number, status: string, source: string) => {
    const r = blank();
    r[vEd] = String(edition);
    r[vUnit] = unit;
    r[vInd] = indicator;
    r[vVal] = value.toFixed(4);
    r[vStatus] = status;
    r[vSource] = source;
    return r;
  };
  const bounds = new Map(cb.rows.map((r) => [r[cInd]!, [Number(r[cMin]), Number(r[cMax])] as const]));
  const draw = (ind: string) => {
    const [lo, hi] = bounds.get(ind)!;
    return lo + (hi - lo) * (0.2 + 0.6 * rand());
  };

  // New editions: every indicator the last real edition has, for the units that exist then.
  const units = readTable(join(outDir, "reference/units.csv"));
  const current = units.rows.filter((u) => u[col(units, "valid_to")] === "" && u[col(units, "frame")] === "34").map((u) => u[col(units, "id")]!);
  const lastRows = vals.rows.filter((r) => Number(r[vEd]) === lastReal && r[vVal] !== "");
  const templateOf = new Map<string, string[]>();
  for (const r of lastRows) if (!templateOf.has(r[vInd]!)) templateOf.set(r[vInd]!, r);
  const added: string[][] = [];
  for (let e = lastReal + 1; e <= lastEdition; e++) {
    for (const unit of current) {
      for (const [ind, t] of templateOf) added.push(row(e, unit, ind, draw(ind), t[vStatus]!, t[vSource]!));
    }
  }

  // Synthetic sub-dimensions: one per unit and edition that has a reported sub-dimension (its
  // status and source are reused), enough of them to reach `factor` times the rows.
  const pairs = new Map<string, string[]>();
  for (const r of [...vals.rows, ...added]) {
    const key = `${r[vEd]}|${r[vUnit]}`;
    if (!pairs.has(key) && r[vStatus] === "reported" && /^sd/.test(r[vInd]!)) pairs.set(key, r);
  }
  const comparability = new Map<number, string | undefined>();
  const comparabilityOf = (edition: number) => {
    if (!comparability.has(edition)) comparability.set(edition, cb.rows.find((r) => r[cInd] === "total" && Number(r[cFirst]) <= edition && edition <= Number(r[cLast]))?.[cComp]);
    return comparability.get(edition);
  };
  const groups = [...new Set(cb.rows.filter((r) => r[cInd] === "total").map((r) => `${r[cFirst]}|${r[cLast]}|${r[cComp]}`))];
  const directivesWanted = factor >= 100 ? 20_000 : factor >= 10 ? 2_000 : 35;
  const target = factor * baseRows - baseRows - added.length - directivesWanted;
  const subIndicatorsAdded = Math.max(0, Math.round(target / pairs.size));
  const template = cb.rows.find((r) => r[cLevel] === "subdimension")!;
  for (let s = 1; s <= subIndicatorsAdded; s++) {
    const code = `syn${String(s).padStart(4, "0")}`;
    for (const g of groups) {
      const [first, last, comp] = g.split("|") as [string, string, string];
      const c = [...template];
      c[cInd] = code;
      c[cFirst] = first;
      c[cLast] = last;
      c[cComp] = comp;
      c[cParent] = "d1";
      c[col(cb, "name_vi")] = `Nội dung giả lập ${s} (dữ liệu kiểm thử)`;
      c[col(cb, "name_en")] = `Synthetic sub-dimension ${s} (benchmark data)`;
      c[col(cb, "note")] = "Synthetic benchmark data; never published.";
      cb.rows.push(c);
    }
    bounds.set(code, [Number(template[cMin]), Number(template[cMax])]);
    for (const [key, t] of pairs) {
      const edition = Number(key.split("|")[0]);
      if (comparabilityOf(edition) === undefined) continue;
      added.push(row(edition, t[vUnit]!, code, draw(code), t[vStatus]!, t[vSource]!));
    }
  }
  writeFileSync(cbFile, csvText(cb.header, cb.rows));
  // In chunks: at 100× the file is a few hundred MB, more than one string should hold.
  writeFileSync(valFile, csvText(vals.header, vals.rows));
  for (let i = 0; i < added.length; i += 100_000) appendFileSync(valFile, added.slice(i, i + 100_000).map((r) => csvLine(r) + "\n").join(""));

  // --- Directives: copies of the real documents under new ids, each with its body.
  const docFile = join(outDir, "directives/documents.csv");
  const docs = readTable(docFile);
  const dId = col(docs, "id");
  const dNumber = col(docs, "number");
  const real = [...docs.rows];
  const extra: string[][] = [];
  for (let i = real.length; i < directivesWanted; i++) {
    const base = real[i % real.length]!;
    const d = [...base];
    d[dId] = `${base[dId]}-syn${i}`;
    d[dNumber] = `${base[dNumber]} (syn ${i})`;
    extra.push(d);
    cpSync(join(outDir, "directives", `${base[dId]}.md`), join(outDir, "directives", `${d[dId]}.md`));
  }
  writeFileSync(docFile, csvText(docs.header, [...real, ...extra]));

  return {
    factor,
    rows: baseRows + added.length + extra.length,
    papiValues: vals.rows.length + added.length,
    editionsAdded,
    subIndicatorsAdded,
    directives: real.length + extra.length,
  };
}
