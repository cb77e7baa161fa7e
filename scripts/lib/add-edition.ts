// Turns an official table in wide form (one row per unit, one column per indicator) into the
// long rows of data/<dataset>/values.csv. Pure: the CLI (scripts/add-edition.ts) does the I/O
// and validates the whole directory before writing anything.
import type { DataError } from "../../src/lib/csv/errors.ts";
import type { ParsedCsv } from "../../src/lib/csv/parse.ts";
import { validInYear, type Entity } from "../../src/lib/schema/integrity.ts";
import { MISSING_STATUSES, columnsOf, valueSchema, type Unit } from "../../src/lib/schema/tables.ts";

export interface EditionOptions {
  edition: number;
  source: string;
  /** Status for empty cells; without it an empty cell is an error (we never guess why). */
  missing: (typeof MISSING_STATUSES)[number] | null;
  /** Convert "84,38" to "84.38" (Vietnamese office files); a change of notation, not of value. */
  decimalComma: boolean;
}

const VALUE_COLUMNS = columnsOf(valueSchema);
const RANK_PREFIX = "rank:";

/**
 * The wide table's first column is `unit`: a unit id (vn34-01), an official code valid in the
 * edition ("01"), or a Vietnamese name ("Hà Nội"). Other columns are indicator codes, or
 * `rank:<indicator>` for a printed rank.
 */
export function wideToLong(wide: ParsedCsv, units: readonly Unit[], indicators: ReadonlySet<string>, opts: EditionOptions): { rows: string[][]; errors: DataError[] } {
  const errors: DataError[] = [];
  const err = (row: number, column: string, code: DataError["code"], message: string) => errors.push({ file: wide.file, row, column, code, message });
  const [first, ...rest] = wide.header;
  if (first !== "unit") err(1, first ?? "", "missing_column", `the first column must be "unit" (an id, a code or a name)`);
  for (const h of rest) {
    const indicator = h.startsWith(RANK_PREFIX) ? h.slice(RANK_PREFIX.length) : h;
    if (!indicators.has(indicator)) err(1, h, "unknown_indicator", `"${indicator}" is not in the dataset's codebook`);
    if (h.startsWith(RANK_PREFIX) && !rest.includes(indicator)) err(1, h, "missing_column", `"${h}" needs a "${indicator}" column beside it`);
  }
  if (errors.length) return { rows: [], errors };

  const live = units.filter((u) => validInYear({ validFrom: u.valid_from, validTo: u.valid_to } as Entity, opts.edition));
  const norm = (s: string) => s.normalize("NFC").trim().toLocaleLowerCase("vi");
  /** Exact id first; a code or name must name exactly one unit (in 2025, code 52 is two). */
  const resolve = (key: string): Unit[] => {
    const byId = live.filter((u) => u.id === key);
    if (byId.length) return byId;
    const byCode = live.filter((u) => u.code === key);
    return byCode.length ? byCode : live.filter((u) => norm(u.name_vi) === norm(key));
  };

  const rows: string[][] = [];
  wide.records.forEach((cells, r) => {
    const line = wide.lines[r]!;
    const found = resolve(cells[0]!);
    const unit = found[0];
    if (!unit) {
      err(line, "unit", "unknown_unit", `"${cells[0]}" is not the id, code or name of a unit that existed in ${opts.edition}`);
      return;
    }
    if (found.length > 1) {
      err(line, "unit", "unknown_unit", `"${cells[0]}" names ${found.length} units in ${opts.edition} (${found.map((u) => u.id).join(", ")}): use the unit id`);
      return;
    }
    rest.forEach((h, i) => {
      if (h.startsWith(RANK_PREFIX)) return;
      let value = cells[i + 1]!.trim();
      if (opts.decimalComma) value = value.replace(/^(-?\d+),(\d+)$/, "$1.$2");
      const rankCell = rest.includes(`${RANK_PREFIX}${h}`) ? cells[rest.indexOf(`${RANK_PREFIX}${h}`) + 1]!.trim() : "";
      const rankMatch = /^(\d+)(?:\s*\/\s*(\d+))?$/.exec(rankCell);
      if (value === "" && opts.missing === null) {
        err(line, h, "missing_status", `empty cell: say why with --missing ${MISSING_STATUSES.join("|")}`);
        return;
      }
      const record: Record<string, string> = {
        edition: String(opts.edition), unit: unit.id, indicator: h, value,
        status: value === "" ? opts.missing! : "reported",
        rank: rankMatch?.[1] ?? "", rank_of: rankMatch?.[2] ?? "", rank_text: rankCell !== "" && !rankMatch ? rankCell : "",
        source: opts.source, note: "",
      };
      rows.push(VALUE_COLUMNS.map((c) => record[c]!));
    });
  });
  return { rows, errors };
}
