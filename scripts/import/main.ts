// One-time import: ../shared/sources → data/. Run: node scripts/import/main.ts [path/to/shared/sources]
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import {
  AGENCY_COLUMNS, CODEBOOK_COLUMNS, GROUP_COLUMNS, LINEAGE_COLUMNS, MINISTRY_COLUMNS, PROCEDURE_VALUE_COLUMNS,
  PUBLISHED_CHECK_COLUMNS, SOURCE_COLUMNS, SourceRegistry, UNIT_COLUMNS, VALUE_COLUMNS, writeCsv, type Row,
} from "./lib.ts";
import { importReference } from "./reference.ts";
import { importPapi } from "./papi.ts";
import { papiPackage, pressPackage, referencePackage } from "./datapackage.ts";
import { selfCheck } from "./check.ts";
import { directivesPackage, importDirectives, writeDirectives } from "./directives.ts";

const PRESS_DATASETS = ["par-index", "sipas", "procedures"] as const;
type PressDataset = (typeof PRESS_DATASETS)[number];
type Press = {
  ministries: Row[]; groups: Row[]; agencies: Row[];
  datasets: Record<PressDataset, { codebook: Row[]; values: Row[] }>;
};

const isRows = (x: unknown): x is Row[] =>
  Array.isArray(x) && x.every((r) => typeof r === "object" && r !== null && Object.values(r).every((v) => typeof v === "string"));

/** The press module is written separately; its result is checked, not trusted, before use. */
function asPress(x: unknown): Press {
  const o = x as Partial<Record<string, unknown>>;
  const ds = o["datasets"] as Partial<Record<string, { codebook?: unknown; values?: unknown }>> | undefined;
  const ok = isRows(o["ministries"]) && isRows(o["groups"]) && isRows(o["agencies"]) && ds !== undefined &&
    PRESS_DATASETS.every((d) => isRows(ds[d]?.codebook) && isRows(ds[d]?.values));
  if (!ok) throw new Error("importPress returned an unexpected shape");
  return x as Press;
}

async function loadPress(shared: string, sources: SourceRegistry): Promise<Press | null> {
  const file = join(import.meta.dirname, "press.ts");
  if (!existsSync(file)) {
    console.warn("WARNING: scripts/import/press.ts not found: ministries, groups, agencies, par-index, sipas and procedures are not written");
    return null;
  }
  const mod: unknown = await import(pathToFileURL(file).href);
  const fn = (mod as { importPress?: unknown }).importPress;
  if (typeof fn !== "function") throw new Error("press.ts does not export importPress");
  return asPress(fn({ shared, sources }));
}

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, JSON.stringify(value, null, 2) + "\n", "utf8");
}

const root = resolve(import.meta.dirname, "../..");
const shared = resolve(process.argv[2] ?? join(root, "../shared/sources"));
const data = join(root, "data");
if (!existsSync(join(shared, "papi_totals_2011_2019.csv"))) throw new Error(`no shared sources at ${shared}`);
console.log(`import: ${shared} → ${data}`);

const registry = new SourceRegistry();
// The press module runs first: it registers the seed articles and the news pages under their own titles.
const press = await loadPress(shared, registry);
const reference = importReference(shared, registry);
const papi = importPapi(shared, registry, new Set(reference.units.map((u) => u["id"]!)));

writeCsv(join(data, "reference", "units.csv"), UNIT_COLUMNS, reference.units);
writeCsv(join(data, "reference", "lineage.csv"), LINEAGE_COLUMNS, reference.lineage);
writeCsv(join(data, "papi", "codebook.csv"), CODEBOOK_COLUMNS, papi.codebook);
writeCsv(join(data, "papi", "values.csv"), VALUE_COLUMNS, papi.values);
writeCsv(join(data, "papi", "published_check.csv"), PUBLISHED_CHECK_COLUMNS, papi.publishedCheck);
if (press) {
  writeCsv(join(data, "reference", "ministries.csv"), MINISTRY_COLUMNS, press.ministries);
  writeCsv(join(data, "reference", "groups.csv"), GROUP_COLUMNS, press.groups);
  writeCsv(join(data, "reference", "agencies.csv"), AGENCY_COLUMNS, press.agencies);
  for (const d of PRESS_DATASETS) {
    writeCsv(join(data, d, "codebook.csv"), CODEBOOK_COLUMNS, press.datasets[d].codebook);
    writeCsv(join(data, d, "values.csv"), d === "procedures" ? PROCEDURE_VALUE_COLUMNS : VALUE_COLUMNS, press.datasets[d].values);
  }
}
// Directives after the press import: they cite pages it may have registered under the same id.
const directives = importDirectives(shared, registry);
writeDirectives(data, directives, directivesPackage());
writeCsv(join(data, "sources.csv"), SOURCE_COLUMNS, registry.rows());

const byId = registry.byId;
writeJson(join(data, "reference", "datapackage.json"), referencePackage({
  units: reference.units, lineage: reference.lineage,
  ministries: press?.ministries ?? [], agencies: press?.agencies ?? [],
}, byId));
writeJson(join(data, "papi", "datapackage.json"), papiPackage({ values: papi.values, published: papi.publishedCheck }, byId));
for (const d of PRESS_DATASETS) {
  // The descriptor is written even before the press data exist, so the package layout is complete.
  mkdirSync(join(data, d), { recursive: true });
  writeJson(join(data, d, "datapackage.json"), pressPackage(d, { values: press?.datasets[d].values ?? [] }, byId));
}

const pressFiles = new Set([
  ...["ministries", "groups", "agencies"].map((t) => join(data, "reference", `${t}.csv`)),
  ...PRESS_DATASETS.flatMap((d) => [join(data, d, "codebook.csv"), join(data, d, "values.csv")]),
]);
selfCheck(data, ["reference", "papi", ...PRESS_DATASETS], press ? new Set() : pressFiles);
