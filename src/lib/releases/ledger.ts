// data/releases/releases.csv: one row per release, in the order they were made. Append-only.
import type { DataError } from "../csv/errors.ts";
import { parseCsv } from "../csv/parse.ts";
import { csvLine } from "../csv/write.ts";
import { LEDGER_COLUMNS, LEDGER_FILE, type LedgerRow } from "./manifest.ts";

/** The ledger's rows with their line numbers; an absent ledger is an empty one. */
export function parseLedger(bytes: Uint8Array | null): { rows: (LedgerRow & { line: number })[]; errors: DataError[] } {
  if (bytes === null) return { rows: [], errors: [] };
  const parsed = parseCsv(bytes, LEDGER_FILE);
  const errors = [...parsed.errors];
  if (parsed.header.join(",") !== LEDGER_COLUMNS.join(",")) {
    errors.push({ file: LEDGER_FILE, row: 1, column: "", code: "release", message: `the header must be ${LEDGER_COLUMNS.join(",")}` });
    return { rows: [], errors };
  }
  const rows = parsed.records.map((r, i) => ({ dataset: r[0]!, version: r[1]!, date: r[2]!, manifest_sha256: r[3]!, line: parsed.lines[i]! }));
  return { rows, errors };
}

/** The ledger with one more row, as bytes. */
export function appendLedger(bytes: Uint8Array | null, row: LedgerRow): string {
  const text = bytes === null ? `${LEDGER_COLUMNS.join(",")}\n` : new TextDecoder().decode(bytes);
  return `${text}${csvLine(LEDGER_COLUMNS.map((c) => row[c]))}\n`;
}
