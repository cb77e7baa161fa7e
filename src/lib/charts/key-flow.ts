// Chart keys ("● Bình Định  ▬ range  | median") flowed into lines like words, each item's text
// wrapped when it is wider than the chart.
import { FONT, LINE } from "./chart-sizes.ts";
import { measure, wrapText } from "./text-wrap.ts";

export interface KeyItemInput<K extends string = string> {
  kind: K;
  id: string;
  /** Room the item's mark (dot, swatch, dash) takes before its text. */
  markWidth: number;
  text: string;
}

export interface KeyItem<K extends string = string> extends KeyItemInput<K> {
  /** Left of the mark, the vertical centre of the first line, and where the text starts. */
  x: number;
  markY: number;
  textX: number;
  /** Text lines and the first baseline. */
  lines: string[];
  textY: number;
  width: number;
}

const MARK_GAP = 5;
const ITEM_GAP = 14;

/** Places `items` from baseline `top + FONT` on; returns them and the y just below the key. */
export function flowKey<K extends string>(items: readonly KeyItemInput<K>[], width: number, top: number): { items: KeyItem<K>[]; bottom: number } {
  const placed: KeyItem<K>[] = [];
  let x = 0;
  let baseline = top + FONT;
  let lastBaseline = baseline;
  for (const item of items) {
    const room = width - item.markWidth - MARK_GAP;
    const full = measure(item.text, FONT);
    const lines = full <= room ? [item.text] : wrapText(item.text, room, FONT);
    const w = Math.max(0, ...lines.map((l) => measure(l, FONT)));
    if (x > 0 && (lines.length > 1 || x + item.markWidth + MARK_GAP + w > width)) {
      x = 0;
      baseline = lastBaseline + LINE;
    }
    placed.push({ ...item, x, markY: baseline - FONT * 0.35, textX: x + item.markWidth + MARK_GAP, lines, textY: baseline, width: w });
    lastBaseline = baseline + (lines.length - 1) * LINE;
    // A wrapped item fills its lines: the next item starts on a new line.
    x = lines.length > 1 ? width : x + item.markWidth + MARK_GAP + w + ITEM_GAP;
  }
  return { items: placed, bottom: items.length === 0 ? top : lastBaseline + FONT * 0.4 };
}
