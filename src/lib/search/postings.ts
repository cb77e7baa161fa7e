// Posting lists as the index files carry them: sorted integers, each stored as its gap from the
// previous one in base 36, comma-separated ("3,a,1" is 3, 13, 14). Gaps keep the numbers short
// and repetitive, which is what gzip rewards.

/** Sorted, distinct, non-negative integers → their gap encoding. */
export function encodePostings(sorted: readonly number[]): string {
  let prev = 0;
  let out = "";
  for (let i = 0; i < sorted.length; i++) {
    const v = sorted[i]!;
    if (i > 0 && v <= prev) throw new Error(`postings not strictly increasing at ${i}: ${prev} then ${v}`);
    out += (i === 0 ? "" : ",") + (v - (i === 0 ? 0 : prev)).toString(36);
    prev = v;
  }
  return out;
}

/** Calls `each` with every integer of a gap encoding, in order. */
export function decodePostings(encoded: string, each: (value: number) => void): void {
  if (encoded === "") return;
  let value = 0;
  let start = 0;
  for (let i = 0; i <= encoded.length; i++) {
    if (i === encoded.length || encoded.charCodeAt(i) === 44 /* , */) {
      value += parseInt(encoded.slice(start, i), 36);
      each(value);
      start = i + 1;
    }
  }
}
