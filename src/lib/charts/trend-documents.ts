// Documents on a trend chart's time axis. The x axis gives each edition a slot one step wide,
// and an edition measures one calendar year, so a slot is read as that year: 1 January at its
// left edge, 31 December at its right. A document is drawn inside the slot of the year it was
// issued, at the day of issue, so the chart shows whether it came early enough to act on that
// year's result. The rule for what cannot be placed: a document with no full date, or issued in
// a year that has no slot (before the first edition, after the last, or a year the chart skips),
// is not drawn — never clamped to an edge, which would date it wrongly — and is listed as such.
//
// Labels stack in rows above the plot, each centred on its document's x (shifted only to stay
// inside the chart), in the lowest row where it touches no other label: a column of labels
// means documents issued close together. Printed document numbers are used while they fit in
// MAX_LABEL_ROWS rows; otherwise every document gets a number in a disc, keyed to the list
// under the chart; and when even the discs would need more than MAX_DISC_ROWS rows (a province
// with hundreds of documents), each document is only a tick at its day of issue, one row, and the
// list under the chart carries them (a picture of how they cluster in time, not a key).
import { TEXT_GAP } from "./chart-sizes.ts";
import { textWidth } from "./text-metrics.ts";

export interface TrendDocumentInput {
  id: string;
  /** What the chart prints: the document number as printed ("10/CT-UBND"). */
  label: string;
  /** ISO date issued; null when only partly known. */
  date: string | null;
}

/** Why a document is listed but not drawn. */
export type DocumentOmission = "no_date" | "before" | "after" | "not_charted";

export interface TrendDocumentMark {
  id: string;
  /** Printed at the mark: the document number, or its number in the list ("3"). */
  key: string;
  /** The day of issue on the x axis. */
  x: number;
  /** Centre of the label: x, moved only to stay inside the chart, and its row's middle. */
  labelX: number;
  labelY: number;
  /** Row counted from the plot upwards (0 = next to the plot). */
  row: number;
  /** Half the label's width, its frame included: a disc's radius in numbered mode. */
  halfWidth: number;
}

export interface TrendDocumentsLayout {
  /** true: discs numbered 1…n in date order, keyed to the list under the chart. */
  numbered: boolean;
  /** true: too many for discs; each document is a tick in one row, the list under the chart is the key. */
  ticks: boolean;
  marks: TrendDocumentMark[];
  omitted: { id: string; reason: DocumentOmission }[];
  /** Top of the label rows and their height (0 without marks). */
  top: number;
  height: number;
  /** Height of one row. */
  rowHeight: number;
}

const LABEL_PAD = 3;

/** Rows of printed numbers allowed before switching to numbered discs. */
export const MAX_LABEL_ROWS = 2;
/** Rows of numbered discs allowed before switching to ticks. */
export const MAX_DISC_ROWS = 6;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Share of its year a date has reached, at the middle of its day: 1 January → 0.5/365. */
export function yearFraction(iso: string): { year: number; fraction: number } {
  const m = ISO.exec(iso);
  if (!m) throw new Error(`trend documents: "${iso}" is not an ISO date`);
  const year = Number(m[1]);
  const start = Date.UTC(year, 0, 1);
  const days = (Date.UTC(year + 1, 0, 1) - start) / 86_400_000;
  const day = (Date.UTC(year, Number(m[2]) - 1, Number(m[3])) - start) / 86_400_000;
  return { year, fraction: (day + 0.5) / days };
}

export interface DocumentAxis {
  /** Centre of each edition's slot, by edition ("2022"). */
  x: ReadonlyMap<string, number>;
  /** Slot width. */
  step: number;
  /** First and last edition on the axis. */
  first: number;
  last: number;
  /** Horizontal room for labels. */
  left: number;
  right: number;
}

/** Documents on `axis`, their label rows starting at `top`. */
export function placeDocuments(docs: readonly TrendDocumentInput[], axis: DocumentAxis, top: number, fontSize: number): TrendDocumentsLayout {
  const omitted: TrendDocumentsLayout["omitted"] = [];
  const placed: { id: string; label: string; x: number }[] = [];
  const sorted = [...docs].sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999") || a.id.localeCompare(b.id));
  for (const d of sorted) {
    if (d.date === null) {
      omitted.push({ id: d.id, reason: "no_date" });
      continue;
    }
    const { year, fraction } = yearFraction(d.date);
    const centre = axis.x.get(String(year));
    if (centre === undefined) {
      omitted.push({ id: d.id, reason: year < axis.first ? "before" : year > axis.last ? "after" : "not_charted" });
      continue;
    }
    placed.push({ id: d.id, label: d.label, x: centre - axis.step / 2 + fraction * axis.step });
  }
  const rowHeight = Math.round(fontSize * 1.3) + 2;
  if (placed.length === 0) return { numbered: false, ticks: false, marks: [], omitted, top, height: 0, rowHeight };

  // Documents come in date order, so x never decreases: a label only has to clear the last label
  // of a row (its right edge is the row's), and placing n labels costs n × rows, not n².
  const stack = (keys: string[], halfWidth: (key: string) => number): TrendDocumentMark[] => {
    const rowRight: number[] = [];
    return placed.map((p, i) => {
      const key = keys[i]!;
      const h = halfWidth(key);
      const labelX = Math.min(Math.max(p.x, axis.left + h), axis.right - h);
      const lo = labelX - h;
      let row = 0;
      while (row < rowRight.length && lo < rowRight[row]! + TEXT_GAP) row++;
      rowRight[row] = labelX + h;
      return { id: p.id, key, x: p.x, labelX, labelY: 0, row, halfWidth: h };
    });
  };
  const rowsOf = (ms: readonly TrendDocumentMark[]) => ms.reduce((a, m) => Math.max(a, m.row), 0) + 1;
  let numbered = false;
  let ticks = false;
  // A printed number sits on a framed ground LABEL_PAD wider than its text on each side.
  let marks = stack(placed.map((p) => p.label), (k) => textWidth(k, fontSize) / 2 + LABEL_PAD);
  if (rowsOf(marks) > MAX_LABEL_ROWS) {
    numbered = true;
    // Discs of one size, wide enough for the longest number.
    const radius = Math.max(fontSize * 0.6, textWidth(String(placed.length), fontSize) / 2 + 3);
    marks = stack(placed.map((_, i) => String(i + 1)), () => radius);
    if (rowsOf(marks) > MAX_DISC_ROWS) {
      ticks = true;
      marks = placed.map((p, i) => ({ id: p.id, key: String(i + 1), x: p.x, labelX: p.x, labelY: 0, row: 0, halfWidth: 2 }));
    }
  }
  const height = rowsOf(marks) * rowHeight;
  // Row 0 sits lowest, next to the plot.
  for (const m of marks) m.labelY = top + height - (m.row + 0.5) * rowHeight;
  return { numbered, ticks, marks, omitted, top, height, rowHeight };
}
