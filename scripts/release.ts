// npm run release -- DATASET VERSION --note "…" --note-vi "…"            (the first release)
// npm run release -- DATASET VERSION --reason R --note "…" --note-vi "…" [--files a.csv,b.csv]
//                   [--reason R2 --note … --note-vi … …] [--summary "…" --summary-vi "…"]
//                   [--date YYYY-MM-DD] [--data DIR]
// Freezes the working data of DATASET as VERSION under data/releases/, records it in the ledger
// and sets the version in DATASET/datapackage.json. Refuses (exit 1, nothing written) when the
// data do not validate, nothing changed, or VERSION is not above the last release.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { directoryReader } from "../src/lib/load/fs.ts";
import type { Reason } from "../src/lib/releases/manifest.ts";
import { release, type ChangeRequest, type ReleaseRequest } from "./lib/release.ts";

const USAGE = "usage: npm run release -- DATASET VERSION [--reason REASON] --note \"…\" --note-vi \"…\" [--files a.csv,…] [--summary \"…\" --summary-vi \"…\"] [--date YYYY-MM-DD] [--data DIR]";

function parseArgs(argv: readonly string[]): { req: ReleaseRequest; dir: string } | string {
  const [dataset, version, ...rest] = argv;
  if (!dataset || !version || dataset.startsWith("--") || version.startsWith("--")) return USAGE;
  let dir = "data";
  let date = new Date().toISOString().slice(0, 10);
  const summary = { en: "", vi: "" };
  const changes: ChangeRequest[] = [];
  const loose = { en: "", vi: "" };
  for (let i = 0; i < rest.length; i += 2) {
    const flag = rest[i]!;
    const value = rest[i + 1];
    if (value === undefined) return `${flag} needs a value\n${USAGE}`;
    const current = changes[changes.length - 1];
    switch (flag) {
      case "--reason": changes.push({ reason: value as Reason, en: "", vi: "", files: null }); break;
      case "--note": if (current) current.en = value; else loose.en = value; break;
      case "--note-vi": if (current) current.vi = value; else loose.vi = value; break;
      case "--files": if (!current) return `--files belongs to a --reason\n${USAGE}`; current.files = value.split(",").map((s) => s.trim()).filter(Boolean); break;
      case "--summary": summary.en = value; break;
      case "--summary-vi": summary.vi = value; break;
      case "--date": date = value; break;
      case "--data": dir = value; break;
      default: return `unknown option ${flag}\n${USAGE}`;
    }
  }
  // Without --reason, --note is the release's note (the first release has no change to explain).
  const note = summary.en || summary.vi ? summary : changes.length === 0 ? loose : null;
  return { req: { dataset, version, date, note, changes }, dir };
}

const parsed = parseArgs(process.argv.slice(2));
if (typeof parsed === "string") {
  console.error(parsed);
  process.exit(2);
}
const root = resolve(parsed.dir);
const result = release({
  reader: directoryReader(root),
  write(path, text) {
    const p = join(root, path);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
  },
}, parsed.req);
if (!result.ok) {
  console.error(`not released: ${result.errors.join("\n")}`);
  process.exit(1);
}
const m = result.manifest;
console.log(`released ${m.dataset} ${m.version} (${m.date}): ${m.files.length} files frozen in ${parsed.dir}/releases/${m.dataset}/${m.version}/, ${m.downloads.length} downloads recorded`);
