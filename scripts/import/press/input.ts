// Reads one shared-sources CSV with the line number of each row, so every output row and every
// left-out row can be traced to file:line.
import { join } from "node:path";
import { readCsv, type Row } from "../lib.ts";

export interface Line {
  row: Row;
  /** "file.csv:12" (the header is line 1). */
  origin: string;
}

export function readLines(shared: string, file: string): Line[] {
  const rows = readCsv(join(shared, file));
  return rows.map((row, i) => {
    // Line numbers are only right when no cell spans lines; the inputs have none, so check.
    if (Object.values(row).some((v) => v.includes("\n"))) throw new Error(`${file}: row ${i + 2} has a multi-line cell`);
    return { row, origin: `${file}:${i + 2}` };
  });
}

/** A cell that must exist in the row. */
export function cell(l: Line, column: string): string {
  const v = l.row[column];
  if (v === undefined) throw new Error(`${l.origin}: no column ${column}`);
  return v.trim();
}
