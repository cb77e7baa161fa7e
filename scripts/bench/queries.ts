// The fixed query set: 240 queries aimed at the first 1,000 documents of the corpus (so the same
// set replays against every corpus size), half typed without diacritics. Kinds: exact titles,
// partial titles, document numbers in other spellings, type + number + province, typos.
import { type Rand, type SyntheticDoc, int, pick, prng } from "./corpus.ts";

export type QueryKind = "exact-title" | "partial-title" | "number" | "type-number-province" | "typo";
export const QUERY_KINDS: readonly QueryKind[] = ["exact-title", "partial-title", "number", "type-number-province", "typo"];

export interface BenchQuery {
  q: string;
  kind: QueryKind;
  /** Typed without any diacritic. */
  plain: boolean;
  /** The document the query is meant to find. */
  target: string;
}

/** What someone without a Vietnamese keyboard types: marks and đ dropped, case and punctuation kept. */
export const stripMarks = (s: string): string => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFC");

/** Object phrase cut to its first words, brackets dropped: what people remember of a title. */
const shortObject = (object: string, words: number) => object.replace(/[(),]/g, "").split(" ").slice(0, words).join(" ");

function numberSpelling(d: SyntheticDoc, plain: boolean, rand: Rand): string {
  const symbol = d.kind.symbol;
  const [letters = "", body = ""] = symbol.split("-");
  if (plain) {
    const s = stripMarks(symbol);
    const [l = "", b = ""] = s.split("-");
    return pick(rand, [`${d.serial} ${l.toLowerCase()} ${b.toLowerCase()}`, `${l.toLowerCase()} ${d.serial}`, stripMarks(d.row.number), `${d.serial}/${s.toLowerCase()}`]);
  }
  return pick(rand, [d.row.number.toLowerCase(), `${letters} ${d.serial}`, `${d.serial} ${letters}-${body}`, d.row.number]);
}

function typo(word: string, rand: Rand): string {
  const i = int(rand, 1, word.length - 2);
  const letters = "abcdeghiklmnopqrstuvxy";
  switch (int(rand, 0, 3)) {
    case 0: return word.slice(0, i) + pick(rand, [...letters]) + word.slice(i + 1); // substitution
    case 1: return word.slice(0, i) + word.slice(i + 1); // deletion
    case 2: return word.slice(0, i) + word[i + 1]! + word[i]! + word.slice(i + 2); // transposition
    default: return word.slice(0, i) + word[i]! + word.slice(i); // doubled letter
  }
}

/** One or two single-letter edits, in different words of five letters or more. */
function withTypos(text: string, rand: Rand): string {
  const words = text.split(" ");
  const long = words.map((w, i) => ({ w, i })).filter((x) => x.w.length >= 5 && !/\d/.test(x.w));
  const edits = Math.min(long.length, int(rand, 1, 2));
  for (let n = 0; n < edits; n++) {
    const at = long.splice(int(rand, 0, long.length - 1), 1)[0]!;
    // NFC text: every Vietnamese letter is one code unit, so slicing by index is by letter.
    words[at.i] = typo(at.w, rand);
  }
  return words.join(" ");
}

export function generateQueries(docs: readonly SyntheticDoc[], perKind: number, seed: number): BenchQuery[] {
  const rand = prng(seed);
  const pool = docs.slice(0, 1000);
  const out: BenchQuery[] = [];
  let n = 0;
  for (const kind of QUERY_KINDS) {
    for (let k = 0; k < perKind; k++) {
      const d = pool.splice(int(rand, 0, pool.length - 1), 1)[0]!;
      const plain = n++ % 2 === 1;
      const partial = `${d.parts.action} ${shortObject(d.parts.object, 4)} ${d.province} ${d.parts.period}`;
      let q: string;
      switch (kind) {
        case "exact-title": q = d.row.title; break;
        case "partial-title": q = partial; break;
        case "number": q = numberSpelling(d, plain, rand); break;
        case "type-number-province": q = `${d.kind.label.toLowerCase()} ${d.serial} ${d.province}`; break;
        case "typo": q = withTypos(partial.toLowerCase(), rand); break;
      }
      if (plain) q = stripMarks(q);
      out.push({ q, kind, plain, target: d.row.id });
    }
  }
  return out;
}
