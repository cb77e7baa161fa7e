import type { z } from "astro/zod";
import type { DataError, ErrorCode } from "../csv/errors.ts";
import type { ParsedCsv } from "../csv/parse.ts";
import { columnsOf, type TableSpec } from "./tables.ts";

/** A validated table: typed rows, each with the line it came from. */
export interface Table<T> {
  file: string;
  rows: T[];
  lines: number[];
}

/**
 * Checks the header against the schema, converts every cell, and checks the primary key.
 * Returns every error found; rows that fail are left out of `rows` (and the build stops).
 */
export function checkTable<S extends z.ZodObject>(parsed: ParsedCsv, spec: TableSpec<S>): { table: Table<z.output<S>>; errors: DataError[] } {
  const { file } = parsed;
  const errors: DataError[] = [];
  const err = (row: number, column: string, code: ErrorCode, message: string) => errors.push({ file, row, column, code, message });
  const table: Table<z.output<S>> = { file, rows: [], lines: [] };
  const expected = columnsOf(spec.schema);

  const seen = new Set<string>();
  for (const h of parsed.header) {
    if (seen.has(h)) err(1, h, "duplicate_column", `column "${h}" appears twice in the header`);
    seen.add(h);
    if (!expected.includes(h)) err(1, h, "unknown_column", `column "${h}" is not in the schema (expected: ${expected.join(", ")})`);
  }
  for (const c of expected) if (!seen.has(c)) err(1, c, "missing_column", `column "${c}" is missing from the header`);
  // Without every column once, no row can be read reliably.
  if (errors.some((e) => e.code !== "unknown_column")) return { table, errors };

  const index = new Map(parsed.header.map((h, i) => [h, i] as const));
  const keys = new Map<string, number>();
  parsed.records.forEach((cells, r) => {
    const line = parsed.lines[r]!;
    const record: Record<string, string> = {};
    for (const c of expected) record[c] = cells[index.get(c)!]!;
    const result = spec.schema.safeParse(record);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const column = String(issue.path[0] ?? "");
        const params = "params" in issue ? (issue.params as { code?: ErrorCode } | undefined) : undefined;
        err(line, column, params?.code ?? "type", issue.message);
      }
      return;
    }
    const key = spec.primaryKey.map((k) => record[k]).join("\u0000");
    const first = keys.get(key);
    if (first !== undefined) {
      err(line, spec.primaryKey.join("+"), "duplicate_key", `duplicate key (${spec.primaryKey.map((k) => `${k}=${record[k]}`).join(", ")}); first at line ${first}`);
      return;
    }
    keys.set(key, line);
    table.rows.push(result.data);
    table.lines.push(line);
  });
  return { table, errors };
}
