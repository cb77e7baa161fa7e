// `npm run validate [-- --data DIR]`: checks a data directory with the same parser and schemas
// as the build. One line per error (path:row:column: code: message), all of them, exit 1;
// or a one-line summary, exit 0.
import { existsSync, statSync } from "node:fs";
import { resolve, relative } from "node:path";
import { formatError } from "../src/lib/csv/errors.ts";
import { PACKAGES, loadData } from "../src/lib/load/index.ts";
import { directoryReader } from "../src/lib/load/fs.ts";
import { loadReleases } from "../src/lib/releases/check.ts";

function dataDir(argv: readonly string[]): string {
  const i = argv.indexOf("--data");
  if (i === -1) return "data";
  const dir = argv[i + 1];
  if (!dir) {
    console.error("usage: npm run validate [-- --data DIR]");
    process.exit(2);
  }
  return dir;
}

const dir = resolve(dataDir(process.argv.slice(2)));
const rel = relative(process.cwd(), dir);
const shown = rel === "" ? "." : rel.startsWith("..") ? dir : rel;
if (!existsSync(dir) || !statSync(dir).isDirectory()) {
  console.log(`${shown}:0:: missing_file: data directory not found`);
  process.exit(1);
}
const reader = directoryReader(dir);
const result = loadData(reader);
// Frozen releases are checked even when the working data are broken (a changed frozen file is
// its own error); whether the working data are released only once they are valid.
const releases = loadReleases(reader, PACKAGES);
const errors = [...(result.ok ? releases.unreleased : result.errors), ...releases.errors];
if (errors.length) {
  for (const e of errors) console.log(formatError({ ...e, file: `${shown}/${e.file}` }));
  console.error(`${errors.length} error${errors.length === 1 ? "" : "s"} in ${shown}/`);
  process.exit(1);
}
if (!result.ok) process.exit(1);
const d = result.data;
const values = Object.values(d.indices).reduce((n, t) => n + t.values.rows.length, 0) + d.procedures.values.rows.length;
const released = releases.releases.length === 0 ? "no releases" : `${releases.releases.length} releases intact`;
console.log(`${shown}/ is valid: ${Object.keys(d.packages).length} packages (${released}), ${values} values, ${d.sources.rows.length} sources, ${d.units.rows.length} units, ${d.lineage.rows.length} lineage rows`);
