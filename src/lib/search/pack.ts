// Build time: the search index of a language as a set of small files, so the browser fetches only
// what a query needs (Pagefind's idea, our format):
// - meta: the vocabulary (every folded word, sorted), where each posting shard starts, and the
//   records of units and indices (few, and needed for every query's name and typo matching);
// - shard i: the posting lists of a contiguous range of the vocabulary;
// - docs i: the records of a run of documents, fetched for the candidates a query ranks.
// Record ids: units and indices first (0 … docStart-1), then documents in collection order.
import type { IndexedRecord, SearchRecord } from "./documents.ts";
import { foldTokens } from "./fold-tokens.ts";
import { encodePostings } from "./postings.ts";

export const SEARCH_FORMAT = 2;

export interface SearchMeta {
  format: typeof SEARCH_FORMAT;
  recordCount: number;
  /** Id of the first document record; records before it are `small`. */
  docStart: number;
  docChunkSize: number;
  /** Every folded word, sorted (code-unit order). */
  vocab: string[];
  /** Vocabulary position where each shard starts (ascending, first is 0). */
  shardStarts: number[];
  /** Vocabulary positions of the words more than half the records hold (ascending). */
  common: number[];
  /** Unit and index records. */
  small: PackedRecord[];
}

/**
 * A record as the files carry it: names that repeat the title, subtitle or number are flags in
 * `n` (1, 2, 4) rather than copies; `more` holds the others.
 */
export type PackedRecord = Omit<SearchRecord, "names"> & { n: number; more: string[] };

export function packRecord(r: SearchRecord): PackedRecord {
  const { names, ...rest } = r;
  const flag = (s: string) => (s !== "" && names.includes(s) ? 1 : 0);
  const n = flag(r.title) | (flag(r.subtitle) << 1) | (flag(r.number) << 2);
  return { ...rest, n, more: names.filter((x) => x === "" || (x !== r.title && x !== r.subtitle && x !== r.number)) };
}

export function unpackRecord(p: PackedRecord): SearchRecord {
  const { n, more, ...rest } = p;
  const names = [...(n & 1 ? [p.title] : []), ...(n & 2 ? [p.subtitle] : []), ...(n & 4 ? [p.number] : []), ...more];
  return { ...rest, names };
}

/**
 * Posting lists of vocab[start …], one per word: sorted values id × 2 + 1 where the word is in
 * the record's names or title, id × 2 where it is only in its text.
 */
export interface SearchShard {
  start: number;
  postings: string[];
}

export interface SearchDocs {
  /** Id of records[0]. */
  start: number;
  records: PackedRecord[];
}

export interface SearchFiles {
  meta: SearchMeta;
  shards: SearchShard[];
  docs: SearchDocs[];
}

export interface PackOptions {
  /** Raw JSON characters a shard is filled to before the next starts (one long list may exceed it). */
  shardChars?: number;
  docChunkSize?: number;
}

/** The words a record is found by through its names and title, i.e. the strongest field. */
const nameText = (r: SearchRecord): string => [r.title, r.subtitle, r.number, ...r.names, ...r.aliases].join(" ");

export function packSearchIndex(items: readonly IndexedRecord[], options: PackOptions = {}): SearchFiles {
  const shardChars = options.shardChars ?? 8_000;
  const docChunkSize = options.docChunkSize ?? 10;
  // Units and indices first, whatever order they came in: their ids are the meta file's positions.
  const ordered = [...items.filter((x) => x.record.kind !== "document"), ...items.filter((x) => x.record.kind === "document")];
  const docStart = ordered.findIndex((x) => x.record.kind === "document");
  const postings = new Map<string, number[]>();
  ordered.forEach((x, id) => {
    const inName = new Set(foldTokens(nameText(x.record)));
    const all = new Set([...inName, ...foldTokens(x.text)]);
    for (const w of all) {
      let list = postings.get(w);
      if (!list) postings.set(w, (list = []));
      list.push(id * 2 + (inName.has(w) ? 1 : 0));
    }
  });
  const vocab = [...postings.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const encoded = vocab.map((w) => encodePostings(postings.get(w)!));
  const shards: SearchShard[] = [];
  let current: SearchShard | null = null;
  let size = 0;
  encoded.forEach((p, i) => {
    if (!current || size >= shardChars) {
      current = { start: i, postings: [] };
      shards.push(current);
      size = 0;
    }
    current.postings.push(p);
    size += p.length + 3;
  });
  const docsFrom = docStart === -1 ? ordered.length : docStart;
  const docs: SearchDocs[] = [];
  for (let s = docsFrom; s < ordered.length; s += docChunkSize) {
    docs.push({ start: s, records: ordered.slice(s, s + docChunkSize).map((x) => packRecord(x.record)) });
  }
  return {
    meta: {
      format: SEARCH_FORMAT,
      recordCount: ordered.length,
      docStart: docsFrom,
      docChunkSize,
      vocab,
      shardStarts: shards.map((s) => s.start),
      common: vocab.flatMap((w, i) => (postings.get(w)!.length * 2 > ordered.length ? [i] : [])),
      small: ordered.slice(0, docsFrom).map((x) => packRecord(x.record)),
    },
    shards,
    docs,
  };
}

/** File names of the pieces, as the endpoint serves them and the engine asks for them. */
export const searchFileNames = {
  meta: "meta",
  shard: (i: number) => `s${i}`,
  docs: (i: number) => `d${i}`,
};

/** Every file of a packed index by name. */
export function searchFileEntries(files: SearchFiles): [name: string, body: unknown][] {
  return [
    [searchFileNames.meta, files.meta],
    ...files.shards.map((s, i): [string, unknown] => [searchFileNames.shard(i), s]),
    ...files.docs.map((d, i): [string, unknown] => [searchFileNames.docs(i), d]),
  ];
}
