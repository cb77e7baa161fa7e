// Missing values drawn as missing: a marker at the edition's x on a row below the plot (one row
// per unit), and a note saying why, so a gap in a line is never read as a drop to 0.
import { editionRanges } from "./editions.ts";
import { textWidth } from "./text-metrics.ts";
import type { MissingReason } from "./types.ts";

export interface MissingPoint {
  edition: string;
  reason: MissingReason;
}

export interface MissingMark {
  unitId: string;
  edition: string;
  reason: MissingReason;
  x: number;
  y: number;
}

export interface MissingNote {
  unitId: string;
  label: string;
  reason: MissingReason;
  /** "2014, 2021–2022": the editions missing for this reason. */
  editionsText: string;
  /** Start of the note's first line (label and editions), baseline y. */
  x: number;
  y: number;
  /** Where the reason text starts: after the label on the same line, or on the next line. */
  reasonX: number;
  reasonY: number;
}

export interface MissingBlock {
  /** Baseline of the heading ("Missing values"), or null when nothing is missing. */
  headingY: number | null;
  /** One row per unit with a missing value: markers sit on it at their edition's x. */
  rows: { unitId: string; y: number }[];
  marks: MissingMark[];
  notes: MissingNote[];
  /** Total height the block takes below `top`. */
  height: number;
}

export interface MissingBlockOptions {
  x: (edition: string) => number;
  editions: readonly string[];
  /** Left edge of the notes and right edge they must not pass. */
  left: number;
  right: number;
  fontSize: number;
  lineHeight: number;
  markerRowHeight: number;
  /** Reason texts in the page language, only to decide whether a note needs a second line;
   * when absent the reason is assumed to need 24 characters. */
  reasonText?: Partial<Record<MissingReason, string>>;
}

export function missingBlock(
  units: readonly { id: string; label: string; missing: readonly MissingPoint[] }[],
  top: number,
  o: MissingBlockOptions,
): MissingBlock {
  const withMissing = units.filter((u) => u.missing.length > 0);
  if (withMissing.length === 0) return { headingY: null, rows: [], marks: [], notes: [], height: 0 };
  const headingY = top + o.lineHeight;
  let y = headingY + o.markerRowHeight * 0.5 + 4;
  const rows = withMissing.map((u) => {
    const row = { unitId: u.id, y };
    y += o.markerRowHeight;
    return row;
  });
  const marks = withMissing.flatMap((u, i) =>
    u.missing.map((m) => ({ unitId: u.id, edition: m.edition, reason: m.reason, x: o.x(m.edition), y: rows[i]!.y })),
  );
  y += o.lineHeight * 0.5;
  const notes: MissingNote[] = [];
  for (const u of withMissing) {
    const reasons = [...new Set(u.missing.map((m) => m.reason))].sort();
    for (const reason of reasons) {
      const editionsText = editionRanges(u.missing.filter((m) => m.reason === reason).map((m) => m.edition), o.editions);
      const head = `${u.label} (${editionsText}): `;
      const reasonWidth = textWidth(o.reasonText?.[reason] ?? "x".repeat(24), o.fontSize);
      const headWidth = textWidth(head, o.fontSize);
      const oneLine = o.left + headWidth + reasonWidth <= o.right;
      y += o.lineHeight;
      const note = { unitId: u.id, label: u.label, reason, editionsText, x: o.left, y, reasonX: o.left + headWidth, reasonY: y };
      if (!oneLine) {
        y += o.lineHeight;
        note.reasonX = o.left + o.fontSize;
        note.reasonY = y;
      }
      notes.push(note);
    }
  }
  return { headingY, rows, marks, notes, height: y - top + o.lineHeight * 0.4 };
}
