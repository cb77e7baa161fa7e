// npm run check:libreoffice [-- FILE.excel.csv …]
// Opens Excel CSV downloads in LibreOffice Calc (headless, Debian's libreoffice-calc), saves them
// as .xlsx and back as CSV, and checks: no cell became a formula, every text cell (Vietnamese
// included) is the same text, every number the same number. Without FILE arguments it checks a
// sample made by the site's own serializer and, after a build, dist/'s PAR Index values (whose
// notes start with "+1.03 …"). A control file with an unneutralised "=1+1" must come out as a
// formula, or the check would prove nothing. Not part of npm test: LibreOffice is ~300 MB.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import Papa from "papaparse";
import { excelCsv } from "../src/lib/releases/serialize.ts";

// Text CSV import options: comma, double quote, UTF-8 (76), from line 1, as the import dialog sets them.
const CSV_IN = "CSV:44,34,76,1";
const CSV_OUT = "csv:Text - txt - csv (StarCalc):44,34,76,1";
const soffice = process.env["SOFFICE"] ?? "soffice";
const work = mkdtempSync(join(tmpdir(), "minh-bach-lo-"));

function convert(file: string, to: string, infilter: string | null, outdir: string): string {
  const args = ["--headless", ...(infilter ? [`--infilter=${infilter}`] : []), "--convert-to", to, "--outdir", outdir, file];
  const r = spawnSync(soffice, args, { encoding: "utf8", env: { ...process.env, HOME: work } });
  if (r.status !== 0) throw new Error(`${soffice} ${args.join(" ")}: ${r.stderr}`);
  const out = join(outdir, basename(file).replace(/\.[^.]+$/, `.${to.split(":")[0]}`));
  if (!existsSync(out)) throw new Error(`${soffice} wrote no ${out}: ${r.stdout}${r.stderr}`);
  return out;
}

const unzip = (xlsx: string, part: string) => execFileSync("unzip", ["-p", xlsx, part], { encoding: "utf8", maxBuffer: 1 << 28 });

function readCsv(text: string): string[][] {
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
  return rows;
}

/** `got` is `x` to 15 significant digits, however the last digit was rounded. */
function within15(x: number, got: number): boolean {
  if (!Number.isFinite(got) || x === 0) return false;
  const unit = 10 ** (Math.floor(Math.log10(Math.abs(x))) - 14);
  return Math.abs(got - x) <= unit * 0.6;
}

/** One Excel CSV through LibreOffice and back; returns what went wrong. */
function check(file: string, infilter: string | null): { problems: string[]; cells: number; formulas: number; rounded: number } {
  const dir = mkdtempSync(join(work, "x-"));
  const xlsx = convert(file, "xlsx", infilter, dir);
  const formulas = (unzip(xlsx, "xl/worksheets/sheet1.xml").match(/<f[ >]/g) ?? []).length;
  const back = readCsv(readFileSync(convert(xlsx, CSV_OUT, null, join(dir, "back")), "utf8"));
  const original = readCsv(new TextDecoder().decode(readFileSync(file)));
  const problems: string[] = [];
  if (formulas > 0) problems.push(`${formulas} cells became formulas`);
  if (back.length !== original.length) problems.push(`${back.length} rows came back, ${original.length} went in`);
  let cells = 0;
  let rounded = 0;
  original.forEach((row, i) => row.forEach((cell, j) => {
    cells++;
    const got = back[i]?.[j] ?? "";
    const numeric = /^-?\d+(\.\d+)?$/.test(cell);
    if (got === cell || (numeric && Number(got) === Number(cell))) return;
    // A spreadsheet keeps 15 significant digits: 35.259381999999995 is 35.259382 in any cell.
    if (numeric && within15(Number(cell), Number(got))) {
      rounded++;
      return;
    }
    if (problems.length < 12) problems.push(`row ${i + 1}, column ${j + 1}: ${JSON.stringify(cell)} came back as ${JSON.stringify(got)}`);
  }));
  return { problems, cells, formulas, rounded };
}

const sample = join(work, "sample.excel.csv");
writeFileSync(sample, excelCsv({
  header: ["unit", "value", "note"],
  records: [
    ["Thừa Thiên Huế", "-0.5", "=1+1"], ["Bà Rịa – Vũng Tàu", "46.0400", "+1.03 vs 2018"], ["Hà Nội, thủ đô", "3", "@SUM(1;2)"],
    ["Đắk Lắk", "40.6146", "-3.84 vs 2020"], ["Quảng Trị", "", "\"quoted\" text, with a comma"],
  ],
}, new Map([["value", "number"]])));
const control = join(work, "control.csv");
writeFileSync(control, "unit,note\r\nx,=1+1\r\n");

const files = process.argv.slice(2);
const targets = files.length ? files : [sample, ...["dist/data/par-index/latest/values.excel.csv"].filter(existsSync)];
const version = spawnSync(soffice, ["--version"], { encoding: "utf8" }).stdout.trim();
console.log(`LibreOffice: ${version || "not found"} (import options ${CSV_IN})`);
let failed = false;
for (const f of targets) {
  const r = check(f, CSV_IN);
  const rounded = r.rounded ? `; ${r.rounded} numbers with more than 15 significant digits came back rounded to 15 (the spreadsheet's precision)` : "";
  console.log(`${r.problems.length ? "FAIL" : "ok  "} ${f}: ${r.cells} cells, ${r.formulas} formulas${r.problems.length ? `\n  ${r.problems.join("\n  ")}` : `, every text cell back unchanged${rounded}`}`);
  failed ||= r.problems.length > 0;
}
const c = check(control, CSV_IN);
console.log(`${c.formulas > 0 ? "ok  " : "FAIL"} control (unneutralised =1+1): ${c.formulas} formula${c.formulas === 1 ? "" : "s"} — LibreOffice evaluates it, so the check above can see one`);
failed ||= c.formulas === 0;
const d = check(sample, null);
console.log(`note: without import options (headless default) the sample comes back ${d.problems.length ? `changed (${d.problems[0]})` : "unchanged"}`);
process.exit(failed ? 1 : 0);
