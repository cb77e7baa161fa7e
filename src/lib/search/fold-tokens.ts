// Tokens for search: folded (tones and đ removed) for matching, exact (diacritics kept) for ranking
// an exact-diacritic match above a folded one, and ranges to highlight in the original text.
import { fold, foldAligned } from "../text/fold.ts";

export type Range = readonly [start: number, end: number];

/** Folded words: "Đà Nẵng" → ["da", "nang"]. */
export const foldTokens = (text: string): string[] => fold(text).split(" ").filter(Boolean);

/** Lower-case words with their diacritics: "Đà Nẵng" → ["đà", "nẵng"]. */
export const exactTokens = (text: string): string[] =>
  text.normalize("NFC").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Folded with spaces and punctuation dropped: "TP.HCM" and "TP HCM" → "tphcm". */
export const compact = (text: string): string => fold(text).replace(/ /g, "");

/** Whether the query carries any diacritic (or đ), i.e. the user typed Vietnamese letters. */
export const hasDiacritics = (query: string): boolean => fold(query) !== query.normalize("NFC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** Whether every query word starts one of the words (both already tokenised the same way). */
export const wordsStart = (words: readonly string[], q: readonly string[]): boolean =>
  q.length > 0 && q.every((w) => words.some((t) => t.startsWith(w)));

/**
 * Where the query's words start words of the text, as [start, end) ranges into the original
 * text, merged and in order: "da nang" in "Thành phố Đà Nẵng" → [[10, 12], [13, 17]].
 */
export function highlightRanges(text: string, query: string): Range[] {
  const q = foldTokens(query);
  if (q.length === 0) return [];
  const aligned = foldAligned(text);
  const ranges: [number, number][] = [];
  for (const m of aligned.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = m[0];
    const best = q.filter((w) => word.startsWith(w)).reduce((a, w) => Math.max(a, w.length), 0);
    if (best > 0) ranges.push([m.index, m.index + best]);
  }
  return ranges;
}

/** Splits text into plain and highlighted parts by ranges (as returned by highlightRanges). */
export function splitByRanges(text: string, ranges: readonly Range[]): { text: string; hit: boolean }[] {
  const parts: { text: string; hit: boolean }[] = [];
  let at = 0;
  for (const [s, e] of ranges) {
    if (s > at) parts.push({ text: text.slice(at, s), hit: false });
    parts.push({ text: text.slice(s, e), hit: true });
    at = e;
  }
  if (at < text.length) parts.push({ text: text.slice(at), hit: false });
  return parts;
}
