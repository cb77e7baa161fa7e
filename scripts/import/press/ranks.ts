// Rank cells as compiled ("53/63", "3", "last (17)", "16 (16th nationwide)", "1 (led the nation)")
// → rank, rank_of and rank_text. A rank is a number only when the page printed a number (or an
// ordinal such as "16th", "thứ 2", "first"); words like "led" or "đứng đầu" stay text.
export interface Rank {
  rank: string;
  rank_of: string;
  rank_text: string;
  /** Said about the parse, for the value note. */
  note: string;
}

const strip = (n: string) => String(Number(n));

export function parseRank(raw: string): Rank {
  const s = raw.trim();
  const none: Rank = { rank: "", rank_of: "", rank_text: "", note: "" };
  if (s === "") return none;
  let m = /^(\d+)\/(\d+)$/.exec(s);
  if (m) return { ...none, rank: strip(m[1]!), rank_of: strip(m[2]!) };
  if (/^\d+$/.test(s)) return { ...none, rank: strip(s) };
  m = /^(\d+) \((.+)\)$/.exec(s);
  if (m) {
    const n = strip(m[1]!);
    const words = m[2]!;
    const printedNumber = new RegExp(`(^|\\D)0*${n}(st|nd|rd|th)?(\\D|$)`).test(words)
      || (n === "1" && /\bfirst\b|thứ nhất/i.test(words));
    return printedNumber
      ? { ...none, rank: n, note: `rank printed as '${words}'` }
      : { ...none, rank_text: words, note: `compiled as rank ${n}` };
  }
  return { ...none, rank_text: s };
}
