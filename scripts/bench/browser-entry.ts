// The page side of the benchmark, bundled by esbuild: the site's own engine (load + search, as
// SearchIsland runs them) and fuse.js alone, each timed with performance.now() in the page.
import Fuse from "fuse.js";
import { openSearchIndex, search, type LoadedIndex } from "../../src/lib/search/engine.ts";

export interface FuseDoc {
  id: string;
  title: string;
  summary: string;
}

export interface Timed {
  /** The query's time: for ours, with its shards and chunks already fetched (the engine's work). */
  ms: number;
  /** Ours only: the first run, fetching what earlier queries had not (from the local server). */
  firstMs?: number;
  /** Ids of the first three results: record positions (ours) or document ids (fuse). */
  top: (number | string)[];
}

let ours: LoadedIndex | null = null;
let fuse: Fuse<FuseDoc> | null = null;

/** Open the index (fetch and parse its meta file), as the search box does on first use; `prefix` + name + ".json" is a file. */
async function loadOurs(prefix: string): Promise<number> {
  const t0 = performance.now();
  ours = await openSearchIndex(async (name) => (await fetch(`${prefix}${name}.json`)).json() as Promise<unknown>);
  return performance.now() - t0;
}

/**
 * One query twice: first as the box runs it, fetching the shards and chunks earlier queries did
 * not, then again with them in hand, which is the engine's own time (fetch time depends on the
 * network, and is reported apart).
 */
async function queryOurs(q: string): Promise<Timed> {
  if (!ours) throw new Error("index not loaded");
  const t0 = performance.now();
  // The search box's limit (12); ranking does not depend on it.
  await search(ours, q, { limit: 12 });
  const firstMs = performance.now() - t0;
  const t1 = performance.now();
  const results = await search(ours, q, { limit: 12 });
  const ms = performance.now() - t1;
  return { ms, firstMs, top: results.slice(0, 3).map((r) => r.id) };
}

/** fuse.js alone over title + summary, folding with ignoreDiacritics, other options the library's defaults (threshold 0.6). */
async function loadFuse(url: string): Promise<number> {
  const t0 = performance.now();
  const docs = (await (await fetch(url)).json()) as FuseDoc[];
  fuse = new Fuse(docs, { keys: ["title", "summary"], ignoreDiacritics: true });
  return performance.now() - t0;
}

function queryFuse(q: string): Timed {
  if (!fuse) throw new Error("fuse not loaded");
  const t0 = performance.now();
  const results = fuse.search(q, { limit: 12 });
  const ms = performance.now() - t0;
  return { ms, top: results.slice(0, 3).map((r) => r.item.id) };
}

const api = { loadOurs, queryOurs, loadFuse, queryFuse };
export type BenchApi = typeof api;

declare global {
  interface Window {
    bench: BenchApi;
  }
}
window.bench = api;
