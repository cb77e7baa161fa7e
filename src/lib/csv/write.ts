/** One RFC 4180 record: a cell is quoted when it holds a comma, quote, line break or edge space. */
export function csvLine(cells: readonly string[]): string {
  return cells.map((v) => (/[",\r\n]/.test(v) || /^\s|\s$/.test(v) ? `"${v.replaceAll('"', '""')}"` : v)).join(",");
}

/** A whole table with LF line ends and a final newline, as data/ keeps its files. */
export function csvText(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map(csvLine).join("\n") + "\n";
}
