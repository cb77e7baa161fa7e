// The search engine over a packed index (pack.ts). A query is answered in two steps:
// 1. words: each folded query word is looked up in the vocabulary (the word itself, words it
//    starts when it may be unfinished, or words one or two typos away when it is not there); the
//    shards holding those words are fetched and every record is scored by how many query words
//    it holds, how rare they are, and whether they are in its names or title or only its text;
// 2. candidates: the best-scoring records (and every unit or index whose names match) are
//    fetched and ranked as a person would: a document number, an own name typed exactly, with
//    diacritics, an alias, a prefix, the text, a typo (fuse.js, over this small set only).
// Files are fetched through `fetchFile` once each and kept, so later queries cost no network.
import Fuse from "fuse.js";
import { fold } from "../text/fold.ts";
import type { RecordKind, SearchRecord } from "./documents.ts";
import { compact, exactTokens, foldTokens, hasDiacritics, highlightRanges, wordsStart, type Range } from "./fold-tokens.ts";
import { matchNumber } from "./number.ts";
import { SEARCH_FORMAT, searchFileNames, unpackRecord, type SearchDocs, type SearchMeta, type SearchShard } from "./pack.ts";
import { decodePostings } from "./postings.ts";
import { nearWords, prefixRange, termIndex } from "./vocab.ts";

export interface SearchResult {
  record: SearchRecord;
  /** Record id in the index: a stable id. */
  id: number;
  score: number;
  /** Ranges of the title and subtitle the query's words start. */
  highlight: { title: Range[]; subtitle: Range[] };
  /** How the record matched, strongest reason. */
  via: "number" | "name" | "alias" | "text" | "typo";
}

export type FetchFile = (name: string) => Promise<unknown>;

/** A run of documents, unpacked. */
interface DocsChunk {
  start: number;
  records: SearchRecord[];
}

export interface LoadedIndex {
  meta: SearchMeta;
  small: SearchRecord[];
  common: Set<number>;
  /** Typo matching over the units' and indices' names (a few hundred short strings). */
  smallFuse: Fuse<{ id: number; key: string }>;
  /** The longest of those names: a longer query is no typo of one of them. */
  smallLongest: number;
  shard: (i: number) => Promise<SearchShard>;
  /** Decoded posting lists by vocabulary position, kept: common words recur in most queries. */
  decoded: Map<number, Int32Array>;
  docs: (i: number) => Promise<DocsChunk>;
}

const FUSE_OPTIONS = { keys: ["key"], includeScore: true, ignoreLocation: true, threshold: 0.34, ignoreDiacritics: true, minMatchCharLength: 2 };

/** A record's names folded and compacted, worked out once per record however many queries rank it. */
function cached<T>(make: (r: SearchRecord) => T): (r: SearchRecord) => T {
  const cache = new WeakMap<SearchRecord, T>();
  return (r) => {
    let v = cache.get(r);
    if (v === undefined) cache.set(r, (v = make(r)));
    return v;
  };
}

/** A record's names compacted and its title's words folded, worked out once per record however many queries rank it. */
const keysOf = cached((r) => ({
  own: r.names.map((n) => compact(n)),
  alias: r.aliases.map((n) => compact(n)),
  titleWords: foldTokens(r.title),
  subtitleWords: foldTokens(r.subtitle),
}));
/** Exact (accented) words of the title, subtitle, names and aliases, one list per string: for accented queries only. */
const exactWordsOf = cached((r) => [r.title, r.subtitle, ...r.names, ...r.aliases].map((s) => exactTokens(s)));
/** Names and aliases folded, for fuse.js (fuse's ignoreDiacritics does not fold đ). */
const foldedNamesOf = cached((r) => [...r.names, ...r.aliases].map((s) => fold(s)));

/** One entry per short string. */
const shortStrings = (records: readonly { id: number; r: SearchRecord }[]) =>
  records.flatMap(({ id, r }) => foldedNamesOf(r).map((key) => ({ id, key })));

function memo<T>(load: (i: number) => Promise<T>): (i: number) => Promise<T> {
  const cache = new Map<number, Promise<T>>();
  return (i) => {
    let p = cache.get(i);
    if (!p) {
      p = load(i);
      // A failed fetch is not cached: the next query tries again.
      p.catch(() => cache.delete(i));
      cache.set(i, p);
    }
    return p;
  };
}

/** Opens an index: fetches its meta file; shards and documents are fetched when a query needs them. */
export async function openSearchIndex(fetchFile: FetchFile): Promise<LoadedIndex> {
  const meta = (await fetchFile(searchFileNames.meta)) as SearchMeta;
  if (meta.format !== SEARCH_FORMAT) throw new Error(`search index format ${String(meta.format)}, expected ${SEARCH_FORMAT}`);
  const smallRecords = meta.small.map(unpackRecord);
  const small = shortStrings(smallRecords.map((r, id) => ({ id, r })));
  return {
    meta,
    small: smallRecords,
    common: new Set(meta.common),
    smallFuse: new Fuse(small, FUSE_OPTIONS),
    smallLongest: Math.max(0, ...small.map((x) => x.key.length)),
    shard: memo(async (i) => (await fetchFile(searchFileNames.shard(i))) as SearchShard),
    decoded: new Map(),
    docs: memo(async (i) => {
      const d = (await fetchFile(searchFileNames.docs(i))) as SearchDocs;
      return { start: d.start, records: d.records.map(unpackRecord) };
    }),
  };
}

export interface SearchOptions {
  limit?: number;
  kinds?: readonly RecordKind[];
}

const KIND_ORDER: Record<RecordKind, number> = { index: 0, province: 1, document: 2 };
/** Records ranked in full after the word step. */
const CANDIDATES = 24;
/** A word's prefix expansions and typo neighbours followed, at most. */
const MAX_PREFIX_TERMS = 48;
const MAX_TYPO_TERMS = 12;
/**
 * fuse.js compares short strings: a query or a name longer than this (one bitap word; its cost
 * grows with both lengths) is left to the mended words instead.
 */
const FUSE_MAX = 32;

interface WordTerms {
  /** Vocabulary positions with the weight of the match: the word 1, a longer word 0.8, a typo 0.5. */
  terms: { index: number; weight: number }[];
  typo: boolean;
}

/** Which vocabulary words a query word stands for. The last word may be unfinished. */
function termsOf(vocab: readonly string[], word: string, last: boolean): WordTerms {
  const exact = termIndex(vocab, word);
  const terms: WordTerms["terms"] = exact >= 0 ? [{ index: exact, weight: 1 }] : [];
  // An unfinished last word ("da n", "chinh ph") stands for the words it starts; a short one that
  // is already a word ("da", "chi") also for its continuations; a longer word is taken as typed.
  if (exact < 0 || (last && word.length <= 3)) {
    const [start, end] = prefixRange(vocab, word);
    // Shortest continuations first: "nan" → "nang" before "nanh…".
    const longer = Array.from({ length: end - start }, (_, k) => start + k)
      .filter((i) => i !== exact)
      .sort((a, b) => vocab[a]!.length - vocab[b]!.length || a - b)
      .slice(0, MAX_PREFIX_TERMS);
    for (const index of longer) terms.push({ index, weight: 0.8 });
  }
  if (terms.length > 0) return { terms, typo: false };
  return { terms: nearWords(vocab, word, MAX_TYPO_TERMS).map((n) => ({ index: n.index, weight: n.distance === 1 ? 0.5 : 0.35 })), typo: true };
}

const shardOf = (starts: readonly number[], index: number): number => {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
};

function postingsOf(ix: LoadedIndex, shards: ReadonlyMap<number, SearchShard>, index: number): Int32Array {
  let list = ix.decoded.get(index);
  if (!list) {
    const shard = shards.get(shardOf(ix.meta.shardStarts, index))!;
    const values: number[] = [];
    decodePostings(shard.postings[index - shard.start]!, (v) => values.push(v));
    ix.decoded.set(index, (list = Int32Array.from(values)));
  }
  return list;
}

/** Step 1: a score per record from the words it holds, and how many query words it holds. */
async function scoreWords(ix: LoadedIndex, words: readonly string[]): Promise<{ score: Float64Array; hits: Uint8Array; scored: number; typo: boolean; mended: string[] }> {
  const { vocab, shardStarts, recordCount } = ix.meta;
  const all = words.map((w, i) => termsOf(vocab, w, i === words.length - 1));
  // A word most records hold ("của", "tỉnh") neither narrows nor ranks much, and its list is the
  // longest to fetch: it is left out while another word does the finding.
  const isCommon = (w: WordTerms) => w.terms.length === 1 && w.terms[0]!.weight === 1 && ix.common.has(w.terms[0]!.index);
  const perWord = all.some((w) => !isCommon(w)) ? all.filter((w) => !isCommon(w)) : all;
  const needed = [...new Set(perWord.flatMap((w) => w.terms.map((t) => shardOf(shardStarts, t.index))))];
  const shards = new Map<number, SearchShard>();
  await Promise.all(needed.map(async (i) => shards.set(i, await ix.shard(i))));
  const score = new Float64Array(recordCount);
  const hits = new Uint8Array(recordCount);
  // A word's best match per record, and the records it touched (to add and reset only those).
  const best = new Float64Array(recordCount);
  const touched = new Int32Array(recordCount);
  for (const { terms } of perWord) {
    let count = 0;
    for (const { index, weight } of terms) {
      const list = postingsOf(ix, shards, index);
      // Rare words tell more (idf); a word in the names or title counts twice.
      const w = weight * Math.log(1 + recordCount / list.length);
      for (let k = 0; k < list.length; k++) {
        const v = list[k]!;
        const s = v & 1 ? 2 * w : w;
        const id = v >>> 1;
        if (best[id] === 0) touched[count++] = id;
        if (s > best[id]!) best[id] = s;
      }
    }
    for (let k = 0; k < count; k++) {
      const id = touched[k]!;
      score[id]! += best[id]!;
      hits[id]!++;
      best[id] = 0;
    }
  }
  // The query with each typo replaced by its nearest word, for the title match in step 2.
  const mended = words.map((w, i) => (all[i]!.typo && all[i]!.terms[0] ? vocab[all[i]!.terms[0].index]! : w));
  return { score, hits, scored: perWord.length, typo: all.some((w) => w.typo), mended };
}

/** The record of an id: small ones from meta, documents from their chunk. */
async function recordsOf(ix: LoadedIndex, ids: readonly number[]): Promise<Map<number, SearchRecord>> {
  const { docStart, docChunkSize } = ix.meta;
  const small = ix.small;
  const out = new Map<number, SearchRecord>();
  const chunks = new Set<number>();
  for (const id of ids) {
    if (id < docStart) out.set(id, small[id]!);
    else chunks.add(Math.floor((id - docStart) / docChunkSize));
  }
  const loaded = await Promise.all([...chunks].map((c) => ix.docs(c)));
  for (const chunk of loaded) {
    for (const id of ids) {
      const r = chunk.records[id - chunk.start];
      if (id >= chunk.start && r) out.set(id, r);
    }
  }
  return out;
}

/** The k ids of highest score, best first (ties: lower id), without sorting them all. */
function topBy(ids: readonly number[], score: Float64Array, k: number): number[] {
  const top: number[] = [];
  const better = (a: number, b: number) => score[a]! > score[b]! || (score[a] === score[b] && a < b);
  for (const id of ids) {
    if (top.length === k && !better(id, top[k - 1]!)) continue;
    let i = top.length === k ? k - 1 : top.length;
    while (i > 0 && better(id, top[i - 1]!)) {
      top[i] = top[i - 1]!;
      i--;
    }
    top[i] = id;
  }
  return top;
}

const kindOfId = (ix: LoadedIndex, id: number): RecordKind => (id < ix.meta.docStart ? ix.small[id]!.kind : "document");

/** Ranks what the query found. Empty query, empty list. */
export async function search(ix: LoadedIndex, query: string, options: SearchOptions = {}): Promise<SearchResult[]> {
  const q = query.normalize("NFC").trim();
  const words = [...new Set(foldTokens(q))];
  if (words.length === 0) return [];
  const limit = options.limit ?? 10;
  const kinds = options.kinds ? new Set(options.kinds) : null;
  const allowed = (id: number) => !kinds || kinds.has(kindOfId(ix, id));

  const { score, hits, scored, typo, mended } = await scoreWords(ix, words);
  // Records holding every word; only when few do, those holding some of them (a typo the
  // vocabulary could not mend), so "da nang" does not list every text with "da…" in it.
  const ids: number[] = [];
  for (let id = 0; id < score.length; id++) if (hits[id] === scored && allowed(id)) ids.push(id);
  if (ids.length < 5) {
    const need = Math.max(1, Math.ceil(scored / 2));
    for (let id = 0; id < score.length; id++) {
      if (hits[id]! >= need && hits[id]! < scored && allowed(id)) {
        ids.push(id);
        score[id] = score[id]! * 0.5 * (hits[id]! / scored);
      }
    }
  }
  const complete = ids.length > 0 && hits[ids[0]!] === scored;
  const top = topBy(ids, score, CANDIDATES);
  const wordScore = new Map(top.map((id) => [id, score[id]!]));
  // Units and indices a name starts, typed without spaces or dots ("daklak", "tp.hcm"): words miss them.
  const qCompact = compact(q);
  ix.small.forEach((r, id) => {
    const k = keysOf(r);
    if (allowed(id) && !wordScore.has(id) && (k.own.some((n) => n.startsWith(qCompact)) || k.alias.some((n) => n.startsWith(qCompact)))) wordScore.set(id, 0);
  });
  // fuse.js looks for typos only when the words point to one: a typo-mended word, or no record holding them all.
  const typos = typo || !complete;
  const qf = fold(q);
  if (typos && qf.length >= 3 && qf.length <= Math.min(FUSE_MAX, ix.smallLongest + 3)) {
    for (const hit of ix.smallFuse.search(qf, { limit: 20 })) if (allowed(hit.item.id) && !wordScore.has(hit.item.id)) wordScore.set(hit.item.id, 0);
  }
  const records = await recordsOf(ix, [...wordScore.keys()]);
  return rank(q, records, wordScore, limit, typos ? mended : null);
}

/** Step 2: the candidates ranked by how they matched. */

/**
 * Step 2: the candidates ranked by how they matched. `mended` is the query with typos replaced
 * by their nearest words, or null when the query shows no typo (and fuse.js is not run).
 */
function rank(q: string, records: ReadonlyMap<number, SearchRecord>, wordScore: ReadonlyMap<number, number>, limit: number, mended: readonly string[] | null): SearchResult[] {
  const qf = fold(q);
  const qCompact = compact(q);
  const accented = hasDiacritics(q);
  const qWords = mended ?? foldTokens(q);
  const qExact = exactTokens(q);
  const topWord = Math.max(0, ...wordScore.values());
  const typo = new Map<number, number>();
  if (mended && qf.length >= 3 && qf.length <= FUSE_MAX) {
    const fuse = new Fuse(shortStrings([...records].map(([id, r]) => ({ id, r }))).filter((x) => x.key.length <= FUSE_MAX), FUSE_OPTIONS);
    for (const hit of fuse.search(qf)) {
      const s = 1 - (hit.score ?? 1);
      if (s > (typo.get(hit.item.id) ?? 0)) typo.set(hit.item.id, s);
    }
  }
  const results: SearchResult[] = [];
  for (const [id, r] of records) {
    const ws = wordScore.get(id) ?? 0;
    // The word step's order, kept as a tie-breaker worth at most 10 points.
    let score = ws > 0 ? 1 + (9 * ws) / topWord : 0;
    let via: SearchResult["via"] = ws > 0 ? "text" : "typo";
    const num = r.number !== "" ? matchNumber(q, r.number) : null;
    if (num === "exact") { score += 120; via = "number"; }
    else if (num === "partial") { score += 60; via = "number"; }
    const { own, alias, titleWords, subtitleWords } = keysOf(r);
    if (own.includes(qCompact)) { score += 100; if (via !== "number") via = "name"; }
    else if (alias.includes(qCompact)) { score += 80; if (via !== "number") via = "alias"; }
    else if (own.some((n) => n.startsWith(qCompact))) { score += 50; if (via !== "number") via = "name"; }
    else if (alias.some((n) => n.startsWith(qCompact))) { score += 40; if (via !== "number") via = "alias"; }
    if (wordsStart(titleWords, qWords)) score += 30;
    else if (wordsStart(subtitleWords, qWords)) score += 20;
    // An exact-diacritic match outranks one found only by folding ("dân" is not "dần").
    if (accented && exactWordsOf(r).some((w) => wordsStart(w, qExact))) score += 25;
    const t = typo.get(id);
    if (t !== undefined) score += t * 30;
    if (score <= 0) continue;
    results.push({ record: r, id, score, via, highlight: { title: [], subtitle: [] } });
  }
  results.sort((a, b) => b.score - a.score || KIND_ORDER[a.record.kind] - KIND_ORDER[b.record.kind] || a.id - b.id);
  // Highlights for the results shown only.
  return results.slice(0, limit).map((x) => ({ ...x, highlight: { title: highlightRanges(x.record.title, q), subtitle: highlightRanges(x.record.subtitle, q) } }));
}
