// Label collision resolution in one dimension (the "dodge" of beeswarm and slope-chart labels).

/**
 * Moves label centres `wanted` (any order) apart so that no two are closer than `gap`, keeping
 * their order (ties in input order) and staying within [lo, hi]. Among the positions that keep
 * the order, it returns those with the least total squared displacement: labels that overlap
 * are merged into a block centred on the mean of their wishes, and blocks merge until none
 * overlap (pool-adjacent-violators). When the labels cannot fit in [lo, hi] they start at lo and
 * run past hi: size the chart with `dodgeSpan` first.
 */
export function dodge(wanted: readonly number[], gap: number, lo: number = -Infinity, hi: number = Infinity): number[] {
  const order = wanted.map((_, i) => i).sort((a, b) => wanted[a]! - wanted[b]! || a - b);
  // A block: consecutive labels (in `order`) placed at start, start + gap, ...; `sum` is the sum
  // of each member's wish minus its offset in the block, so the best start is sum / n.
  const blocks: { first: number; n: number; sum: number; start: number }[] = [];
  const place = (b: { n: number; sum: number; start: number }) => {
    const top = hi - (b.n - 1) * gap;
    b.start = Math.max(lo, Math.min(b.sum / b.n, top));
  };
  order.forEach((index, k) => {
    const block = { first: k, n: 1, sum: wanted[index]!, start: 0 };
    place(block);
    blocks.push(block);
    for (;;) {
      const cur = blocks[blocks.length - 1]!;
      const prev = blocks[blocks.length - 2];
      if (prev === undefined || prev.start + prev.n * gap <= cur.start + 1e-9) break;
      prev.sum += cur.sum - cur.n * prev.n * gap;
      prev.n += cur.n;
      blocks.pop();
      place(prev);
    }
  });
  const out = new Array<number>(wanted.length);
  for (const b of blocks) for (let j = 0; j < b.n; j++) out[order[b.first + j]!] = b.start + j * gap;
  return out;
}

/** Room `count` labels need when each takes `gap`: the height a chart must give them. */
export function dodgeSpan(count: number, gap: number): number {
  return Math.max(0, count - 1) * gap;
}
