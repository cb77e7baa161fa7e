// Records handled by service level (a provincial portal's statistics page): for each level, the
// records processed, split into early, on time and late. Bars are 100 % wide and cut by the shares
// the source prints; where the printed shares leave part of the processed records unclassified,
// that part stays an empty stretch of the bar, explained in the key, never computed or filled in.
import { scaleLinear } from "d3";
import { FONT, LINE, SMALL_FONT, TEXT_GAP, VIEW_WIDTH } from "./chart-sizes.ts";
import { flowKey, type KeyItem } from "./key-flow.ts";
import { categorical } from "./palette.ts";
import { measure, wrapText } from "./text-wrap.ts";

export type RecordStatus = "early" | "onTime" | "late";
export const RECORD_STATUSES: readonly RecordStatus[] = ["early", "onTime", "late"];

/** A part as printed: the count of records and its share (%) of those processed. */
export interface RecordPart {
  count: number | null;
  share: number | null;
}

export interface RecordsInput {
  levels: readonly ({ id: string; label: string; processed: number | null } & Record<RecordStatus, RecordPart>)[];
}

export interface RecordsSeries {
  levels: { id: string; label: string; processed: number | null; parts: ({ status: RecordStatus } & RecordPart)[]; sharesSum: number | null }[];
}

export function series(input: RecordsInput): RecordsSeries {
  const seen = new Set<string>();
  return {
    levels: input.levels.map((l) => {
      if (seen.has(l.id)) throw new Error(`records: level ${l.id} given twice`);
      seen.add(l.id);
      const parts = RECORD_STATUSES.map((status) => ({ status, ...l[status] }));
      for (const p of parts) {
        if (p.share !== null && (p.share < 0 || p.share > 100)) throw new Error(`records: share ${p.share} of ${l.id} is not a percentage`);
      }
      const shares = parts.map((p) => p.share);
      const sum = shares.every((v) => v !== null) ? shares.reduce<number>((s, v) => s + v!, 0) : null;
      if (sum !== null && sum > 100.5) throw new Error(`records: shares of ${l.id} add up to ${sum} %`);
      return { id: l.id, label: l.label, processed: l.processed, parts, sharesSum: sum };
    }),
  };
}

/** Fixed colours: green early, blue on time, vermillion late (Okabe & Ito). */
export const STATUS_FILL: Record<RecordStatus, string> = { early: categorical(2), onTime: categorical(0), late: categorical(5) };

export interface RecordsLayoutOptions {
  /** Formats a share (as the render will) to measure the text inside a segment. */
  formatShare?: (share: number) => string;
  /** Right-hand text of a level's first line (its processed records), as the render prints it. */
  processedText?: (processed: number | null) => string;
  /** The detail line under each bar ("Trước hạn 124.907 (48,6%) · …"), as the render prints it. */
  detailText?: (level: RecordsSeries["levels"][number]) => string;
  statusText?: Partial<Record<RecordStatus, string>>;
  /** Key text of the empty stretch left by shares that do not add up to 100 %. */
  remainderText?: string;
}

export interface RecordsBar {
  id: string;
  label: string;
  lines: string[];
  labelY: number;
  valueText: string;
  valueWidth: number;
  y: number;
  height: number;
  trackX: number;
  trackWidth: number;
  segments: { status: RecordStatus; count: number | null; share: number; x: number; width: number; fill: string; textX: number | null }[];
  detailLines: string[];
  detailY: number;
}

export interface RecordsLayout {
  width: number;
  height: number;
  fontSize: number;
  key: (KeyItem<RecordStatus | "remainder"> & { fill: string })[];
  bars: RecordsBar[];
}

const BAR_H = 20;

export function layout(s: RecordsSeries, size: { width?: number } = {}, options: RecordsLayoutOptions = {}): RecordsLayout {
  const width = size.width ?? VIEW_WIDTH;
  const formatShare = options.formatShare ?? ((v: number) => `${v}%`);
  const x = scaleLinear().domain([0, 100]).range([1, width - 1]);
  const remainder = s.levels.some((l) => l.sharesSum !== null && l.sharesSum < 100);
  const flowed = flowKey([
    ...RECORD_STATUSES.map((status) => ({ kind: status, id: status, markWidth: 14, text: options.statusText?.[status] ?? status })),
    ...(remainder ? [{ kind: "remainder" as const, id: "remainder", markWidth: 14, text: options.remainderText ?? "" }] : []),
  ], width, 0);
  const key = flowed.items.map((k) => ({ ...k, fill: k.kind === "remainder" ? "#ffffff" : STATUS_FILL[k.kind] }));
  let y = flowed.bottom + 10;
  const bars = s.levels.map((l): RecordsBar => {
    const valueText = options.processedText?.(l.processed) ?? (l.processed === null ? "–" : String(l.processed));
    const valueWidth = measure(valueText, FONT, true);
    const lines = wrapText(l.label, width - valueWidth - TEXT_GAP * 3, FONT, true);
    const labelY = y + FONT;
    const barY = labelY + (lines.length - 1) * LINE + 7;
    let acc = 0;
    const segments = l.parts.flatMap((p) => {
      if (p.share === null) return [];
      const sx = x(acc);
      const sw = x(acc + p.share) - sx;
      acc += p.share;
      const tw = measure(formatShare(p.share), SMALL_FONT);
      return [{ status: p.status, count: p.count, share: p.share, x: sx, width: sw, fill: STATUS_FILL[p.status], textX: tw + 6 <= sw ? sx + sw / 2 : null }];
    });
    const detailLines = wrapText(options.detailText?.(l) ?? "", width, FONT);
    const detailY = barY + BAR_H + FONT + 4;
    y = detailY + (detailLines.length - 1) * LINE + 12;
    return { id: l.id, label: l.label, lines, labelY, valueText, valueWidth, y: barY, height: BAR_H, trackX: x(0), trackWidth: x(100) - x(0), segments, detailLines, detailY };
  });
  return { width, height: Math.ceil(y), fontSize: FONT, key, bars };
}
