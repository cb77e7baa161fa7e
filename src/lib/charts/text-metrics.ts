// Text width without a DOM: a layout must reserve room for its labels before any browser draws
// them. Advance widths are those of DejaVu Sans (em fractions), the widest face in the site's font
// stack and its usual fallback on Linux, so a label sized here fits in the narrower faces too.

import { FONT } from "./chart-sizes.ts";

const LOWER: Record<string, number> = {
  a: 0.613, b: 0.635, c: 0.55, d: 0.635, e: 0.615, f: 0.352, g: 0.635, h: 0.634, i: 0.278, j: 0.278,
  k: 0.579, l: 0.278, m: 0.974, n: 0.634, o: 0.612, p: 0.635, q: 0.635, r: 0.411, s: 0.521, t: 0.392,
  u: 0.634, v: 0.592, w: 0.818, x: 0.592, y: 0.592, z: 0.525,
};
const UPPER: Record<string, number> = {
  A: 0.684, B: 0.686, C: 0.698, D: 0.77, E: 0.632, F: 0.575, G: 0.775, H: 0.752, I: 0.295, J: 0.295,
  K: 0.656, L: 0.557, M: 0.863, N: 0.748, O: 0.787, P: 0.603, Q: 0.787, R: 0.695, S: 0.635, T: 0.611,
  U: 0.732, V: 0.684, W: 0.989, X: 0.685, Y: 0.611, Z: 0.685,
};
const OTHER: Record<string, number> = {
  " ": 0.318, ".": 0.318, ",": 0.318, ":": 0.337, ";": 0.337, "-": 0.361, "–": 0.5, "—": 1,
  "(": 0.39, ")": 0.39, "/": 0.337, "%": 0.95, "'": 0.275, "’": 0.318,
  "+": 0.838, "−": 0.838, "=": 0.838, "±": 0.838, "↑": 0.838, "↓": 0.838, "→": 0.838, "×": 0.838,
};

/** Estimated advance width of `text` at `fontSize`; bold faces are about 9 % wider. */
export function textWidth(text: string, fontSize: number = FONT, bold = false): number {
  // Vietnamese tone and vowel marks are combining characters with no advance of their own.
  const base = text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D");
  let em = 0;
  for (const ch of base) {
    em += /\d/.test(ch) ? 0.636 : (LOWER[ch] ?? UPPER[ch] ?? OTHER[ch] ?? 0.7);
  }
  return em * fontSize * (bold ? 1.09 : 1);
}
