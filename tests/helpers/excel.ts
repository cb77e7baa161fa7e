// Reads an Excel CSV download as a spreadsheet would: BOM, CRLF records, cells as text. A CR or LF
// inside a quoted cell stays what it was (the strict data parser would turn CR into LF).
import Papa from "papaparse";

export interface ExcelCsv {
  bom: boolean;
  /** Every line break between records is CRLF. */
  crlf: boolean;
  header: string[];
  records: string[][];
}

export function readExcelCsv(bytes: Uint8Array): ExcelCsv {
  const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  const bom = text.startsWith("\uFEFF");
  const body = bom ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, { newline: "\r\n", delimiter: ",", quoteChar: '"', skipEmptyLines: false });
  const rows = parsed.data;
  if (rows.length && rows[rows.length - 1]!.length === 1 && rows[rows.length - 1]![0] === "") rows.pop();
  const [header = [], ...records] = rows;
  // Outside quotes, a bare LF would be a line break Papa was not told about: it stays in a cell.
  const crlf = body.endsWith("\r\n") && parsed.errors.length === 0 && records.every((r) => r.length === header.length);
  return { bom, crlf, header, records };
}
