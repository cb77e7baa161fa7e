// Provinces (63 and 34 frames) and the 63 → 34 lineage of 1 July 2025.
import { join } from "node:path";
import { readCsv, slugify, type Row, type SourceRegistry } from "./lib.ts";

const FRAME63_FROM = "2008-08-01";
const FRAME63_TO = "2025-06-30";
const FRAME34_FROM = "2025-07-01";
const MERGER_DATE = "2025-07-01";
const LEGAL_BASIS = "Nghị quyết 202/2025/QH15";

const B1_REPO = "thanglequoc/vietnamese-provinces-database";
const B1_V241 = "fc33b7411ec4e3697817fab8118718a8d39ef090";
const B1_V302 = "78594ea643d5fdebd640ea3889ea91f84b9463ae";
const B2_REPO = "sunshine-tech/VietnamProvinces";
const B2_COMMIT = "809e91baefbe3153ccaecc9b2286303a98b9119b";
const B2_PATH = "dev/seed-data/2025-07/BangChuyendoiĐVHCmoi_cu_khong_merge.csv";

/**
 * The provinces database describes 01/03/2025, when code 46 was already Thành phố Huế. In every
 * edition we hold (2011–2024) it was the province of Thừa Thiên Huế, as the PAPI files and the
 * press name it, so the 63-frame unit carries that name; the note keeps the database's.
 */
const THUA_THIEN_HUE_CODE = "46";
const THUA_THIEN_HUE: Row = {
  slug: "thua-thien-hue-63", name_vi: "Thừa Thiên Huế", name_en: "Thua Thien Hue",
  full_name_vi: "Tỉnh Thừa Thiên Huế", full_name_en: "Thua Thien Hue Province", unit_type: "province",
  note: "Named Thừa Thiên-Huế (a province) in the PAPI data files 2011–2019 and in the press through 2024; the provinces database (state of 01/03/2025) lists it as Thành phố Huế, a centrally-run city, the status it had when the 63-province frame ended.",
};

export type Reference = { units: Row[]; lineage: Row[] };

function registerSources(reg: SourceRegistry): { s63: string; s34: string; lineage: string } {
  const s63 = reg.add({
    id: "vn-provinces-db-v2-4-1", kind: "compilation",
    title: "Vietnamese provinces database, tag v2.4.1: the 63 provinces with GSO codes and names (data to 01/03/2025)",
    publisher: `GitHub: ${B1_REPO}`, url: `github:${B1_REPO}@${B1_V241}:mysql/ImportData_vn_units.sql`, date: "",
    licence: "MIT", method: "", derived_from: "",
    note: "The repository builds its data from the GSO/NSO administrative-units API. It describes the state of 01/03/2025: code 46 is listed as Thành phố Huế (thành phố trực thuộc trung ương), while the PAPI files of 2011–2019 name the same province Thừa Thiên-Huế.",
  });
  const s34 = reg.add({
    id: "vn-provinces-db-v3-0-2", kind: "compilation",
    title: "Vietnamese provinces database, tag v3.0.2: the 34 provincial units per Quyết định 19/2025/QĐ-TTg, effective 01/07/2025",
    publisher: `GitHub: ${B1_REPO}`, url: `github:${B1_REPO}@${B1_V302}:postgresql/ImportData_vn_units.sql`, date: "",
    licence: "MIT", method: "", derived_from: "",
    note: "The repository HEAD (cd58063299585146ded3981f2272946ef19ced54, 2026) lists \"Thành phố Đồng Nai\" as a centrally-run city, citing 30/2026/QH16 and 237/NQ-UBTVQH16 (issued 14/04/2026, effective 30/04/2026); seen in this repository only, so units.csv keeps Đồng Nai as a province as of 01/07/2025.",
  });
  const lineage = reg.add({
    id: "vietnamprovinces-conversion-2025-07", kind: "compilation",
    title: "Ward-level conversion table of administrative units, new ↔ old (\"Bảng chuyển đổi ĐVHC mới – cũ\", NSO), copy in the VietnamProvinces seed data",
    publisher: `GitHub: ${B2_REPO}`, url: `github:${B2_REPO}@${B2_COMMIT}:${B2_PATH}`, date: "",
    licence: "GPL-3.0-or-later", method: "", derived_from: "",
    note: "Province pairs taken as the majority of ward rows; agrees with the news summaries of Nghị quyết 202/2025/QH15 read on nld.com.vn, vnexpress.net and nghean24h.vn (partial lists).",
  });
  return { s63, s34, lineage };
}

function unitType(s: string, where: string): string {
  if (s === "Thành phố trực thuộc trung ương") return "municipality";
  if (s === "Tỉnh") return "province";
  throw new Error(`${where}: unknown unit_type ${JSON.stringify(s)}`);
}

function code2(s: string, where: string): string {
  if (!/^\d{2}$/.test(s)) throw new Error(`${where}: not a two-digit code: ${JSON.stringify(s)}`);
  return s;
}

export function importReference(shared: string, reg: SourceRegistry): Reference {
  const src = registerSources(reg);
  const p63 = readCsv(join(shared, "provinces_63_codes.csv"));
  const p34 = readCsv(join(shared, "provinces_34_2025.csv"));
  const map = readCsv(join(shared, "province_mapping_63_to_34.csv"));

  const units: Row[] = [];
  for (const r of p63) {
    const code = code2(r["gso_code"] ?? "", "provinces_63_codes");
    const unit: Row = {
      id: `vn63-${code}`, frame: "63", code, slug: `${slugify(r["name_vi"]!)}-63`,
      name_vi: r["name_vi"]!, name_en: r["name_en"]!, full_name_vi: r["full_name_vi"]!, full_name_en: r["full_name_en"]!,
      unit_type: unitType(r["unit_type"]!, `vn63-${code}`), valid_from: FRAME63_FROM, valid_to: FRAME63_TO, source: src.s63, note: "",
    };
    units.push(THUA_THIEN_HUE_CODE === code ? { ...unit, ...THUA_THIEN_HUE } : unit);
  }
  for (const r of p34) {
    const code = code2(r["code"] ?? "", "provinces_34_2025");
    units.push({
      id: `vn34-${code}`, frame: "34", code, slug: slugify(r["name_vi"]!),
      name_vi: r["name_vi"]!, name_en: r["name_en"]!, full_name_vi: r["full_name_vi"]!, full_name_en: r["full_name_en"]!,
      unit_type: unitType(r["unit_type"]!, `vn34-${code}`), valid_from: FRAME34_FROM, valid_to: "", source: src.s34, note: "",
    });
  }
  units.sort((a, b) => a["id"]!.localeCompare(b["id"]!));
  if (p63.length !== 63 || p34.length !== 34) throw new Error(`expected 63 + 34 units, got ${p63.length} + ${p34.length}`);
  for (const col of ["id", "slug"]) {
    const seen = new Set<string>();
    for (const u of units) {
      if (seen.has(u[col]!)) throw new Error(`units.csv: duplicate ${col} ${u[col]}`);
      seen.add(u[col]!);
    }
  }

  const ids = new Set(units.map((u) => u["id"]!));
  const lineage: Row[] = map.map((r) => {
    const pred = `vn63-${code2(r["old_gso_code"]!, "mapping old")}`;
    const succ = `vn34-${code2(r["new_code"]!, "mapping new")}`;
    if (!ids.has(pred) || !ids.has(succ)) throw new Error(`lineage ${pred} → ${succ}: unknown unit`);
    const wards = r["ward_rows_supporting"]!;
    if (!/^\d+$/.test(wards)) throw new Error(`lineage ${pred}: ward rows ${wards}`);
    return {
      predecessor: pred, successor: succ, date: MERGER_DATE,
      kind: r["status"]!.startsWith("unchanged") ? "unchanged" : "merged",
      legal_basis: LEGAL_BASIS, ward_rows: wards, source: src.lineage, note: r["note"]!,
    };
  }).sort((a, b) => a["predecessor"]!.localeCompare(b["predecessor"]!));

  checkLineage(units, lineage, p34);
  return { units, lineage };
}

/** The merger must be a partition: each old unit once, each new unit at least once. */
function checkLineage(units: Row[], lineage: Row[], p34: Row[]): void {
  const preds = new Map<string, number>();
  const succs = new Map<string, string[]>();
  for (const l of lineage) {
    preds.set(l["predecessor"]!, (preds.get(l["predecessor"]!) ?? 0) + 1);
    succs.set(l["successor"]!, [...(succs.get(l["successor"]!) ?? []), l["predecessor"]!]);
  }
  const problems: string[] = [];
  for (const u of units) {
    if (u["frame"] === "63" && preds.get(u["id"]!) !== 1) problems.push(`${u["id"]} appears ${preds.get(u["id"]!) ?? 0}× as predecessor`);
    if (u["frame"] === "34" && !succs.has(u["id"]!)) problems.push(`${u["id"]} has no predecessor`);
  }
  // "unchanged" must mean exactly that: a sole predecessor keeping its code.
  for (const l of lineage) {
    const alone = succs.get(l["successor"]!)!.length === 1;
    const sameCode = l["predecessor"]!.slice(5) === l["successor"]!.slice(5);
    if ((l["kind"] === "unchanged") !== (alone && sameCode)) problems.push(`${l["predecessor"]} kind ${l["kind"]} but ${succs.get(l["successor"]!)!.length} predecessor(s)`);
  }
  // The 34-unit table lists its former provinces; it must agree with the ward-level mapping.
  for (const r of p34) {
    const listed = r["former_gso_codes"]!.split(" ").map((c) => `vn63-${c}`).sort().join(" ");
    const mapped = [...(succs.get(`vn34-${r["code"]}`) ?? [])].sort().join(" ");
    if (listed !== mapped) problems.push(`vn34-${r["code"]}: provinces_34 lists ${listed}, mapping gives ${mapped}`);
  }
  if (problems.length) throw new Error(`lineage check failed:\n  ${problems.join("\n  ")}`);
  const unchanged = lineage.filter((l) => l["kind"] === "unchanged").length;
  const merged = lineage.filter((l) => l["kind"] === "merged");
  const mergedInto = new Set(merged.map((l) => l["successor"]));
  console.log(`lineage: ${lineage.length} rows; ${unchanged} unchanged, ${merged.length} merged into ${mergedInto.size} units; ` +
    `34-frame units: ${succs.size} (${unchanged} + ${mergedInto.size})`);
}
