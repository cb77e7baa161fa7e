/** Every way a data file can be wrong. Stable strings: tests and people grep for them. */
export type ErrorCode =
  | "encoding" | "bom" | "line_ending" | "unclosed_quote" | "blank_row" | "ragged_row" | "empty_file"
  | "missing_column" | "duplicate_column" | "unknown_column"
  | "required" | "type" | "enum" | "out_of_range" | "duplicate_key"
  | "unknown_unit" | "unknown_indicator" | "unknown_source" | "unknown_reference"
  | "unit_not_valid" | "edition_out_of_span" | "missing_status" | "status_mismatch"
  | "inconsistent" | "descriptor" | "missing_file" | "body"
  | "frozen_file" | "release";

/**
 * One problem in one place. `row` is the line number in the file (the header is line 1);
 * `column` is the header name, or "" when the problem is not in one column.
 */
export interface DataError {
  file: string;
  row: number;
  column: string;
  code: ErrorCode;
  message: string;
}

/** `path:row:column: code: message`, the one format the validator and the build print. */
export function formatError(e: DataError): string {
  return `${e.file}:${e.row}:${e.column}: ${e.code}: ${e.message}`;
}

/** Thrown by the build's loader: carries every error, so one run shows them all. */
export class DataValidationError extends Error {
  readonly dataErrors: readonly DataError[];
  constructor(errors: readonly DataError[]) {
    super(`${errors.length} data error${errors.length === 1 ? "" : "s"}:\n${errors.map(formatError).join("\n")}`);
    this.name = "DataValidationError";
    this.dataErrors = errors;
  }
}
