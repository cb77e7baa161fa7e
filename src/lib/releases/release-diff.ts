// The diff between two consecutive releases of a dataset, grouped by the reasons the later
// release gives, and as a CSV anyone can download.
import { csvText } from "../csv/write.ts";
import type { FrozenRelease } from "./check.ts";
import { diffTables, isEmptyDiff, keyText, type TableDiff } from "./diff.ts";
import { DESCRIPTOR, SOURCES } from "./files.ts";
import { sha256 } from "./hash.ts";
import { REASONS, type Change, type Reason } from "./manifest.ts";
import { keyOf, readTable } from "./serialize.ts";

export interface ReleaseDiff {
  from: string;
  to: string;
  /** Tables that changed, in file order. */
  tables: TableDiff[];
  /** Top-level descriptor properties that changed, the version aside. */
  descriptor: string[];
  /** Other files (document bodies) added, removed or changed. */
  documents: { added: string[]; removed: string[]; changed: string[] };
}

export interface ReasonGroup {
  reason: Reason;
  changes: Change[];
  tables: TableDiff[];
  descriptor: string[];
  documents: ReleaseDiff["documents"];
  /** Files this group's changes also name whose diff an earlier group already shows (a diff cannot tell the reasons' cells apart). */
  shownAbove: string[];
}

const json = (b: Uint8Array) => JSON.parse(new TextDecoder().decode(b)) as Record<string, unknown>;

export function diffReleases(before: FrozenRelease, after: FrozenRelease): ReleaseDiff {
  const old = new Map(before.files.map((f) => [f.path, f.bytes] as const));
  const neu = new Map(after.files.map((f) => [f.path, f.bytes] as const));
  const paths = [...new Set([...old.keys(), ...neu.keys()])].sort();
  const newDescriptor = json(neu.get(DESCRIPTOR) ?? new TextEncoder().encode("{}"));
  const tables: TableDiff[] = [];
  const documents: ReleaseDiff["documents"] = { added: [], removed: [], changed: [] };
  let descriptor: string[] = [];
  for (const path of paths) {
    const o = old.get(path);
    const n = neu.get(path);
    if (o && n && sha256(o) === sha256(n)) continue;
    if (path === DESCRIPTOR) {
      const a = o ? json(o) : {};
      const b = n ? json(n) : {};
      descriptor = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => k !== "version" && JSON.stringify(a[k]) !== JSON.stringify(b[k]));
    } else if (path.endsWith(".csv")) {
      const empty = { header: [], records: [] };
      const key = path === SOURCES ? ["id"] : keyOf(newDescriptor, path);
      const d = diffTables(path, o ? readTable(o, path) : empty, n ? readTable(n, path) : empty, key);
      if (!isEmptyDiff(d)) tables.push(d);
    } else {
      (o && n ? documents.changed : o ? documents.removed : documents.added).push(path);
    }
  }
  return { from: before.manifest.version, to: after.manifest.version, tables, descriptor, documents };
}

/** The diff split by the reasons the later release's changes give, in the fixed reason order. */
export function groupByReason(changes: readonly Change[], diff: ReleaseDiff): ReasonGroup[] {
  const shown = new Set<string>();
  return REASONS.flatMap((reason) => {
    const own = changes.filter((c) => c.reason === reason);
    if (own.length === 0) return [];
    const named = [...new Set(own.flatMap((c) => c.files))];
    const files = new Set(named.filter((f) => !shown.has(f)));
    const shownAbove = named.filter((f) => shown.has(f));
    for (const f of files) shown.add(f);
    return [{
      reason, changes: own,
      tables: diff.tables.filter((t) => files.has(t.file)),
      descriptor: files.has(DESCRIPTOR) ? diff.descriptor : [],
      documents: {
        added: diff.documents.added.filter((f) => files.has(f)),
        removed: diff.documents.removed.filter((f) => files.has(f)),
        changed: diff.documents.changed.filter((f) => files.has(f)),
      },
      shownAbove,
    }];
  });
}

export const DIFF_COLUMNS = ["reasons", "file", "change", "key", "column", "old_value", "new_value"] as const;

/**
 * One line per changed cell, per cell of an added or removed row, per column added or removed,
 * and per changed descriptor property or document; `reasons` names the reasons whose changes
 * cover the file (space-separated).
 */
export function diffCsv(changes: readonly Change[], diff: ReleaseDiff): string {
  const reasonsOf = (file: string) => REASONS.filter((r) => changes.some((c) => c.reason === r && c.files.includes(file))).join(" ");
  const lines: string[][] = [];
  for (const t of diff.tables) {
    const rs = reasonsOf(t.file);
    for (const c of t.columnsAdded) lines.push([rs, t.file, "column_added", "", c, "", ""]);
    for (const c of t.columnsRemoved) lines.push([rs, t.file, "column_removed", "", c, "", ""]);
    const keyed = (r: Record<string, string>) => keyText(Object.fromEntries(t.key.map((k) => [k, r[k] ?? ""])));
    for (const r of t.removed) for (const [c, v] of Object.entries(r)) lines.push([rs, t.file, "row_removed", keyed(r), c, v, ""]);
    for (const r of t.added) for (const [c, v] of Object.entries(r)) lines.push([rs, t.file, "row_added", keyed(r), c, "", v]);
    for (const c of t.changed) lines.push([rs, t.file, "cell_changed", keyText(c.key), c.column, c.before, c.after]);
  }
  for (const k of diff.descriptor) lines.push([reasonsOf(DESCRIPTOR), DESCRIPTOR, "property_changed", "", k, "", ""]);
  for (const [change, files] of [["file_added", diff.documents.added], ["file_removed", diff.documents.removed], ["file_changed", diff.documents.changed]] as const) {
    for (const f of files) lines.push([reasonsOf(f), f, change, "", "", "", ""]);
  }
  return csvText(DIFF_COLUMNS, lines);
}
