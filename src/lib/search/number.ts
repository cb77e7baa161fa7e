// Document numbers in any spelling. "17/NQ-CP", "17/nq-cp", "17 NQ CP" and "NQ 17" are one number;
// "766/QĐ-TTg" is typed "766/QD-TTg". A number's key is its folded parts, the ones with a digit
// first (in printed order), then the symbol's letters: "NQ 17" → "17 nq".
import { foldTokens } from "./fold-tokens.ts";

const hasDigit = (w: string) => /\d/.test(w);

/** The parts of a number, folded: "107/2021/NĐ-CP" → ["107", "2021", "nd", "cp"]. */
export function numberParts(text: string): string[] {
  const words = foldTokens(text);
  return [...words.filter(hasDigit), ...words.filter((w) => !hasDigit(w))];
}

/** One spelling for every way of writing a number: "NQ 17" and "17/nq-cp" → "17 nq" and "17 nq cp". */
export const normaliseNumber = (text: string): string => numberParts(text).join(" ");

/** Whether a query contains something number-like (a word with a digit). */
export const looksLikeNumber = (query: string): boolean => foldTokens(query).some(hasDigit);

export type NumberMatch = "exact" | "partial" | null;

/**
 * How a query matches a document number. Exact: the same parts ("17 NQ CP" for 17/NQ-CP).
 * Partial: the query's number is the document's leading number and any letters the query gives
 * belong to its symbol ("NQ 17", or "chi thi 10" for 10/CT-UBND: words outside the symbol are
 * left to the text match). Null otherwise: 107/2021/NĐ-CP does not match "10".
 */
export function matchNumber(query: string, documentNumber: string): NumberMatch {
  const q = numberParts(query);
  const d = numberParts(documentNumber);
  const qDigits = q.filter(hasDigit);
  if (qDigits.length === 0 || d.length === 0) return null;
  if (q.join(" ") === d.join(" ")) return "exact";
  const dDigits = d.filter(hasDigit);
  if (qDigits[0] !== dDigits[0]) return null;
  if (!qDigits.every((w) => dDigits.includes(w))) return null;
  const dLetters = new Set(d.filter((w) => !hasDigit(w)));
  const qLetters = q.filter((w) => !hasDigit(w));
  const inSymbol = qLetters.filter((w) => dLetters.has(w));
  // Every letter in the symbol: the whole query is the number ("NQ 17", "17 nq cp 2019" excepted).
  if (qLetters.length > 0 && inSymbol.length === qLetters.length && qDigits.length === dDigits.length && qLetters.length === dLetters.size) return "exact";
  return "partial";
}
