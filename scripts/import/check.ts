// Reads back what the import wrote and checks it against the contract (data/README.md).
// Throws on any failure: a half-valid data/ must never look finished.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DECIMAL_RE, readCsv, SOURCE_KINDS, VALUE_STATUSES, type Row } from "./lib.ts";
import type { TableSchema } from "./datapackage.ts";

/** Non-province entity ids not found; fatal only when the tables defining them were written. */
const unresolved = new Set<string>();
const MISSING = new Set(["not_published", "no_data", "not_surveyed", "unit_not_existing"]);

class Problems {
  readonly list: string[] = [];
  add(s: string): void {
    if (this.list.length < 200) this.list.push(s);
  }
}

function key(r: Row, cols: readonly string[]): string {
  return cols.map((c) => r[c]).join("|");
}

function dupes(rows: Row[], cols: readonly string[], file: string, p: Problems): void {
  const seen = new Set<string>();
  for (const r of rows) {
    const k = key(r, cols);
    if (seen.has(k)) p.add(`${file}: duplicate key ${k}`);
    seen.add(k);
  }
}

type Span = { from: number; to: number; min: number; max: number; level: string };

/** Checks one package against its descriptor and the shared tables; returns row counts. */
function checkPackage(dir: string, entities: Map<string, Row>, sources: Map<string, Row>, p: Problems, optional: ReadonlySet<string>): Record<string, number> {
  const counts: Record<string, number> = {};
  const pkgPath = join(dir, "datapackage.json");
  const pkg = JSON.parse(readFileSync(pkgPath, "utf8")) as { resources: { name: string; path: string; schema: TableSchema }[]; sources: { "x-id": string }[] };
  const tables = new Map<string, Row[]>();
  for (const res of pkg.resources) {
    const file = join(dir, res.path);
    if (!existsSync(file)) {
      if (optional.has(file)) console.warn(`check: WARNING ${file} not written (press module missing)`);
      else p.add(`${file}: missing (described in ${pkgPath})`);
      continue;
    }
    const text = readFileSync(file, "utf8");
    if (text.charCodeAt(0) === 0xfeff || text.includes("\r") || text !== text.normalize("NFC")) p.add(`${file}: BOM, CR or non-NFC text`);
    const header = text.slice(0, text.indexOf("\n")).split(",");
    const names = res.schema.fields.map((f) => f.name);
    if (header.join(",") !== names.join(",")) p.add(`${file}: header ${header.join(",")} ≠ schema ${names.join(",")}`);
    const rows = readCsv(file);
    tables.set(res.name, rows);
    counts[res.path] = rows.length;
    if (res.schema.primaryKey) dupes(rows, res.schema.primaryKey, file, p);
    dupes(rows, names, `${file} (whole row)`, p);
    for (const f of res.schema.fields) {
      const c = f.constraints ?? {};
      const seen = new Set<string>();
      for (const r of rows) {
        const v = r[f.name]!;
        if (v === "") {
          if (c.required) p.add(`${file}: ${f.name} empty in ${JSON.stringify(r)}`);
          continue;
        }
        if (c.unique) {
          if (seen.has(v)) p.add(`${file}: ${f.name} not unique: ${v}`);
          seen.add(v);
        }
        if (f.type === "integer" && !/^\d+$/.test(v)) p.add(`${file}: ${f.name} not an integer: ${v}`);
        if (f.type === "number" && !DECIMAL_RE.test(v)) p.add(`${file}: ${f.name} not a number: ${v}`);
        if (f.type === "date" && !/^\d{4}-\d{2}-\d{2}$/.test(v)) p.add(`${file}: ${f.name} not a date: ${v}`);
        if (c.pattern && !new RegExp(`^(?:${c.pattern})$`).test(v)) p.add(`${file}: ${f.name} ${v} !~ ${c.pattern}`);
        if (c.enum && !c.enum.map(String).includes(v)) p.add(`${file}: ${f.name} ${v} not in enum`);
        if (c.minimum !== undefined && Number(v) < c.minimum) p.add(`${file}: ${f.name} ${v} < ${c.minimum}`);
      }
    }
    if (res.schema.fields.some((f) => f.name === "source")) {
      for (const r of rows) if (!sources.has(r["source"]!)) p.add(`${file}: unknown source ${r["source"]}`);
    }
    for (const fk of res.schema.foreignKeys ?? []) {
      const target = new Set(entitiesOf(entities, fk.reference.resource));
      for (const r of rows) if (!target.has(r[fk.fields[0]!]!)) p.add(`${file}: ${fk.fields[0]} ${r[fk.fields[0]!]} not in ${fk.reference.resource}`);
    }
  }
  for (const s of pkg.sources) if (!sources.has(s["x-id"])) p.add(`${pkgPath}: lists unknown source ${s["x-id"]}`);

  const codebook = tables.get("codebook");
  if (codebook) {
    const spans = new Map<string, Span[]>();
    for (const c of codebook) {
      const s = { from: Number(c["first_edition"]), to: Number(c["last_edition"]), min: Number(c["min"]), max: Number(c["max"]), level: c["level"]! };
      if (s.from > s.to || s.min > s.max) p.add(`${dir}/codebook.csv: bad span or range ${key(c, ["indicator", "first_edition"])}`);
      const list = spans.get(c["indicator"]!) ?? [];
      if (list.some((o) => o.from <= s.to && s.from <= o.to)) p.add(`${dir}/codebook.csv: overlapping spans of ${c["indicator"]}`);
      spans.set(c["indicator"]!, [...list, s]);
    }
    for (const c of codebook) if (c["parent"] && !spans.has(c["parent"])) p.add(`${dir}/codebook.csv: unknown parent ${c["parent"]}`);
    for (const name of ["values", "published-check"]) {
      for (const r of tables.get(name) ?? []) checkValue(r, `${dir}/${name}`, spans, entities, sources, p);
    }
  }
  return counts;
}

function entitiesOf(entities: Map<string, Row>, table: string): string[] {
  return [...entities.entries()].filter(([, r]) => r["_table"] === table).map(([id]) => id);
}

function checkValue(r: Row, file: string, spans: Map<string, Span[]>, entities: Map<string, Row>, sources: Map<string, Row>, p: Problems): void {
  const periodEnd = r["period_end"] || r["period_start"];
  const year = r["edition"] !== undefined ? Number(r["edition"]) : periodEnd ? Number(periodEnd.slice(0, 4)) : NaN;
  const where = `${file}: ${key(r, Object.keys(r).filter((k) => k !== "note"))}`;
  const entity = entities.get(r["unit"]!);
  if (!entity) {
    if (r["unit"]!.startsWith("vn")) p.add(`${where}: unknown unit`);
    else unresolved.add(r["unit"]!);
  }
  else if (entity["_table"] === "units" && !Number.isNaN(year)) {
    const from = Number(entity["valid_from"]!.slice(0, 4));
    const to = entity["valid_to"] ? Number(entity["valid_to"].slice(0, 4)) : Infinity;
    if (year < from || year > to) p.add(`${where}: unit not valid in ${year}`);
  }
  if (Number.isNaN(year)) return; // a period without dates cannot be placed in a span
  const span = (spans.get(r["indicator"]!) ?? []).find((s) => s.from <= year && year <= s.to);
  if (!span) {
    p.add(`${where}: no codebook span for ${r["indicator"]} in ${year}`);
    return;
  }
  const value = r["value"] ?? r["published_value"] ?? "";
  if (value !== "" && (Number(value) < span.min || Number(value) > span.max)) p.add(`${where}: ${value} outside ${span.min}–${span.max}`);
  if (r["status"] !== undefined) {
    const status = r["status"];
    if (!(VALUE_STATUSES as readonly string[]).includes(status)) p.add(`${where}: status ${status}`);
    if ((value === "") !== MISSING.has(status)) p.add(`${where}: value/status mismatch`);
    const kind = sources.get(r["source"]!)?.["kind"];
    if ((status === "derived") !== (kind === "derived") && value !== "") p.add(`${where}: status ${status} with a ${kind} source`);
  }
}

/** Sum of the children vs the parent on official data: the import must not have broken a digit. */
function sums(values: Row[], childOf: (indicator: string) => string | null, parentName: (child: string) => string, sourceKind: (id: string) => string | undefined): { max: number; n: number; where: string } {
  const groups = new Map<string, { sum: number; count: number; missing: boolean }>();
  const parents = new Map<string, string>();
  for (const r of values) {
    if (sourceKind(r["source"]!) === "derived" || Number(r["edition"]) > 2019) continue;
    const base = `${r["edition"]}|${r["unit"]}`;
    const child = childOf(r["indicator"]!);
    if (child) {
      const k = `${base}|${parentName(r["indicator"]!)}`;
      const g = groups.get(k) ?? { sum: 0, count: 0, missing: false };
      if (r["value"] === "") g.missing = true;
      else g.sum += Number(r["value"]);
      g.count++;
      groups.set(k, g);
    }
    if (r["value"] !== "") parents.set(`${base}|${r["indicator"]}`, r["value"]!);
  }
  let max = 0;
  let n = 0;
  let where = "";
  for (const [k, g] of groups) {
    const parent = parents.get(k);
    if (g.missing || parent === undefined) continue;
    const dev = Math.abs(g.sum - Number(parent));
    n++;
    if (dev > max) [max, where] = [dev, k];
  }
  return { max, n, where };
}

/** `optional`: files another module writes; their absence is a warning, and so are ids they would define. */
export function selfCheck(dataDir: string, packages: readonly string[], optional: ReadonlySet<string> = new Set()): void {
  const p = new Problems();
  const sourcesRows = readCsv(join(dataDir, "sources.csv"));
  const sources = new Map(sourcesRows.map((s) => [s["id"]!, s]));
  dupes(sourcesRows, ["id"], "sources.csv", p);
  for (const s of sourcesRows) {
    if (!/^[a-z0-9-]+$/.test(s["id"]!)) p.add(`sources.csv: bad id ${s["id"]}`);
    if (!(SOURCE_KINDS as readonly string[]).includes(s["kind"]!)) p.add(`sources.csv: ${s["id"]} kind ${s["kind"]}`);
    for (const c of ["title", "publisher", "licence"]) if (!s[c]) p.add(`sources.csv: ${s["id"]} has no ${c}`);
    if (s["kind"] === "derived") {
      if (!s["method"] || !s["derived_from"]) p.add(`sources.csv: derived ${s["id"]} lacks method/derived_from`);
      for (const d of s["derived_from"]!.split(" ").filter(Boolean)) if (!sources.has(d)) p.add(`sources.csv: ${s["id"]} derived from unknown ${d}`);
    } else if (!s["url"]) p.add(`sources.csv: ${s["id"]} has no url`);
  }

  const entities = new Map<string, Row>();
  for (const t of ["units", "groups", "ministries", "agencies"]) {
    const file = join(dataDir, "reference", `${t}.csv`);
    if (!existsSync(file)) continue;
    for (const r of readCsv(file)) {
      if (entities.has(r["id"]!)) p.add(`entity id ${r["id"]} in two tables`);
      entities.set(r["id"]!, { ...r, _table: t });
    }
  }

  console.log(`check: sources.csv ${sourcesRows.length} rows (${Object.entries(Object.groupBy(sourcesRows, (s) => s["kind"]!)).map(([k, v]) => `${k} ${v?.length}`).join(", ")})`);
  for (const pkg of packages) {
    const counts = checkPackage(join(dataDir, pkg), entities, sources, p, optional);
    console.log(`check: ${pkg}: ${Object.entries(counts).map(([f, n]) => `${f} ${n}`).join(", ")}`);
  }

  const used = new Set<string>();
  for (const pkg of packages) {
    for (const f of ["values.csv", "published_check.csv", "units.csv", "lineage.csv", "ministries.csv", "agencies.csv"]) {
      const file = join(dataDir, pkg, f);
      if (existsSync(file)) for (const r of readCsv(file)) used.add(r["source"]!);
    }
  }
  for (const s of sourcesRows) for (const d of s["derived_from"]!.split(" ").filter(Boolean)) if (used.has(s["id"]!)) used.add(d);
  const unused = sourcesRows.filter((s) => !used.has(s["id"]!)).map((s) => s["id"]);
  if (unused.length) console.log(`check: ${unused.length} sources cited by no row: ${unused.join(", ")}`);

  const papiFile = join(dataDir, "papi", "values.csv");
  if (existsSync(papiFile)) {
    const values = readCsv(papiFile);
    const kind = (id: string) => sources.get(id)?.["kind"];
    const dims = sums(values, (i) => (/^d\d$/.test(i) ? i : null), () => "total", kind);
    const subs = sums(values, (i) => (/^sd\d\.\d$/.test(i) ? i : null), (i) => `d${i.slice(2, 3)}`, kind);
    console.log(`check: PAPI 2011–2019 official: |Σ dimensions − total| max ${dims.max.toExponential(2)} over ${dims.n} province-years (at ${dims.where})`);
    console.log(`check: PAPI 2011–2019 official: |Σ sub-dimensions − dimension| max ${subs.max.toExponential(2)} over ${subs.n} (at ${subs.where})`);
    if (dims.max > 1e-4 || subs.max > 1e-4) p.add("PAPI sums deviate by more than 1e-4");
    const byStatus = Object.entries(Object.groupBy(values, (v) => v["status"]!)).map(([k, v]) => `${k} ${v?.length}`).join(", ");
    console.log(`check: PAPI values by status: ${byStatus}`);
  }

  if (unresolved.size) {
    const groupsWritten = existsSync(join(dataDir, "reference", "groups.csv"));
    const msg = `entity ids not in reference/: ${[...unresolved].join(", ")}`;
    if (groupsWritten) p.add(msg);
    else console.warn(`check: WARNING ${msg} (groups.csv etc. not written yet)`);
  }
  if (p.list.length) throw new Error(`self-check failed (${p.list.length}${p.list.length === 200 ? "+" : ""}):\n  ${p.list.join("\n  ")}`);
  console.log("check: all checks passed");
}
