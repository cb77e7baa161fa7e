// Frictionless Data Package (v2) descriptors for data/<dataset>/datapackage.json.
//
// Cross-file references. A Frictionless resource path may not climb out of its package ("../"),
// and `foreignKeys` may only name resources of the same package. So:
// - references inside a package (lineage → units, agencies → units) are standard `foreignKeys`;
// - references to files of other packages (every `source` → ../sources.csv, every value's `unit`
//   → the entity tables of ../reference/) are listed in the schema property `x-foreignKeys`, same
//   shape as `foreignKeys` plus `reference.path` (the target CSV, relative to the package folder);
//   where a value may point into one of several tables, `reference.resource` is a list of
//   { resource, path } alternatives;
// - the schema of data/sources.csv itself, which belongs to no package, is given in the reference
//   package under `x-shared-resources`;
// - rules a Table Schema cannot state (an indicator's value within its codebook span and range,
//   status/value consistency) are listed in `x-checks` and enforced by src/lib/schema.
// Patterns follow Table Schema (XML Schema) semantics: they carry no ^…$ and must match the whole value.
// Frictionless tools ignore `x-` properties, so every descriptor stays valid v2.
import {
  AGENCY_COLUMNS, TILE_COLUMNS, CODEBOOK_COLUMNS, CODEBOOK_LEVELS, CODEBOOK_UNITS, GROUP_COLUMNS, LINEAGE_COLUMNS, MINISTRY_COLUMNS,
  PROCEDURE_VALUE_COLUMNS, PUBLISHED_CHECK_COLUMNS, SOURCE_COLUMNS, SOURCE_KINDS, UNIT_COLUMNS, VALUE_COLUMNS,
  VALUE_STATUSES, type Row, type Source,
} from "./lib.ts";

type FieldType = "string" | "integer" | "number" | "date";
type Constraints = { required?: boolean; unique?: boolean; minimum?: number; maximum?: number; enum?: readonly (string | number)[]; pattern?: string };
export type Field = { name: string; type: FieldType; description: string; constraints?: Constraints };
type Reference = { fields: string[]; reference: { resource: string; fields: string[] } };
type ExternalReference = { fields: string[]; reference: { resource: string | { resource: string; path: string }[]; path?: string; fields: string[] } };
export type TableSchema = {
  $schema: string; fields: Field[]; missingValues: string[]; primaryKey?: string[]; uniqueKeys?: string[][];
  foreignKeys?: Reference[]; "x-foreignKeys"?: ExternalReference[];
};

const ENTITY_ID = "[a-z0-9.-]+";
const SOURCE_ID = "[a-z0-9-]+";
const INDICATOR_ID = "[a-z0-9._-]+";

const str = (name: string, description: string, constraints?: Constraints): Field => ({ name, type: "string", description, ...(constraints && { constraints }) });
const int = (name: string, description: string, constraints?: Constraints): Field => ({ name, type: "integer", description, ...(constraints && { constraints }) });
const num = (name: string, description: string, constraints?: Constraints): Field => ({ name, type: "number", description, ...(constraints && { constraints }) });
const date = (name: string, description: string, constraints?: Constraints): Field => ({ name, type: "date", description, ...(constraints && { constraints }) });
const req = { required: true } as const;

const sourceFk = (path: string): ExternalReference => ({ fields: ["source"], reference: { resource: "sources", path, fields: ["id"] } });
const ENTITY_TABLES = ["units", "groups", "ministries", "agencies"] as const;
const entityFk = (field: string): ExternalReference => ({
  fields: [field],
  reference: { resource: ENTITY_TABLES.map((t) => ({ resource: t, path: `../reference/${t}.csv` })), fields: ["id"] },
});

function schema(columns: readonly string[], fields: Field[], primaryKey: string[] | null, fks: Reference[] = [], xfks: ExternalReference[] = [], uniqueKeys: string[][] = []): TableSchema {
  // The contract's column list is the single truth: a drift here is a bug, not a choice.
  const names = fields.map((f) => f.name);
  if (names.join(",") !== columns.join(",")) throw new Error(`schema fields ${names.join(",")} ≠ columns ${columns.join(",")}`);
  return {
    $schema: "https://datapackage.org/profiles/2.0/tableschema.json", fields, missingValues: [""], ...(primaryKey ? { primaryKey } : {}),
    ...(uniqueKeys.length ? { uniqueKeys } : {}), ...(fks.length ? { foreignKeys: fks } : {}), ...(xfks.length ? { "x-foreignKeys": xfks } : {}),
  };
}

const sourceField = str("source", "id of the source document in ../sources.csv", { required: true, pattern: SOURCE_ID });
const noteField = str("note", "what else the source says, as printed, or why a value is missing");

export const SCHEMAS = {
  sources: schema(SOURCE_COLUMNS, [
    str("id", "source id", { required: true, unique: true, pattern: SOURCE_ID }),
    str("kind", "kind of document", { required: true, enum: SOURCE_KINDS }),
    str("title", "what the document is", req),
    str("publisher", "site, organisation or repository", req),
    str("url", "address as read; github:owner/repo@commit:path for repositories; empty only for derived sources"),
    date("date", "publication date where known"),
    str("licence", "what we know of the terms", req),
    str("method", "for derived sources: how the values were computed"),
    str("method_vi", "for derived sources: the method in Vietnamese"),
    str("derived_from", "for derived sources: source ids, separated by a space"),
    noteField,
  ], ["id"]),
  units: schema(UNIT_COLUMNS, [
    str("id", "vn63-<GSO code> or vn34-<code>", { required: true, unique: true, pattern: "vn(63|34)-[0-9]{2}" }),
    int("frame", "63 (2008-08-01 to 2025-06-30) or 34 (from 2025-07-01)", { required: true, enum: [63, 34] }),
    str("code", "official two-digit code in that frame", { required: true, pattern: "[0-9]{2}" }),
    str("slug", "URL part", { required: true, unique: true, pattern: "[a-z0-9-]+" }),
    str("name_vi", "short name, Vietnamese", req), str("name_en", "short name, English", req),
    str("full_name_vi", "full name, Vietnamese", req), str("full_name_en", "full name, English", req),
    str("unit_type", "municipality (thành phố trực thuộc trung ương) or province (tỉnh)", { required: true, enum: ["municipality", "province"] }),
    date("valid_from", "first day of the frame", req), date("valid_to", "last day of the frame; empty while valid"),
    sourceField, noteField,
  ], ["id"], [], [sourceFk("../sources.csv")]),
  lineage: schema(LINEAGE_COLUMNS, [
    str("predecessor", "a 63-frame unit", { required: true, unique: true, pattern: "vn63-[0-9]{2}" }),
    str("successor", "the 34-frame unit its territory belongs to", { required: true, pattern: "vn34-[0-9]{2}" }),
    date("date", "date of effect", req),
    str("kind", "merged or unchanged", { required: true, enum: ["merged", "unchanged"] }),
    str("legal_basis", "the resolution", req),
    int("ward_rows", "rows of the official ward-level conversion table supporting the pair", { required: true, minimum: 1 }),
    sourceField, noteField,
  ], ["predecessor"], [
    { fields: ["predecessor"], reference: { resource: "units", fields: ["id"] } },
    { fields: ["successor"], reference: { resource: "units", fields: ["id"] } },
  ], [sourceFk("../sources.csv")]),
  ministries: schema(MINISTRY_COLUMNS, [
    str("id", "min-<slug>", { required: true, unique: true, pattern: "min-[a-z0-9-]+" }),
    str("name_vi", "name, Vietnamese", req), str("name_en", "name, English", req),
    date("valid_from", "empty: not recorded"), date("valid_to", "empty: not recorded or still valid"),
    sourceField, noteField,
  ], ["id"], [], [sourceFk("../sources.csv")]),
  groups: schema(GROUP_COLUMNS, [
    str("id", "agg-<slug> or reg-<slug>", { required: true, unique: true, pattern: "(agg|reg)-[a-z0-9.-]+" }),
    str("kind", "national, region or bloc", { required: true, enum: ["national", "region", "bloc"] }),
    str("name_vi", "name, Vietnamese", req), str("name_en", "name, English", req),
    noteField,
  ], ["id"]),
  agencies: schema(AGENCY_COLUMNS, [
    str("id", "ag-<slug>", { required: true, unique: true, pattern: "ag-[a-z0-9.-]+" }),
    str("province", "the unit the agency belongs to", { required: true, pattern: "vn(63|34)-[0-9]{2}" }),
    str("kind", "agency or agency_group", { required: true, enum: ["agency", "agency_group"] }),
    str("name_vi", "name, Vietnamese", req), str("name_en", "name, English", req),
    sourceField, noteField,
  ], ["id"], [{ fields: ["province"], reference: { resource: "units", fields: ["id"] } }], [sourceFk("../sources.csv")]),
  tiles: schema(TILE_COLUMNS, [
    str("unit", "the unit this tile stands for", { required: true, unique: true, pattern: "vn(63|34)-[0-9]{2}" }),
    int("row", "grid row, 0 = north", { required: true, minimum: 0 }),
    int("col", "grid column, 0 = west", { required: true, minimum: 0 }),
    str("label", "short label drawn on the tile", req),
  ], ["unit"], [{ fields: ["unit"], reference: { resource: "units", fields: ["id"] } }]),
  codebook: schema(CODEBOOK_COLUMNS, [
    str("indicator", "indicator code", { required: true, pattern: INDICATOR_ID }),
    int("first_edition", "first edition (year) of this meaning", req),
    int("last_edition", "last edition (year) of this meaning", req),
    str("parent", "the indicator this one sums into", { pattern: INDICATOR_ID }),
    str("level", "place in the hierarchy", { required: true, enum: CODEBOOK_LEVELS }),
    str("name_vi", "name, Vietnamese", req), str("name_en", "name, English", req),
    str("unit", "unit of the values", { required: true, enum: CODEBOOK_UNITS }),
    num("min", "smallest possible value (inclusive)", req), num("max", "largest possible value (inclusive)", req),
    str("comparability", "values compare across editions only within one group"),
    noteField,
  ], ["indicator", "first_edition"]),
  values: schema(VALUE_COLUMNS, [
    int("edition", "index year (the year measured)", req),
    str("unit", "entity id valid in that edition", { required: true, pattern: ENTITY_ID }),
    str("indicator", "codebook indicator", { required: true, pattern: INDICATOR_ID }),
    num("value", "the figure; empty when missing"),
    str("status", "reported, derived, or why the value is empty", { required: true, enum: VALUE_STATUSES }),
    int("rank", "rank as printed, when a plain number", { minimum: 1 }),
    int("rank_of", "number of units ranked, when printed", { minimum: 1 }),
    str("rank_text", "rank exactly as printed when not a plain number"),
    sourceField, noteField,
  ], ["edition", "unit", "indicator", "source"], [], [sourceFk("../sources.csv"), entityFk("unit")]),
  procedureValues: schema(PROCEDURE_VALUE_COLUMNS, [
    str("period", "period as printed", req),
    str("period_type", "kind of period", { required: true, enum: ["week", "month", "quarter", "year", "year_to_date", "snapshot", "unknown"] }),
    date("period_start", "first day; empty where not known"), date("period_end", "last day; empty where not known"),
    str("unit", "entity id valid at period_end (or period_start)", { required: true, pattern: ENTITY_ID }),
    str("indicator", "codebook indicator", { required: true, pattern: INDICATOR_ID }),
    num("value", "the figure; empty when missing"),
    str("status", "reported, derived, or why the value is empty", { required: true, enum: VALUE_STATUSES }),
    int("rank", "rank as printed, when a plain number", { minimum: 1 }),
    int("rank_of", "number of units ranked, when printed", { minimum: 1 }),
    str("rank_text", "rank exactly as printed when not a plain number"),
    sourceField, noteField,
  ], ["period", "unit", "indicator", "source"], [], [sourceFk("../sources.csv"), entityFk("unit")]),
  publishedCheck: schema(PUBLISHED_CHECK_COLUMNS, [
    int("edition", "PAPI edition (year measured)", req),
    str("unit", "entity id", { required: true, pattern: ENTITY_ID }),
    str("indicator", "codebook indicator", { required: true, pattern: INDICATOR_ID }),
    num("published_value", "the figure as printed; empty when only a rank or a statement was printed"),
    int("published_rank", "the rank as printed, when a plain number (otherwise in note)", { minimum: 1 }),
    sourceField, noteField,
    // No primary key: a page may print one figure twice at two precisions, and a printed figure
    // may be empty (only a rank). A v2 unique key allows the empty value and keys the diffs.
  ], null, [], [sourceFk("../sources.csv"), entityFk("unit")], [["edition", "unit", "indicator", "source", "published_value"]]),
} satisfies Record<string, TableSchema>;

const VALUE_CHECKS = [
  "every (indicator, edition) of values.csv falls in one codebook span first_edition–last_edition of that indicator",
  "value lies within the codebook min–max of that span",
  "value is empty exactly when status is not_published, no_data, not_surveyed or unit_not_existing",
  "status derived only with a source of kind derived; a derived source has method and derived_from",
  "unit is valid at the edition (63-frame units until 2025-06-30, 34-frame units from 2025-07-01)",
  "codebook spans of one indicator do not overlap; parent names an indicator of the codebook",
];

const CONVENTIONS = {
  "x-foreignKeys": "References to files outside this package (../sources.csv, ../reference/*.csv): same shape as foreignKeys, plus reference.path, the target CSV relative to this folder; when reference.resource is a list, the value must be an id in one of the listed tables.",
  "x-shared-resources": "data/sources.csv belongs to no package; its Table Schema is given in reference/datapackage.json under x-shared-resources.",
  pattern: "Constraint patterns carry no ^…$ anchors and must match the whole value (Table Schema semantics).",
  "x-checks": "Rules a Table Schema cannot state; enforced by the site's validator (src/lib/schema).",
};

type Resource = { name: string; path: string; schema: TableSchema; description: string };

function resource(r: Resource): Record<string, unknown> {
  return {
    name: r.name, type: "table", path: r.path, format: "csv", mediatype: "text/csv", encoding: "utf-8",
    description: r.description,
    dialect: { $schema: "https://datapackage.org/profiles/2.0/tabledialect.json", header: true, delimiter: ",", quoteChar: "\"", lineTerminator: "\n" },
    schema: r.schema,
  };
}

/** github:owner/repo@commit:path → the file's address on github.com (descriptor paths must be URLs). */
export function httpAddress(url: string): string {
  const m = /^github:([^/@\s]+\/[^/@\s]+)@([0-9a-f]{7,40}):(.+)$/.exec(url);
  if (!m) return url;
  return `https://github.com/${m[1]}/blob/${m[2]}/${m[3]!.split("/").map(encodeURIComponent).join("/")}`;
}

/** The sources a package uses, with what they were derived from, for its `sources` list. */
function packageSources(rows: readonly Row[], sources: ReadonlyMap<string, Source>): Record<string, string>[] {
  const ids = new Set(rows.map((r) => r["source"]).filter((s): s is string => Boolean(s)));
  for (const id of [...ids]) for (const d of sources.get(id)?.derived_from.split(" ").filter(Boolean) ?? []) ids.add(d);
  return [...ids].sort().map((id) => {
    const s = sources.get(id);
    if (!s) throw new Error(`package cites unknown source ${id}`);
    return { title: s.title, ...(s.url ? { path: httpAddress(s.url) } : {}), "x-id": id, "x-kind": s.kind };
  });
}

const CC_BY = { name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/" };
const PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json";

type Meta = { name: string; title: string; titleVi: string; description: string; descriptionVi: string; licenses: Record<string, string>[] };

const REFERENCE_CHECKS = [
  "every 63-frame unit is the predecessor of exactly one lineage row; every 34-frame unit is the successor of at least one",
  "kind unchanged exactly when the successor has this one predecessor, with the same code",
  "an id is unique across units, groups, ministries and agencies (one id space for entities)",
];

function descriptor(meta: Meta, resources: Resource[], rows: readonly Row[], sources: ReadonlyMap<string, Source>, extra: Record<string, unknown> = {}, checks: readonly string[] = VALUE_CHECKS): Record<string, unknown> {
  return {
    $schema: PROFILE, name: meta.name, title: meta.title, "x-title-vi": meta.titleVi,
    description: meta.description, "x-description-vi": meta.descriptionVi, version: "1.0.0",
    licenses: meta.licenses, sources: packageSources(rows, sources),
    resources: resources.map(resource),
    ...extra,
    "x-conventions": CONVENTIONS,
    "x-checks": checks,
  };
}

export type PackageRows = Record<string, Row[]>;

export function referencePackage(rows: PackageRows, sources: ReadonlyMap<string, Source>): Record<string, unknown> {
  return descriptor({
    name: "minh-bach-reference", title: "Provinces of Vietnam (63 and 34 units), the 2025 merger, ministries and aggregates",
    titleVi: "Đơn vị hành chính cấp tỉnh (63 và 34), sắp xếp năm 2025, bộ ngành và nhóm tổng hợp",
    description: "The entities every value of the portal is about: the 63 provinces (2008-08-01 – 2025-06-30) and the 34 provincial units (from 2025-07-01) with their official codes; the lineage of each old province under Nghị quyết 202/2025/QH15 with the number of rows of the official ward-level conversion table supporting it; ministries, aggregates (national averages, regions) and provincial agencies named by the data. Ids are never bare names or codes, because both were reused in 2025.",
    descriptionVi: "Các thực thể mà mọi số liệu của cổng thông tin nói tới: 63 tỉnh, thành phố (01/8/2008 – 30/6/2025) và 34 đơn vị hành chính cấp tỉnh (từ 01/7/2025) với mã chính thức; quan hệ kế thừa theo Nghị quyết 202/2025/QH15; các bộ, ngành, nhóm tổng hợp và cơ quan cấp tỉnh được nhắc tới trong dữ liệu.",
    licenses: [
      { ...CC_BY, title: "Creative Commons Attribution 4.0: this compilation (ids, slugs, structure)" },
      { name: "MIT", path: "https://opensource.org/license/mit", title: "MIT: province codes and names from github.com/thanglequoc/vietnamese-provinces-database (built from the GSO/NSO API)" },
      { name: "GPL-3.0-or-later", path: "https://www.gnu.org/licenses/gpl-3.0.html", title: "GPL-3.0-or-later: the repository github.com/sunshine-tech/VietnamProvinces whose copy of the NSO ward-level conversion table gives the lineage pairs and ward_rows counts" },
    ],
  }, [
    { name: "units", path: "units.csv", schema: SCHEMAS.units, description: "The 63 provinces and the 34 provincial units" },
    { name: "lineage", path: "lineage.csv", schema: SCHEMAS.lineage, description: "63 → 34, one row per old province" },
    { name: "ministries", path: "ministries.csv", schema: SCHEMAS.ministries, description: "Ministries and ministry-level agencies named by the data" },
    { name: "groups", path: "groups.csv", schema: SCHEMAS.groups, description: "Aggregates: national averages, socio-economic regions, blocs" },
    { name: "agencies", path: "agencies.csv", schema: SCHEMAS.agencies, description: "A province's own agencies and agency groups" },
    { name: "tiles-63", path: "tiles-63.csv", schema: SCHEMAS.tiles, description: "Tile-grid map layout of the 63 provinces: our own design, one equal tile per province" },
    { name: "tiles-34", path: "tiles-34.csv", schema: SCHEMAS.tiles, description: "Tile-grid map layout of the 34 units: our own design, one equal tile per unit" },
  ], Object.values(rows).flat(), sources, {
    "x-shared-resources": [{
      name: "sources", path: "../sources.csv", format: "csv", mediatype: "text/csv", encoding: "utf-8",
      description: "Every source document; every row of every package names one (see x-foreignKeys)", schema: SCHEMAS.sources,
    }],
  }, REFERENCE_CHECKS);
}

export function papiPackage(rows: PackageRows, sources: ReadonlyMap<string, Source>): Record<string, unknown> {
  return descriptor({
    name: "minh-bach-papi", title: "PAPI: Provincial Governance and Public Administration Performance Index, 2011–2024",
    titleVi: "Chỉ số Hiệu quả Quản trị và Hành chính công cấp tỉnh (PAPI), 2011–2024",
    description: "PAPI scores of the 63 provinces by CECODES, VFF-CRT, RTA and UNDP: 2011–2019 totals, dimensions and sub-dimensions from copies of the papi.org.vn data files (2019 also the weighted total and the 95% confidence interval); 2020–2024 sub-dimensions from a third-party CSV (ml-mcdm, provenance not stated) and dimension and total scores derived by us as their sums (status derived). 2011–2017 (six dimensions, max 60) and 2018 onward (eight dimensions, max 80) are not comparable. published_check.csv holds figures printed in PAPI reports and the press for comparison.",
    descriptionVi: "Điểm PAPI của 63 tỉnh, thành phố (CECODES, VFF-CRT, RTA, UNDP): 2011–2019 từ bản sao tệp dữ liệu của papi.org.vn; 2020–2024 điểm nội dung thành phần từ một tệp CSV của bên thứ ba, điểm chỉ số nội dung và tổng điểm do chúng tôi cộng lại (trạng thái derived). Giai đoạn 2011–2017 (6 chỉ số, tối đa 60) và từ 2018 (8 chỉ số, tối đa 80) không so sánh được với nhau.",
    licenses: [
      { ...CC_BY, title: "Creative Commons Attribution 4.0: our compilation, codebook and derived values (dimension and total scores 2020–2024)" },
      { path: "https://papi.org.vn/eng/", title: "PAPI data © CECODES, VFF-CRT, RTA, UNDP: published on papi.org.vn for public download; the copies used (github.com/mdtrinh/vietnam_elections) carry no licence file; the PAPI reports say \"All rights reserved\". Reuse of the scores is at the producers' terms." },
      { name: "MIT", path: "https://opensource.org/license/mit", title: "MIT (© 2026 Son Hoang): the 2020–2024 sub-dimension scores from github.com/hnks-gh/ml-mcdm, whose own provenance is not stated" },
    ],
  }, [
    { name: "codebook", path: "codebook.csv", schema: SCHEMAS.codebook, description: "Indicators per span of editions" },
    { name: "values", path: "values.csv", schema: SCHEMAS.values, description: "One row per edition, province, indicator and source" },
    { name: "published-check", path: "published_check.csv", schema: SCHEMAS.publishedCheck, description: "PAPI figures printed in reports and the press" },
  ], Object.values(rows).flat(), sources);
}

const PRESS_LICENSES = [
  { ...CC_BY, title: "Creative Commons Attribution 4.0: our compilation and codebook; the figures are facts quoted from the pages listed in sources, each page © its publisher" },
];

export function pressPackage(dataset: "par-index" | "sipas" | "procedures", rows: PackageRows, sources: ReadonlyMap<string, Source>): Record<string, unknown> {
  const meta: Record<typeof dataset, Omit<Meta, "licenses">> = {
    "par-index": {
      name: "minh-bach-par-index", title: "PAR Index: Public Administration Reform Index of provinces and ministries, as printed in the press",
      titleVi: "Chỉ số cải cách hành chính (PAR Index) của các tỉnh và bộ, theo báo chí",
      description: "PAR Index (Bộ Nội vụ) figures for provinces, ministries and averages, index years 2012–2024, read on news pages and government portals. The ministry publishes the full tables as images, so no year is complete: each row holds only what a page printed, with its source; conflicting figures are separate rows.",
      descriptionVi: "Số liệu Chỉ số cải cách hành chính (Bộ Nội vụ) của các tỉnh, bộ và số trung bình, năm đánh giá 2012–2024, theo các trang tin và cổng thông tin. Không năm nào đầy đủ; mỗi dòng chỉ ghi điều một trang đã đăng, kèm nguồn.",
    },
    sipas: {
      name: "minh-bach-sipas", title: "SIPAS: Satisfaction Index of Public Administrative Services, as printed in the press",
      titleVi: "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS), theo báo chí",
      description: "SIPAS figures (national averages, provinces, components), index years 2017–2024, read on news pages. No full provincial table was found: each row holds only what a page printed, with its source.",
      descriptionVi: "Số liệu SIPAS (trung bình cả nước, các tỉnh, các thành phần), năm đánh giá 2017–2024, theo các trang tin. Không có bảng đầy đủ; mỗi dòng ghi điều một trang đã đăng, kèm nguồn.",
    },
    procedures: {
      name: "minh-bach-procedures", title: "Administrative procedures: the QĐ 766 service index and processing rates, as printed in the press",
      titleVi: "Thủ tục hành chính: Bộ chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg) và tỷ lệ giải quyết hồ sơ, theo báo chí",
      description: "Scores of the index of Quyết định 766/QĐ-TTg (out of 100) and processing rates (online services, on-time processing, digitisation, online payment) for named periods, read on news pages and provincial portals. Periods differ between rows (weekly, monthly, yearly snapshots): every row says which period it is for.",
      descriptionVi: "Điểm Bộ chỉ số theo Quyết định 766/QĐ-TTg (thang 100) và các tỷ lệ xử lý hồ sơ theo từng kỳ, theo các trang tin và cổng thông tin tỉnh. Kỳ số liệu khác nhau giữa các dòng; mỗi dòng ghi rõ kỳ.",
    },
  };
  return descriptor({ ...meta[dataset], licenses: PRESS_LICENSES }, [
    { name: "codebook", path: "codebook.csv", schema: SCHEMAS.codebook, description: "Indicators per span of editions (years)" },
    {
      name: "values", path: "values.csv", schema: dataset === "procedures" ? SCHEMAS.procedureValues : SCHEMAS.values,
      description: dataset === "procedures" ? "One row per printed period, unit, indicator and source" : "One row per edition, unit, indicator and source",
    },
  ], Object.values(rows).flat(), sources);
}
