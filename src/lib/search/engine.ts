// The search engine: an inverted index (FlexSearch, Vietnamese-folded, prefix tokens) finds
// candidates in the full text; fuse.js forgives typos in the short strings (names, numbers,
// titles); the candidates are then ranked by how they matched: a document number, an own name
// typed exactly, with diacritics, as an alias, as a prefix, in the text, or only with a typo.
// The index is built at build time (buildSearchIndex) and loaded in the browser (loadSearchIndex).
import { Index } from "flexsearch";
import Fuse from "fuse.js";
import { fold } from "../text/fold.ts";
import type { IndexedRecord, RecordKind, SearchRecord } from "./documents.ts";
import { compact, exactPrefixMatch, foldedPrefixMatch, hasDiacritics, highlightRanges, type Range } from "./fold-tokens.ts";
import { looksLikeNumber, matchNumber } from "./number.ts";

/** What the endpoint serves: the records and the exported inverted index. */
export interface SearchIndexData {
  version: 1;
  records: SearchRecord[];
  /** FlexSearch's export, key → data. */
  flex: Record<string, string>;
}

export interface SearchResult {
  record: SearchRecord;
  /** Position in records: a stable id. */
  id: number;
  score: number;
  /** Ranges of the title and subtitle the query's words start. */
  highlight: { title: Range[]; subtitle: Range[] };
  /** How the record matched, strongest reason. */
  via: "number" | "name" | "alias" | "text" | "typo";
}

export interface LoadedIndex {
  records: SearchRecord[];
  flex: Index;
  fuse: Fuse<{ id: number; key: string }>;
}

const newFlex = () => new Index({
  tokenize: "forward",
  encoder: { normalize: false, dedupe: false, prepare: fold, split: " ", minlength: 1 },
});

function newFuse(records: readonly SearchRecord[]) {
  // One entry per short string, folded (fuse's ignoreDiacritics does not fold đ).
  const keys = records.flatMap((r, id) => [...r.names, ...r.aliases].map((s) => ({ id, key: fold(s) })));
  return new Fuse(keys, { keys: ["key"], includeScore: true, ignoreLocation: true, threshold: 0.34, ignoreDiacritics: true, minMatchCharLength: 2 });
}

/** Build time: the inverted index over the records' full text, exported for the endpoint. */
export function buildSearchIndex(items: readonly IndexedRecord[]): SearchIndexData {
  const flex = newFlex();
  items.forEach((x, id) => flex.add(id, x.text));
  const out: Record<string, string> = {};
  flex.export((key, data) => {
    out[key] = data;
  });
  return { version: 1, records: items.map((x) => x.record), flex: out };
}

/** In the browser (or a test): the index ready to query. */
export function loadSearchIndex(data: SearchIndexData): LoadedIndex {
  const flex = newFlex();
  for (const [key, value] of Object.entries(data.flex)) flex.import(key, value);
  return { records: data.records, flex, fuse: newFuse(data.records) };
}

export interface SearchOptions {
  limit?: number;
  kinds?: readonly RecordKind[];
}

const KIND_ORDER: Record<RecordKind, number> = { index: 0, province: 1, document: 2 };

/** Ranks what the query found. Empty query, empty list. */
export function search(ix: LoadedIndex, query: string, options: SearchOptions = {}): SearchResult[] {
  const q = query.normalize("NFC").trim();
  const qf = fold(q);
  if (qf === "") return [];
  const limit = options.limit ?? 10;
  const kinds = options.kinds ? new Set(options.kinds) : null;
  const qCompact = compact(q);
  const accented = hasDiacritics(q);

  const candidates = new Map<number, number>();
  // Records holding every word first; only when few do, those holding some of them (a typo in
  // one word), scored lower, so "da nang" does not list every text with "da…" in it.
  const flexHits = ix.flex.search(qf, { limit: 200 }) as number[];
  flexHits.forEach((id, rank) => candidates.set(id, Math.max(1, 10 - rank * 0.05)));
  if (flexHits.length < 5) {
    for (const id of ix.flex.search(qf, { limit: 50, suggest: true }) as number[]) if (!candidates.has(id)) candidates.set(id, 1);
  }
  const typo = new Map<number, number>();
  if (qf.length >= 3) {
    for (const hit of ix.fuse.search(qf, { limit: 40 })) {
      const s = 1 - (hit.score ?? 1);
      if (s > (typo.get(hit.item.id) ?? 0)) typo.set(hit.item.id, s);
      if (!candidates.has(hit.item.id)) candidates.set(hit.item.id, 0);
    }
  }
  if (looksLikeNumber(q)) {
    ix.records.forEach((r, id) => {
      if (r.number !== "" && !candidates.has(id) && matchNumber(q, r.number) !== null) candidates.set(id, 0);
    });
  }

  const results: SearchResult[] = [];
  for (const [id, flexScore] of candidates) {
    const r = ix.records[id];
    if (!r || (kinds && !kinds.has(r.kind))) continue;
    let score = flexScore;
    let via: SearchResult["via"] = flexScore > 0 ? "text" : "typo";
    const num = r.number !== "" ? matchNumber(q, r.number) : null;
    if (num === "exact") { score += 120; via = "number"; }
    else if (num === "partial") { score += 60; via = "number"; }
    const own = r.names.map((n) => compact(n));
    const alias = r.aliases.map((n) => compact(n));
    if (own.includes(qCompact)) { score += 100; if (via !== "number") via = "name"; }
    else if (alias.includes(qCompact)) { score += 80; if (via !== "number") via = "alias"; }
    else if (own.some((n) => n.startsWith(qCompact))) { score += 50; if (via !== "number") via = "name"; }
    else if (alias.some((n) => n.startsWith(qCompact))) { score += 40; if (via !== "number") via = "alias"; }
    if (foldedPrefixMatch(r.title, q)) score += 30;
    else if (foldedPrefixMatch(r.subtitle, q)) score += 20;
    // An exact-diacritic match outranks one found only by folding ("dân" is not "dần").
    if (accented && [r.title, r.subtitle, ...r.names, ...r.aliases].some((s) => exactPrefixMatch(s, q))) score += 25;
    const t = typo.get(id);
    if (t !== undefined) score += t * 30;
    if (score <= 0) continue;
    results.push({ record: r, id, score, via, highlight: { title: highlightRanges(r.title, q), subtitle: highlightRanges(r.subtitle, q) } });
  }
  results.sort((a, b) => b.score - a.score || KIND_ORDER[a.record.kind] - KIND_ORDER[b.record.kind] || a.id - b.id);
  return results.slice(0, limit);
}
