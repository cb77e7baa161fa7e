// The benchmark's Markdown report: the tables the README quotes, with each figure beside its
// budget or target.
import { BUDGETS, TARGETS } from "../../tests/helpers/budgets.ts";
import type { BuildBench } from "./builds.ts";
import type { LighthouseScores } from "./lighthouse.ts";
import type { PageWeightRow } from "./page-weights.ts";

export interface SearchFigures {
  docs: number;
  indexGzipBytes?: number;
  loadMs?: number;
  p50Ms?: number;
  p95Ms?: number;
  recallAt3?: number;
}

export interface BenchReport {
  date: string;
  machine: { cpus: number; memoryGiB: number; node: string; chromium: string | null };
  builds: BuildBench[];
  pages: PageWeightRow[];
  lighthouse: ({ type: string; path: string } & (LighthouseScores & { runs: number; version: string; performanceRuns: number[] }))[];
  search: { source: string; results: SearchFigures[] } | null;
}

const kb = (n: number) => (n / 1000).toFixed(1);
const s = (ms: number | null) => (ms === null ? "–" : (ms / 1000).toFixed(1));
const mib = (b: number | null) => (b === null ? "–" : (b / 2 ** 20).toFixed(0));
const int = (n: number) => n.toLocaleString("en-US");

export function markdown(r: BenchReport): string {
  const out: string[] = [];
  const base = r.builds.find((b) => b.factor === 1 && !b.published && b.ok);
  out.push(`Measured ${r.date.slice(0, 10)} on ${r.machine.cpus} CPUs, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}${r.machine.chromium ? `, ${r.machine.chromium}` : ""}.`, "");

  out.push("**Build** (`astro build`; CPU = user + system time, steadier than wall time on a shared machine)", "");
  out.push("| data | rows | pages | wall s | CPU s | CPU vs 1× | peak MiB | reads per CSV | result |", "|---|--:|--:|--:|--:|--:|--:|--:|---|");
  for (const b of r.builds) {
    const ratio = !b.published && base && b.cpuMs !== null && base.cpuMs ? `${(b.cpuMs / base.cpuMs).toFixed(1)}×` : "–";
    const result = b.ok ? "built" : b.timedOut ? `stopped after ${s(b.wallMs)} s (${int(b.pagesLogged)} pages written)` : "failed (see below)";
    out.push(`| ${b.published ? "as published (with every release's downloads)" : `${b.factor}×`} | ${int(b.rows)} | ${b.ok ? int(b.pages) : "–"} | ${s(b.wallMs)} | ${s(b.cpuMs)} | ${ratio} | ${mib(b.peakRssBytes)} | ${b.csvFiles ? `${b.maxReadsPerCsv} (${b.csvFiles} files)` : "–"} | ${result} |`);
  }
  out.push("", `Targets: 100× the rows in no more than ~${TARGETS.buildTimeRatioAt100x}× the 1× time; peak ≤ ${mib(TARGETS.buildPeakBytesAt10x)} MiB at 10×; every CSV read once.`, "");

  out.push(`**Page weight** (the Vietnamese page of each type; KB = 1,000 bytes; budgets: JS ≤ ${kb(BUDGETS.jsGzipPerPage)} KB gzip, first view ≤ ${kb(BUDGETS.firstViewGzipPerPage)} KB gzip, ≤ ${int(BUDGETS.svgElementsPerChart)} SVG elements per chart)`, "");
  out.push("| page type | path | HTML raw / gzip | CSS raw / gzip | JS raw / gzip | first view gzip | charts | SVG elements (max per chart) |", "|---|---|--:|--:|--:|--:|--:|--:|");
  for (const p of r.pages) {
    out.push(`| ${p.type} | \`${p.path}\` | ${kb(p.html.raw)} / ${kb(p.html.gzip)} | ${kb(p.css.raw)} / ${kb(p.css.gzip)} | ${kb(p.js.raw)} / ${kb(p.js.gzip)} | ${kb(p.firstViewGzip)} | ${p.charts} | ${int(p.svgElements)} (${int(p.maxSvgElements)}) |`);
  }
  out.push("");

  if (r.lighthouse.length) {
    const v = r.lighthouse[0]!.version;
    out.push(`**Lighthouse ${v}** (mobile default profile, median of ${r.lighthouse[0]!.runs} runs; targets: performance ≥ ${TARGETS.lighthousePerformance}, accessibility and best practices = 100)`, "");
    out.push("| page type | performance (runs) | accessibility | best practices | SEO | FCP s | LCP s | TBT ms | CLS |", "|---|--:|--:|--:|--:|--:|--:|--:|--:|");
    for (const l of r.lighthouse) {
      out.push(`| ${l.type} | ${l.performance} (${l.performanceRuns.join(", ")}) | ${l.accessibility} | ${l.bestPractices} | ${l.seo} | ${s(l.fcpMs)} | ${s(l.lcpMs)} | ${Math.round(l.tbtMs)} | ${l.cls.toFixed(3)} |`);
    }
    out.push("");
  }

  if (r.search) {
    out.push(`**Search** (from \`${r.search.source}\`, \`npm run bench:search\`)`, "");
    out.push("| documents | index gzip KB | load ms | p50 ms | p95 ms | recall@3 |", "|--:|--:|--:|--:|--:|--:|");
    for (const q of r.search.results) {
      const f = (n: number | undefined, d = 1) => (n === undefined ? "–" : n.toFixed(d));
      out.push(`| ${int(q.docs)} | ${q.indexGzipBytes === undefined ? "–" : kb(q.indexGzipBytes)} | ${f(q.loadMs, 0)} | ${f(q.p50Ms)} | ${f(q.p95Ms)} | ${f(q.recallAt3, 2)} |`);
    }
    out.push("");
  }

  const failed = r.builds.filter((b) => !b.ok);
  for (const b of failed) out.push(`${b.factor}× build ${b.timedOut ? "stopped" : "failed"}; phases reached (s): ${JSON.stringify(b.phases)}; last lines:`, "", "```", b.failure ?? "", "```", "");
  return out.join("\n");
}
