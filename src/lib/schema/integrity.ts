// Checks that need more than one row or one table: foreign keys, validity dates, edition spans,
// ranges and statuses. Each error points at the row and column to fix.
import type { DataError, ErrorCode } from "../csv/errors.ts";
import type { Table } from "./table.ts";
import {
  MISSING_STATUSES, PRESENT_STATUSES,
  type Agency, type CodebookRow, type Tile, type Group, type Lineage, type Ministry, type ProcedureValueRow,
  type PublishedCheckRow, type Source, type Unit, type ValueRow,
} from "./tables.ts";

export interface Entity {
  id: string;
  kind: "unit" | "ministry" | "group" | "agency";
  validFrom: string | null;
  validTo: string | null;
}

export interface IndexTables {
  codebook: Table<CodebookRow>;
  values: Table<ValueRow>;
}

export interface Bundle {
  sources: Table<Source>;
  units: Table<Unit>;
  lineage: Table<Lineage>;
  ministries: Table<Ministry>;
  groups: Table<Group>;
  agencies: Table<Agency>;
  tiles63: Table<Tile>;
  tiles34: Table<Tile>;
  indices: Record<string, IndexTables>;
  publishedChecks: Table<PublishedCheckRow>;
  procedures: { codebook: Table<CodebookRow>; values: Table<ProcedureValueRow> };
}

/** Every id a value row may name, across units, ministries, groups and agencies. */
export function entityIndex(b: Pick<Bundle, "units" | "ministries" | "groups" | "agencies">): Map<string, Entity> {
  const m = new Map<string, Entity>();
  for (const u of b.units.rows) m.set(u.id, { id: u.id, kind: "unit", validFrom: u.valid_from, validTo: u.valid_to });
  for (const x of b.ministries.rows) m.set(x.id, { id: x.id, kind: "ministry", validFrom: x.valid_from, validTo: x.valid_to });
  for (const x of b.groups.rows) m.set(x.id, { id: x.id, kind: "group", validFrom: null, validTo: null });
  for (const x of b.agencies.rows) m.set(x.id, { id: x.id, kind: "agency", validFrom: null, validTo: null });
  return m;
}

/** Whether the entity existed at any time in `year`. */
export function validInYear(e: Entity, year: number): boolean {
  return (e.validFrom === null || e.validFrom <= `${year}-12-31`) && (e.validTo === null || e.validTo >= `${year}-01-01`);
}

export function validOnDate(e: Entity, day: string): boolean {
  return (e.validFrom === null || e.validFrom <= day) && (e.validTo === null || e.validTo >= day);
}

/** The codebook row whose edition span contains `edition`, if any. */
export function codebookLookup(codebook: readonly CodebookRow[]): (indicator: string, edition: number) => CodebookRow | undefined {
  const by = new Map<string, CodebookRow[]>();
  for (const r of codebook) by.set(r.indicator, [...(by.get(r.indicator) ?? []), r]);
  return (indicator, edition) => by.get(indicator)?.find((r) => r.first_edition <= edition && edition <= r.last_edition);
}

function collector(errors: DataError[]) {
  return <T>(t: Table<T>, i: number, column: string, code: ErrorCode, message: string) =>
    errors.push({ file: t.file, row: t.lines[i]!, column, code, message });
}

export function checkIntegrity(b: Bundle): DataError[] {
  const errors: DataError[] = [];
  const err = collector(errors);
  const sources = new Map(b.sources.rows.map((s) => [s.id, s] as const));
  const entities = entityIndex(b);
  const needSource = <T extends { source: string }>(t: Table<T>) =>
    t.rows.forEach((r, i) => {
      if (!sources.has(r.source)) err(t, i, "source", "unknown_source", `source "${r.source}" is not in sources.csv`);
    });

  b.sources.rows.forEach((s, i) => {
    if (s.kind === "derived") {
      if (s.method.trim() === "") err(b.sources, i, "method", "required", "a derived source must state its method");
      if (s.method_vi.trim() === "") err(b.sources, i, "method_vi", "required", "a derived source must state its method in Vietnamese too");
      const from = s.derived_from.split(" ").filter(Boolean);
      if (from.length === 0) err(b.sources, i, "derived_from", "required", "a derived source must name the sources it was computed from");
      for (const f of from) if (!sources.has(f)) err(b.sources, i, "derived_from", "unknown_source", `"${f}" is not in sources.csv`);
    } else if (s.url.trim() === "") {
      err(b.sources, i, "url", "required", "only a derived source may have no address");
    }
  });

  const slugs = new Map<string, number>();
  const codes = new Map<string, number>();
  b.units.rows.forEach((u, i) => {
    if (u.valid_to !== null && u.valid_to < u.valid_from) err(b.units, i, "valid_to", "inconsistent", `valid_to ${u.valid_to} is before valid_from ${u.valid_from}`);
    const dupSlug = slugs.get(u.slug);
    if (dupSlug !== undefined) err(b.units, i, "slug", "duplicate_key", `slug "${u.slug}" also at line ${dupSlug}`);
    slugs.set(u.slug, b.units.lines[i]!);
    const frameCode = `${u.frame}:${u.code}`;
    const dupCode = codes.get(frameCode);
    if (dupCode !== undefined) err(b.units, i, "code", "duplicate_key", `code ${u.code} used twice in the ${u.frame} frame (also line ${dupCode})`);
    codes.set(frameCode, b.units.lines[i]!);
  });
  needSource(b.units);

  const units = new Map(b.units.rows.map((u) => [u.id, u] as const));
  b.lineage.rows.forEach((l, i) => {
    const p = units.get(l.predecessor);
    const s = units.get(l.successor);
    if (!p) err(b.lineage, i, "predecessor", "unknown_unit", `unit "${l.predecessor}" is not in units.csv`);
    if (!s) err(b.lineage, i, "successor", "unknown_unit", `unit "${l.successor}" is not in units.csv`);
    if (p && p.valid_to !== null && p.valid_to >= l.date) err(b.lineage, i, "date", "inconsistent", `${p.id} is still valid on ${l.date} (valid_to ${p.valid_to})`);
    if (s && s.valid_from !== l.date) err(b.lineage, i, "date", "inconsistent", `${s.id} begins on ${s.valid_from}, not on ${l.date}`);
  });
  needSource(b.lineage);
  needSource(b.ministries);
  b.agencies.rows.forEach((a, i) => {
    if (!units.has(a.province)) err(b.agencies, i, "province", "unknown_unit", `unit "${a.province}" is not in units.csv`);
  });
  needSource(b.agencies);

  for (const [frame, t] of [["63", b.tiles63], ["34", b.tiles34]] as const) {
    const cells = new Map<string, number>();
    t.rows.forEach((tile, i) => {
      const u = units.get(tile.unit);
      if (!u) err(t, i, "unit", "unknown_unit", `unit "${tile.unit}" is not in units.csv`);
      else if (u.frame !== frame) err(t, i, "unit", "inconsistent", `"${tile.unit}" is a ${u.frame}-frame unit, not ${frame}`);
      const at = `${tile.row},${tile.col}`;
      const other = cells.get(at);
      if (other !== undefined) err(t, i, "col", "duplicate_key", `tile position row ${tile.row}, col ${tile.col} is taken by line ${other}`);
      cells.set(at, t.lines[i]!);
    });
    const placed = new Set(t.rows.map((r) => r.unit));
    const missing = b.units.rows.filter((u) => u.frame === frame && !placed.has(u.id)).map((u) => u.id);
    if (t.rows.length > 0 && missing.length) errors.push({ file: t.file, row: 0, column: "unit", code: "inconsistent", message: `no tile for ${missing.join(", ")}` });
  }

  const checkCodebook = (t: Table<CodebookRow>) => {
    const spans = new Map<string, { first: number; last: number; line: number }[]>();
    t.rows.forEach((r, i) => {
      if (r.last_edition < r.first_edition) err(t, i, "last_edition", "inconsistent", `last_edition ${r.last_edition} is before first_edition ${r.first_edition}`);
      if (r.max < r.min) err(t, i, "max", "inconsistent", `max ${r.max} is below min ${r.min}`);
      for (const o of spans.get(r.indicator) ?? []) {
        if (r.first_edition <= o.last && o.first <= r.last_edition) {
          err(t, i, "first_edition", "inconsistent", `editions ${r.first_edition}–${r.last_edition} of "${r.indicator}" overlap the row at line ${o.line}`);
        }
      }
      spans.set(r.indicator, [...(spans.get(r.indicator) ?? []), { first: r.first_edition, last: r.last_edition, line: t.lines[i]! }]);
    });
    const known = new Set(t.rows.map((r) => r.indicator));
    t.rows.forEach((r, i) => {
      if (r.parent !== null && !known.has(r.parent)) err(t, i, "parent", "unknown_indicator", `parent "${r.parent}" is not in this codebook`);
    });
  };

  /** Rules shared by index values and procedure values. */
  const checkValue = <T extends ValueRow | ProcedureValueRow>(t: Table<T>, i: number, r: T, cb: CodebookRow | undefined) => {
    const src = sources.get(r.source);
    if (!src) err(t, i, "source", "unknown_source", `source "${r.source}" is not in sources.csv`);
    if (r.status === null) {
      err(t, i, "status", "missing_status", r.value === null
        ? `value is empty and no status says why (one of: ${MISSING_STATUSES.join(", ")})`
        : `a value needs a status (${PRESENT_STATUSES.join(" or ")})`);
    } else if (r.value === null && (PRESENT_STATUSES as readonly string[]).includes(r.status)) {
      err(t, i, "status", "status_mismatch", `status "${r.status}" but the value is empty; say why it is missing (${MISSING_STATUSES.join(", ")})`);
    } else if (r.value !== null && (MISSING_STATUSES as readonly string[]).includes(r.status)) {
      err(t, i, "status", "status_mismatch", `status "${r.status}" says the value is missing, but there is a value`);
    } else if (src && r.value !== null && (r.status === "derived") !== (src.kind === "derived")) {
      // A missing value may cite a derived source: the derivation is what could not be done.
      err(t, i, "status", "status_mismatch", r.status === "derived"
        ? `status "derived" needs a source of kind derived; "${src.id}" is ${src.kind}`
        : `source "${src.id}" is derived, so the status must be "derived"`);
    }
    if (cb && r.value !== null && (r.value < cb.min || r.value > cb.max)) {
      err(t, i, "value", "out_of_range", `${r.value} is outside ${cb.min}–${cb.max} for "${r.indicator}"`);
    }
    if (r.rank !== null && r.rank_of !== null && r.rank > r.rank_of) err(t, i, "rank", "out_of_range", `rank ${r.rank} is above rank_of ${r.rank_of}`);
    if (r.rank !== null && r.rank < 1) err(t, i, "rank", "out_of_range", `rank ${r.rank} is below 1`);
  };

  for (const ds of Object.values(b.indices)) {
    checkCodebook(ds.codebook);
    const lookup = codebookLookup(ds.codebook.rows);
    const known = new Set(ds.codebook.rows.map((r) => r.indicator));
    ds.values.rows.forEach((r, i) => {
      const e = entities.get(r.unit);
      if (!e) err(ds.values, i, "unit", "unknown_unit", `"${r.unit}" is not a unit, ministry, group or agency in reference/`);
      else if (!validInYear(e, r.edition)) err(ds.values, i, "unit", "unit_not_valid", `"${r.unit}" did not exist in ${r.edition} (valid ${e.validFrom ?? "…"} to ${e.validTo ?? "…"})`);
      let cb: CodebookRow | undefined;
      if (!known.has(r.indicator)) err(ds.values, i, "indicator", "unknown_indicator", `"${r.indicator}" is not in ${ds.codebook.file}`);
      else {
        cb = lookup(r.indicator, r.edition);
        if (!cb) err(ds.values, i, "edition", "edition_out_of_span", `"${r.indicator}" has no codebook row covering edition ${r.edition}`);
      }
      checkValue(ds.values, i, r, cb);
    });
  }

  const papi = b.indices["papi"];
  if (papi) {
    const lookup = codebookLookup(papi.codebook.rows);
    const t = b.publishedChecks;
    t.rows.forEach((r, i) => {
      if (!entities.has(r.unit)) err(t, i, "unit", "unknown_unit", `"${r.unit}" is not in reference/`);
      if (!lookup(r.indicator, r.edition)) err(t, i, "indicator", "unknown_indicator", `"${r.indicator}" has no PAPI codebook row covering ${r.edition}`);
    });
    needSource(t);
  }

  const proc = b.procedures;
  checkCodebook(proc.codebook);
  const procLookup = codebookLookup(proc.codebook.rows);
  const procKnown = new Set(proc.codebook.rows.map((r) => r.indicator));
  proc.values.rows.forEach((r, i) => {
    if (r.period_start !== null && r.period_end !== null && r.period_end < r.period_start) {
      err(proc.values, i, "period_end", "inconsistent", `period_end ${r.period_end} is before period_start ${r.period_start}`);
    }
    const day = r.period_end ?? r.period_start;
    const e = entities.get(r.unit);
    if (!e) err(proc.values, i, "unit", "unknown_unit", `"${r.unit}" is not a unit, ministry, group or agency in reference/`);
    else if (day !== null && !validOnDate(e, day)) err(proc.values, i, "unit", "unit_not_valid", `"${r.unit}" did not exist on ${day} (valid ${e.validFrom ?? "…"} to ${e.validTo ?? "…"})`);
    let cb: CodebookRow | undefined;
    if (!procKnown.has(r.indicator)) err(proc.values, i, "indicator", "unknown_indicator", `"${r.indicator}" is not in ${proc.codebook.file}`);
    else if (day !== null) {
      cb = procLookup(r.indicator, Number(day.slice(0, 4)));
      if (!cb) err(proc.values, i, "period_end", "edition_out_of_span", `"${r.indicator}" has no codebook row covering ${day.slice(0, 4)}`);
    } else {
      cb = proc.codebook.rows.find((c) => c.indicator === r.indicator);
    }
    checkValue(proc.values, i, r, cb);
  });

  return errors;
}
