// What changed between two tables, row by row through their key: rows added, rows removed, and
// each cell changed with its old and new text. Pure; the cells are compared as the exact text
// of the files, so "84.10" → "84.1" is a change (the file changed), and shown as one.
import type { Table } from "./serialize.ts";

export type Row = Record<string, string>;

export interface CellChange {
  key: Row;
  column: string;
  before: string;
  after: string;
}

export interface TableDiff {
  file: string;
  /** The columns rows were matched on; every column when the table declares no key. */
  key: string[];
  columnsAdded: string[];
  columnsRemoved: string[];
  /** In the new table's order. */
  added: Row[];
  /** In the old table's order. */
  removed: Row[];
  /** Row by row in the new table's order, columns in its header's order. */
  changed: CellChange[];
}

const SEP = "\u0000";

function rowsOf(t: Table): Row[] {
  return t.records.map((r) => Object.fromEntries(t.header.map((h, i) => [h, r[i]!])));
}

/**
 * Matches rows on `key` (columns present in both tables) and compares the columns both have.
 * A key seen twice (a table without a declared key holding equal rows) is told apart by its
 * occurrence, so the diff still counts every row.
 */
export function diffTables(file: string, before: Table, after: Table, key: readonly string[] | null): TableDiff {
  const shared = after.header.filter((h) => before.header.includes(h));
  const k = key && key.length && key.every((c) => shared.includes(c)) ? [...key] : shared;
  const index = (rows: Row[]) => {
    const seen = new Map<string, number>();
    return rows.map((r) => {
      const base = k.map((c) => r[c]).join(SEP);
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      return [`${base}${SEP}${n}`, r] as const;
    });
  };
  const old = new Map(index(rowsOf(before)));
  const neu = index(rowsOf(after));
  const neuKeys = new Set(neu.map(([id]) => id));
  const added: Row[] = [];
  const changed: CellChange[] = [];
  for (const [id, r] of neu) {
    const o = old.get(id);
    if (!o) {
      added.push(r);
      continue;
    }
    for (const c of shared) {
      if (o[c] !== r[c]) changed.push({ key: Object.fromEntries(k.map((x) => [x, r[x]!])), column: c, before: o[c]!, after: r[c]! });
    }
  }
  const removed = [...old].filter(([id]) => !neuKeys.has(id)).map(([, r]) => r);
  return {
    file, key: k,
    columnsAdded: after.header.filter((h) => !before.header.includes(h)),
    columnsRemoved: before.header.filter((h) => !after.header.includes(h)),
    added, removed, changed,
  };
}

export function isEmptyDiff(d: TableDiff): boolean {
  return d.added.length + d.removed.length + d.changed.length + d.columnsAdded.length + d.columnsRemoved.length === 0;
}

/** A row's key as one readable text: "edition=2021 | unit=vn63-77". */
export function keyText(key: Row): string {
  return Object.entries(key).map(([c, v]) => `${c}=${v}`).join(" | ");
}
