// `npm run validate [-- --data DIR]`: checks a data directory with the same parser and schemas
// as the build. One line per error (path:row:column: code: message), all of them, exit 1;
// or a one-line summary, exit 0.
import { existsSync, statSync } from "node:fs";
import { resolve, relative } from "node:path";
import { formatError } from "../src/lib/csv/errors.ts";
import { loadData } from "../src/lib/load/index.ts";
import { directoryReader } from "../src/lib/load/fs.ts";

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
const result = loadData(directoryReader(dir));
if (!result.ok) {
  for (const e of result.errors) console.log(formatError({ ...e, file: `${shown}/${e.file}` }));
  console.error(`${result.errors.length} error${result.errors.length === 1 ? "" : "s"} in ${shown}/`);
  process.exit(1);
}
const d = result.data;
const values = Object.values(d.indices).reduce((n, t) => n + t.values.rows.length, 0) + d.procedures.values.rows.length;
console.log(`${shown}/ is valid: ${Object.keys(d.packages).length} packages, ${values} values, ${d.sources.rows.length} sources, ${d.units.rows.length} units, ${d.lineage.rows.length} lineage rows`);
