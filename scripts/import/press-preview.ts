// Preview of the press import: runs it against ../shared/sources, writes the tables to
// /tmp/press-preview/ (never data/) and prints counts and self-checks.
// Run: node scripts/import/press-preview.ts [path/to/shared/sources]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SourceRegistry, SOURCE_COLUMNS, writeCsv, type Row } from "./lib.ts";
import { CODEBOOK_COLUMNS } from "./press/codebook.ts";
import { runPress } from "./press/run.ts";
import { codebookSchema, procedureValueSchema, valueSchema, ministrySchema, groupSchema, agencySchema, sourceSchema } from "../../src/lib/schema/tables.ts";

const shared = process.argv[2] ?? "/work/shared/sources";
const out = "/tmp/press-preview";
const VALUE_COLUMNS = ["edition", "unit", "indicator", "value", "status", "rank", "rank_of", "rank_text", "source", "note"];
const PROC_COLUMNS = ["period", "period_type", "period_start", "period_end", ...VALUE_COLUMNS.slice(1)];

const sources = new SourceRegistry();
const { result, ledger, unaccounted } = runPress({ shared, sources });
const problems: string[] = [];
const check = (ok: boolean, msg: string) => { if (!ok) problems.push(msg); };
const tally = (xs: readonly string[]) => Object.fromEntries([...xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>())].sort());

writeCsv(join(out, "reference/ministries.csv"), ["id", "name_vi", "name_en", "valid_from", "valid_to", "source", "note"], result.ministries);
writeCsv(join(out, "reference/groups.csv"), ["id", "kind", "name_vi", "name_en", "note"], result.groups);
writeCsv(join(out, "reference/agencies.csv"), ["id", "province", "kind", "name_vi", "name_en", "source", "note"], result.agencies);
writeCsv(join(out, "sources.csv"), SOURCE_COLUMNS, sources.rows());
for (const [ds, t] of Object.entries(result.datasets)) {
  writeCsv(join(out, ds, "codebook.csv"), CODEBOOK_COLUMNS, t.codebook);
  writeCsv(join(out, ds, "values.csv"), ds === "procedures" ? PROC_COLUMNS : VALUE_COLUMNS, t.values);
}

// Schemas of the portal (src/lib/schema): every row must parse.
const parse = (name: string, schema: { safeParse: (r: Row) => { success: boolean; error?: unknown } }, rows: readonly Row[]) =>
  rows.forEach((r, i) => { const p = schema.safeParse(r); check(p.success, `${name} row ${i + 2}: ${JSON.stringify(p.error)}`); });
parse("ministries", ministrySchema, result.ministries);
parse("groups", groupSchema, result.groups);
parse("agencies", agencySchema, result.agencies);
parse("sources", sourceSchema, sources.rows());

const p63 = new Set(readFileSync(join(shared, "provinces_63_codes.csv"), "utf8").split("\n").slice(1).map((l) => l.split(",")[0]).filter(Boolean));
const p34 = new Set(readFileSync(join(shared, "provinces_34_2025.csv"), "utf8").split("\n").slice(1).map((l) => l.split(",")[0]).filter(Boolean));
const entities = new Set([...result.ministries, ...result.groups, ...result.agencies].map((r) => r["id"]!));
const sourceIds = new Set(sources.rows().map((s) => s.id));

for (const [ds, t] of Object.entries(result.datasets)) {
  const isProc = ds === "procedures";
  parse(`${ds}/codebook`, codebookSchema, t.codebook);
  parse(`${ds}/values`, isProc ? procedureValueSchema : valueSchema, t.values);
  const keys = new Set<string>();
  for (const r of t.values) {
    const key = isProc ? [r["period"], r["unit"], r["indicator"], r["source"]].join("|") : [r["edition"], r["unit"], r["indicator"], r["source"]].join("|");
    check(!keys.has(key), `${ds}: duplicate key ${key}`);
    keys.add(key);
    const u = r["unit"]!;
    const m = /^vn(63|34)-(\d{2})$/.exec(u);
    if (m) check((m[1] === "63" ? p63 : p34).has(m[2]!), `${ds}: ${u} has no such code`);
    else check(entities.has(u), `${ds}: unit ${u} is neither vn63/vn34 nor a ministry, group or agency`);
    check(sourceIds.has(r["source"]!), `${ds}: unknown source ${r["source"]}`);
    const day = isProc ? (r["period_end"] || r["period_start"] || "") : "";
    const year = isProc ? (day.slice(0, 4) || "") : r["edition"]!;
    if (m?.[1] === "63") check(isProc ? day === "" || day <= "2025-06-30" : Number(year) <= 2024, `${ds}: ${u} used at ${year || r["period"]}`);
    if (m?.[1] === "34") check(!isProc || day === "" || day >= "2025-07-01", `${ds}: ${u} used at ${day}`);
    if (year) {
      const cb = t.codebook.find((c) => c["indicator"] === r["indicator"] && c["first_edition"]! <= year && year <= c["last_edition"]!);
      check(!!cb, `${ds}: ${r["indicator"]} ${year} has no codebook span`);
      if (cb && r["value"] !== "") check(Number(r["value"]) >= Number(cb["min"]) && Number(r["value"]) <= Number(cb["max"]), `${ds}: ${r["indicator"]} ${year} value ${r["value"]} outside ${cb["min"]}–${cb["max"]}`);
    }
  }
  console.log(`\n== ${ds}: ${t.values.length} values, ${t.codebook.length} codebook rows, ${new Set(t.values.map((r) => r["indicator"])).size} indicators`);
  console.log("status:", tally(t.values.map((r) => r["status"]!)));
  console.log(isProc ? "period_type:" : "edition:", tally(t.values.map((r) => (isProc ? r["period_type"]! : r["edition"]!))));
  console.log("unit kinds:", tally(t.values.map((r) => r["unit"]!.replace(/^(vn63|vn34|min|agg|reg|ag)-.*$/, "$1"))));
}
console.log(`\nministries ${result.ministries.length}, groups ${result.groups.length}, agencies ${result.agencies.length}, sources ${sources.rows().length} (kinds ${JSON.stringify(tally(sources.rows().map((s) => s.kind)))})`);
console.log("ledger:", tally(ledger.entries.map((e) => e.outcome)));
for (const e of ledger.entries.filter((x) => x.outcome !== "imported")) console.log(`  ${e.outcome}: ${e.origin} — ${e.detail}`);
check(unaccounted.length === 0, `input rows not accounted for: ${unaccounted.join(", ")}`);
console.log(problems.length ? `\nPROBLEMS (${problems.length}):\n${problems.slice(0, 60).join("\n")}` : "\nself-checks: all passed");
process.exitCode = problems.length ? 1 : 0;
