// The index's vocabulary: every folded word, sorted, so a prefix is a contiguous range found by
// binary search, and words within a small edit distance of a typo can be listed without a
// dictionary service.

/** First position whose word is ≥ key (code-unit order, as Array.prototype.sort leaves strings). */
function lowerBound(vocab: readonly string[], key: string): number {
  let lo = 0;
  let hi = vocab.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (vocab[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Position of a word, or -1. */
export function termIndex(vocab: readonly string[], word: string): number {
  const i = lowerBound(vocab, word);
  return vocab[i] === word ? i : -1;
}

/** The [start, end) range of words that start with prefix (the word itself included). */
export function prefixRange(vocab: readonly string[], prefix: string): [number, number] {
  const start = lowerBound(vocab, prefix);
  let end = start;
  while (end < vocab.length && vocab[end]!.startsWith(prefix)) end++;
  return [start, end];
}

/**
 * Optimal-string-alignment distance (Levenshtein plus swapping two neighbours, the commonest
 * typing slip: "dein" for "dien"), or max + 1 as soon as it must exceed max.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  // Three rows, reused: nearWords calls this for every word of the vocabulary.
  if (rows[0]!.length <= n) rows = [0, 1, 2].map(() => new Int32Array(2 * n + 2));
  let [prev2, prev, cur] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}
let rows: Int32Array[] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** How many typos a word of this length may carry: none under 3 letters, one up to 5, then two. */
export const typoAllowance = (word: string): number => (word.length < 3 ? 0 : word.length <= 5 ? 1 : 2);

/** Words of the vocabulary within the word's typo allowance, closest first (at most limit). */
export function nearWords(vocab: readonly string[], word: string, limit: number): { index: number; distance: number }[] {
  const max = typoAllowance(word);
  if (max === 0) return [];
  const found: { index: number; distance: number }[] = [];
  for (let i = 0; i < vocab.length; i++) {
    const d = editDistance(word, vocab[i]!, max);
    if (d <= max) found.push({ index: i, distance: d });
  }
  return found.sort((x, y) => x.distance - y.distance || x.index - y.index).slice(0, limit);
}
