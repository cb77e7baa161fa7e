// Line breaking and text boxes without a DOM, on the widths of ./text-metrics.ts.
import { textWidth } from "./text-metrics.ts";

/**
 * Width of `text` in DejaVu Sans (see ./text-metrics.ts). DejaVu Sans Bold measured in Chromium
 * runs 12–13 % wider than the regular face, more than text-metrics' bold factor, so bold is
 * measured here from the regular width.
 */
export function measure(text: string, fontSize: number, bold = false): number {
  return textWidth(text, fontSize) * (bold ? 1.13 : 1);
}

/**
 * Breaks `text` at spaces into lines no wider than `maxWidth`. A single word wider than the line
 * gets a line of its own (it is never cut: a chart label must stay whole). Empty text gives [].
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  // A lone separator ("·", "–", "—") stays at the end of its line, never starts the next one.
  const words = text.split(/\s+/).filter((w) => w !== "").reduce<string[]>((acc, w) => {
    if (/^[·–—]$/.test(w) && acc.length > 0) acc[acc.length - 1] = `${acc[acc.length - 1]} ${w}`;
    else acc.push(w);
    return acc;
  }, []);
  const lines: string[] = [];
  let current = "";
  for (const word of words) {
    const candidate = current === "" ? word : `${current} ${word}`;
    if (current !== "" && measure(candidate, fontSize, bold) > maxWidth) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current !== "") lines.push(current);
  return lines;
}

/** Axis-aligned box of a text mark, for overlap checks. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The box a single line of text occupies, given its baseline `y` and SVG text-anchor. */
export function textBox(x: number, y: number, width: number, fontSize: number, anchor: "start" | "middle" | "end" = "start"): Box {
  const x0 = anchor === "start" ? x : anchor === "middle" ? x - width / 2 : x - width;
  // Ascenders (and Vietnamese stacked marks) reach about 0.95 em above the baseline, descenders 0.25 em below.
  return { x0, x1: x0 + width, y0: y - fontSize * 0.95, y1: y + fontSize * 0.25 };
}

/** True when two boxes share any area (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}
