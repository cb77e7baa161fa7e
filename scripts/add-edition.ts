// npm run add-edition -- --dataset par-index --edition 2025 --source <source id> --file table.csv
//   [--missing no_data] [--decimal-comma] [--data data] [--dry-run]
// Adds one edition from an official wide table, validates the whole data directory with the
// new rows in place, and writes values.csv only if everything is valid.
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { formatError } from "../src/lib/csv/errors.ts";
import { parseCsv } from "../src/lib/csv/parse.ts";
import { csvLine } from "../src/lib/csv/write.ts";
import { loadData } from "../src/lib/load/index.ts";
import { directoryReader } from "../src/lib/load/fs.ts";
import { INDEX_DATASETS, MISSING_STATUSES, type IndexDatasetId } from "../src/lib/schema/tables.ts";
import { wideToLong } from "./lib/add-edition.ts";

const { values: a } = parseArgs({
  options: {
    dataset: { type: "string" }, edition: { type: "string" }, source: { type: "string" }, file: { type: "string" },
    missing: { type: "string" }, "decimal-comma": { type: "boolean", default: false }, data: { type: "string", default: "data" },
    "dry-run": { type: "boolean", default: false },
  },
});
const fail = (msg: string): never => {
  console.error(msg);
  process.exit(1);
};
if (!a.dataset || !a.edition || !a.source || !a.file) fail("usage: npm run add-edition -- --dataset DATASET --edition YEAR --source SOURCE_ID --file TABLE.csv [--missing STATUS] [--decimal-comma] [--data DIR] [--dry-run]");
if (!(INDEX_DATASETS as readonly string[]).includes(a.dataset!)) fail(`--dataset must be one of: ${INDEX_DATASETS.join(", ")}`);
if (!/^\d{4}$/.test(a.edition!)) fail("--edition must be a year, e.g. 2025");
if (a.missing !== undefined && !(MISSING_STATUSES as readonly string[]).includes(a.missing)) fail(`--missing must be one of: ${MISSING_STATUSES.join(", ")}`);

const dir = resolve(a.data!);
const dataset = a.dataset as IndexDatasetId;
const before = loadData(directoryReader(dir));
if (!before.ok) fail(`${a.data}/ is not valid before adding anything; run npm run validate first.\n${before.errors.slice(0, 20).map(formatError).join("\n")}`);
const data = before.ok ? before.data : fail("unreachable");
if (!data.sources.rows.some((s) => s.id === a.source)) fail(`source "${a.source}" is not in ${a.data}/sources.csv: add the official file there first (kind, title, publisher, url, date, licence)`);

const wide = parseCsv(new Uint8Array(readFileSync(a.file!)), a.file!);
const indicators = new Set(data.indices[dataset]!.codebook.rows.map((c) => c.indicator));
const { rows, errors } = wideToLong(wide, data.units.rows, indicators, {
  edition: Number(a.edition), source: a.source!, missing: (a.missing as (typeof MISSING_STATUSES)[number] | undefined) ?? null, decimalComma: a["decimal-comma"]!,
});
if (wide.errors.length || errors.length) fail([...wide.errors, ...errors].map(formatError).join("\n"));

const valuesPath = `${dataset}/values.csv`;
const current = readFileSync(join(dir, valuesPath), "utf8");
const next = current + rows.map((r) => csvLine(r) + "\n").join("");
const base = directoryReader(dir);
const after = loadData({ read: (p) => (p === valuesPath ? new TextEncoder().encode(next) : base.read(p)), list: (d) => base.list(d) });
if (!after.ok) fail(`not written: the new rows make ${a.data}/ invalid\n${after.errors.map(formatError).join("\n")}`);
if (!a["dry-run"]) writeFileSync(join(dir, valuesPath), next);
console.log(`${a["dry-run"] ? "would add" : "added"} ${rows.length} rows for ${dataset} ${a.edition} to ${a.data}/${valuesPath}; the directory validates. Next: bump the version in ${a.data}/${dataset}/datapackage.json and run npm test.`);
