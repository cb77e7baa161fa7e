// Build wall time, CPU time and peak memory of `astro build` for the real data (1×) and for
// synthetic data at larger factors, each in its own temporary directory, with the loader's read
// log to show that every CSV is parsed once per build.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSite, ROOT } from "../lib/build-site.ts";
import { htmlPages } from "../../tests/helpers/dist.ts";
import { copyWorkingData } from "../lib/working-data.ts";
import { countRows, generateSynthetic, type SyntheticSummary } from "./synthetic-data.ts";

export interface BuildBench {
  factor: number;
  /** data/ as it is, releases and their downloads included (the site as published); else its working files only. */
  published: boolean;
  rows: number;
  synthetic: SyntheticSummary | null;
  generateMs: number;
  ok: boolean;
  timedOut: boolean;
  wallMs: number;
  cpuMs: number | null;
  peakRssBytes: number | null;
  pages: number;
  /** Pages written before the build stopped (from its log), when it did not finish. */
  pagesLogged: number;
  /** How many times the most-read CSV was read (and parsed) in the build: 1 is the rule. */
  maxReadsPerCsv: number;
  csvFiles: number;
  /** The last lines of the log when the build failed: the cause. */
  failure: string | null;
  /** Phases from the build log (seconds since the build started). */
  phases: Record<string, number>;
}

function phasesOf(log: string): Record<string, number> {
  const stamps = [...log.matchAll(/^(\d\d):(\d\d):(\d\d) (.*)$/gm)].map((m) => ({ t: Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]), line: m[4]! }));
  if (stamps.length === 0) return {};
  const t0 = stamps[0]!.t;
  const at = (re: RegExp) => stamps.find((s) => re.test(s.line));
  const out: Record<string, number> = {};
  for (const [name, re] of [["data validated", /minh-bach-data\] validated/], ["content synced", /\[content\] Synced content/], ["pages started", /generating static routes|Rearranging server assets/], ["complete", /\[build\] Complete!/]] as const) {
    const s = at(re);
    if (s) out[name] = (s.t - t0 + 86400) % 86400;
  }
  return out;
}

export async function benchBuild(factor: number, opts: { timeoutMs: number; keepOutDir?: string; heapMb?: number; published?: boolean }): Promise<BuildBench> {
  const tmp = mkdtempSync(join(tmpdir(), `minh-bach-bench-${factor}x-`));
  try {
    let synthetic: SyntheticSummary | null = null;
    let dataDir: string | undefined;
    const g0 = performance.now();
    if (!opts.published) {
      dataDir = join(tmp, "data");
      if (factor === 1) copyWorkingData(join(ROOT, "data"), dataDir);
      else synthetic = generateSynthetic(join(ROOT, "data"), dataDir, factor);
    }
    const generateMs = performance.now() - g0;
    const outDir = opts.keepOutDir ?? join(tmp, "dist");
    const readLog = join(tmp, "reads.log");
    const env: Record<string, string> = { MINH_BACH_READ_LOG: readLog };
    if (opts.heapMb) env["NODE_OPTIONS"] = `--max-old-space-size=${opts.heapMb}`;
    const r = await buildSite({ outDir, ...(dataDir ? { dataDir } : {}), env, timeoutMs: opts.timeoutMs });
    const reads = existsSync(readLog) ? readFileSync(readLog, "utf8").split("\n").filter((l) => l.endsWith(".csv")) : [];
    const perCsv = reads.reduce((m, p) => m.set(p, (m.get(p) ?? 0) + 1), new Map<string, number>());
    // The cause: errors and V8's own message (an out-of-memory stack trace is only addresses).
    const lines = r.log.split("\n").filter((l) => !/^\s+(Command being timed|[A-Z][a-z].*: )/.test(l) && !/^\s*\d+: 0x[0-9a-f]+/.test(l));
    const tail = [...new Set([...lines.filter((l) => /FATAL|ERROR|Error|heap|Invalid string length|Killed|signal/.test(l)), ...lines.slice(-6)])].slice(-14).join("\n");
    return {
      factor,
      published: opts.published === true,
      rows: synthetic?.rows ?? countRows(join(ROOT, "data")),
      synthetic,
      generateMs,
      ok: r.ok,
      timedOut: r.timedOut,
      wallMs: r.wallMs,
      cpuMs: r.cpuMs,
      peakRssBytes: r.peakRssBytes,
      pages: r.ok ? htmlPages(outDir).length : 0,
      pagesLogged: (r.log.match(/[├└]─ \S+\.html/g) ?? []).length,
      maxReadsPerCsv: Math.max(0, ...perCsv.values()),
      csvFiles: perCsv.size,
      failure: r.ok ? null : tail,
      phases: phasesOf(r.log),
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
