// Other names people type for a unit or an index. Units get their own names, the names of the
// units they were formed from or became on 1 July 2025 (from reference/lineage.csv), and the few
// popular names no table holds (TP.HCM, Sài Gòn, Huế), kept here and checked against the units.
import { compact } from "./fold-tokens.ts";

export interface AliasUnit {
  id: string;
  name_vi: string;
  name_en: string;
  full_name_vi: string;
  full_name_en: string;
}

export interface AliasLineage {
  predecessor: string;
  successor: string;
  kind: string;
}

/** Popular names by unit id. Every id must be a unit (checkAliasTable). */
export const POPULAR_NAMES: Readonly<Record<string, readonly string[]>> = {
  "vn63-79": ["TP.HCM", "TPHCM", "TP HCM", "HCM", "HCMC", "Sài Gòn", "Saigon"],
  "vn34-79": ["TP.HCM", "TPHCM", "TP HCM", "HCM", "HCMC", "Sài Gòn", "Saigon"],
  "vn63-46": ["Huế", "Thừa Thiên - Huế", "Thừa Thiên-Huế"],
  "vn34-46": ["Thừa Thiên Huế", "Thừa Thiên - Huế"],
  "vn63-01": ["HN"],
  "vn34-01": ["HN"],
};

/** Other names of the indices, by index id. */
export const INDEX_NAMES: Readonly<Record<string, readonly string[]>> = {
  papi: ["PAPI", "Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh", "Provincial Governance and Public Administration Performance Index"],
  "par-index": ["PAR Index", "Chỉ số cải cách hành chính", "Chỉ số CCHC", "Public Administration Reform Index"],
  sipas: ["SIPAS", "Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước", "Satisfaction Index of Public Administrative Services"],
  procedures: ["Thủ tục hành chính", "TTHC", "Bộ chỉ số phục vụ người dân, doanh nghiệp", "Administrative procedures"],
};

/** Unit ids of the popular-names table that are not units. */
export function checkAliasTable(units: readonly Pick<AliasUnit, "id">[], table: Readonly<Record<string, readonly string[]>> = POPULAR_NAMES): string[] {
  const ids = new Set(units.map((u) => u.id));
  return Object.keys(table).filter((id) => !ids.has(id)).map((id) => `search alias table: "${id}" is not a unit in reference/units.csv`);
}

export interface UnitNames {
  /** The unit's own names (both languages, short and full). */
  own: string[];
  /** Popular names and the names of its predecessors or successor. */
  aliases: string[];
  /** Names of the units it was formed from (for a 2025 unit), for "formerly" notes. */
  predecessors: string[];
  /** Name of the unit it became on 1 July 2025 (for a former unit), if renamed or merged. */
  successor: string | null;
}

const unique = (xs: string[]) => [...new Map(xs.map((x) => [compact(x), x] as const)).values()];

/** Every name a unit can be found by. */
export function unitNames(units: readonly AliasUnit[], lineage: readonly AliasLineage[], table = POPULAR_NAMES): Map<string, UnitNames> {
  const byId = new Map(units.map((u) => [u.id, u] as const));
  const out = new Map<string, UnitNames>();
  for (const u of units) {
    const own = unique([u.name_vi, u.name_en, u.full_name_vi, u.full_name_en]);
    const preds = lineage.filter((l) => l.successor === u.id).map((l) => byId.get(l.predecessor)).filter((p): p is AliasUnit => p !== undefined);
    const succ = lineage.filter((l) => l.predecessor === u.id).map((l) => byId.get(l.successor)).find((s): s is AliasUnit => s !== undefined);
    const predecessors = preds.map((p) => p.name_vi).filter((n) => n !== u.name_vi);
    const successor = succ !== undefined && succ.name_vi !== u.name_vi ? succ.name_vi : null;
    const lineageNames = [...preds.flatMap((p) => [p.name_vi, p.name_en]), ...(succ ? [succ.name_vi, succ.name_en] : [])];
    const ownKeys = new Set(own.map(compact));
    const aliases = unique([...(table[u.id] ?? []), ...lineageNames]).filter((a) => !ownKeys.has(compact(a)));
    out.set(u.id, { own, aliases, predecessors, successor });
  }
  return out;
}
