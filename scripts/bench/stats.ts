// Figures of one run: percentiles, recall@3, and the Markdown table.
export interface EngineFigures {
  engine: "ours" | "fuse.js";
  docs: number;
  /** Every file of the index, summed. */
  indexRawBytes: number;
  indexGzipBytes: number;
  indexFiles: number;
  /** Gzip bytes fetched before the first query can run (ours: meta; fuse.js: everything). */
  firstLoadGzipBytes: number;
  /** Gzip bytes a query needs from a cold cache (first load + the shards and chunks it touches), p95. */
  coldQueryGzipP95: number;
  loadMs: number;
  p50Ms: number;
  p95Ms: number;
  /** Ours: p95 of the first run of each query, fetching its files from the local server. */
  firstP95Ms: number | null;
  recallAt3: number;
  /** Queries measured (fuse.js may stop early on its time budget). */
  queries: number;
  queriesTotal: number;
  recallByKind: Record<string, number>;
  recallPlain: number;
  recallAccented: number;
}

/** Nearest-rank percentile. */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return Number.NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const share = (hits: readonly boolean[]): number => (hits.length === 0 ? Number.NaN : hits.filter(Boolean).length / hits.length);

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));

export function markdownTable(rows: readonly EngineFigures[]): string {
  const head = "| Documents | Engine | Index raw (files) | Index gzip | First load gzip | Cold query gzip p95 | Load (ms) | p50 (ms) | p95 (ms) | p95 with fetches (ms) | recall@3 | Queries measured |";
  const rule = "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";
  const body = rows.map((r) =>
    `| ${r.docs.toLocaleString("en-US")} | ${r.engine} | ${kb(r.indexRawBytes)} (${r.indexFiles}) | ${kb(r.indexGzipBytes)} | ${kb(r.firstLoadGzipBytes)} | ${kb(r.coldQueryGzipP95)} | ${ms(r.loadMs)} | ${ms(r.p50Ms)} | ${ms(r.p95Ms)} | ${r.firstP95Ms === null ? "–" : ms(r.firstP95Ms)} | ${r.recallAt3.toFixed(3)} | ${r.queries === r.queriesTotal ? r.queries : `${r.queries} of ${r.queriesTotal}`} |`);
  return [head, rule, ...body].join("\n");
}
