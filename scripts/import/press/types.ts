// Shared shapes of the press import: a draft value row before sources get their ids, and the
// ledger that accounts for every input row (imported, merged or left out, and why).
export type DatasetId = "par-index" | "sipas" | "procedures";
export type Status = "reported" | "not_published";

/** A source cell as read: the address, plus any words printed after it ("(copy of … story)"). */
export interface SourceRef {
  url: string;
  extra: string;
}

/** One value row, still naming its source by address. */
export interface Draft {
  dataset: DatasetId;
  /** Index year for par-index and sipas; "" for procedures. */
  edition: string;
  /** Procedures only (else ""). */
  period: string;
  period_type: string;
  period_start: string;
  period_end: string;
  unit: string;
  indicator: string;
  value: string;
  status: Status;
  rank: string;
  rank_of: string;
  rank_text: string;
  src: SourceRef;
  note: string;
  /** Input file and line (header = line 1) the row came from, for the ledger. */
  origin: string;
}

export type DraftFields = Omit<Draft, "period" | "period_type" | "period_start" | "period_end" | "status" | "rank" | "rank_of" | "rank_text" | "note">
  & Partial<Pick<Draft, "period" | "period_type" | "period_start" | "period_end" | "status" | "rank" | "rank_of" | "rank_text" | "note">>;

/** Fills the optional fields of a draft and derives the status from the value. */
export function draft(d: DraftFields): Draft {
  return {
    period: "", period_type: "", period_start: "", period_end: "",
    rank: "", rank_of: "", rank_text: "", note: "",
    ...d,
    status: d.value === "" ? "not_published" : "reported",
  };
}

/** What became of one input row. */
export interface LedgerEntry {
  origin: string;
  outcome: "imported" | "merged" | "not_imported" | "codebook";
  detail: string;
}

export class Ledger {
  readonly entries: LedgerEntry[] = [];
  add(origin: string, outcome: LedgerEntry["outcome"], detail: string): void {
    this.entries.push({ origin, outcome, detail });
  }
}

/** Joins note parts, skipping empties and repeats. */
export function joinNotes(...parts: readonly string[]): string {
  const seen: string[] = [];
  for (const p of parts.map((x) => x.trim()).filter(Boolean)) if (!seen.includes(p)) seen.push(p);
  return seen.join(" | ");
}
