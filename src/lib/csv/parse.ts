import Papa from "papaparse";
import type { DataError } from "./errors.ts";

/** A CSV file as strings: every cell a string in NFC, each record with its line in the file. */
export interface ParsedCsv {
  file: string;
  header: string[];
  /** Records with as many cells as the header; ragged records are reported, not kept. */
  records: string[][];
  /** Line number (1-based, header = 1) where each kept record starts. */
  lines: number[];
  errors: DataError[];
}

const BOM = [0xef, 0xbb, 0xbf];

/**
 * Parses RFC 4180 CSV strictly. No type guessing (papaparse's dynamicTyping turns "01" into 1):
 * conversion is the schema's job. Problems are collected, never fixed silently.
 */
export function parseCsv(bytes: Uint8Array, file: string): ParsedCsv {
  const errors: DataError[] = [];
  const empty = (): ParsedCsv => ({ file, header: [], records: [], lines: [], errors });
  const err = (row: number, column: string, code: DataError["code"], message: string) =>
    errors.push({ file, row, column, code, message });

  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    err(lineOfByte(bytes, at), "", "encoding", `not UTF-8: invalid byte 0x${bytes[at]?.toString(16).padStart(2, "0")} at byte ${at}; save the file as UTF-8`);
    return empty();
  }
  // TextDecoder drops a leading BOM by default; look at the bytes, because Excel-made files
  // carry one and it silently renames the first column to "\uFEFFid".
  const hasBom = BOM.every((b, i) => bytes[i] === b);
  if (text.length === 0) {
    err(1, "", "empty_file", "the file is empty; a table needs at least its header row");
    return empty();
  }
  if (text.includes("\r")) {
    const line = text.slice(0, text.indexOf("\r")).split("\n").length;
    err(line, "", "line_ending", "carriage return found; use LF line ends");
    text = text.replace(/\r\n?/g, "\n");
  }

  const newlines: number[] = [];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) newlines.push(i);
  const lineAt = (offset: number) => 1 + countBelow(newlines, offset);

  const raw: { cells: string[]; line: number }[] = [];
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter: ",",
    newline: "\n",
    quoteChar: '"',
    skipEmptyLines: false,
    dynamicTyping: false,
    step(result) {
      const line = lineAt(start);
      for (const e of result.errors) {
        if (e.code === "MissingQuotes") err(line, "", "unclosed_quote", "a quoted field is not closed: the rest of the file would be read as one cell");
        else err(line, "", "ragged_row", e.message);
      }
      raw.push({ cells: result.data, line });
      start = result.meta.cursor;
    },
  });
  if (errors.some((e) => e.code === "unclosed_quote")) return empty();

  // A final newline yields one empty record; that one is fine.
  const last = raw[raw.length - 1];
  if (last && last.cells.length === 1 && last.cells[0] === "" && text.endsWith("\n")) raw.pop();

  const [head, ...body] = raw;
  if (!head) {
    err(1, "", "empty_file", "no header row");
    return empty();
  }
  const header = head.cells.map((h) => h.normalize("NFC"));
  if (hasBom) err(1, header[0] ?? "", "bom", "the file starts with a byte-order mark (BOM); save as UTF-8 without BOM");

  const records: string[][] = [];
  const lines: number[] = [];
  for (const { cells, line } of body) {
    if (cells.length === 1 && cells[0] === "") {
      err(line, "", "blank_row", "blank row; remove it (a missing value is an empty cell with a status, not an empty row)");
      continue;
    }
    if (cells.length !== header.length) {
      err(line, "", "ragged_row", `${cells.length} cells, but the header has ${header.length} columns`);
      continue;
    }
    records.push(cells.map((c) => c.normalize("NFC")));
    lines.push(line);
  }
  return { file, header, records, lines, errors };
}

/** Number of sorted offsets strictly below `x` (binary search). */
function countBelow(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function lineOfByte(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8 (the decoder only says that one does). */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const n = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k]! & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return b.length;
}
