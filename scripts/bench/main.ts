// npm run bench [-- --factors 1,10,100] [--runs 3] [--port 4433] [--timeout-min 25]
//                  [--skip-lighthouse] [--search reports/bench-search.json]
// The performance benchmark (issue 6): build time and memory at 1×, 10× and 100× the rows, page
// weight per page type, Lighthouse per page type, and the search benchmark's figures. A script
// that prints figures, not a test: it writes reports/bench.json and reports/bench.md.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { ROOT } from "../lib/build-site.ts";
import { benchBuild, type BuildBench } from "./builds.ts";
import { lighthouseMedian } from "./lighthouse.ts";
import { benchPaths, pageWeights } from "./page-weights.ts";
import { markdown, type BenchReport, type SearchFigures } from "./report.ts";
import { serveDist } from "./serve.ts";

const { values: a } = parseArgs({
  options: {
    factors: { type: "string", default: "1,10,100" },
    runs: { type: "string", default: "3" },
    port: { type: "string", default: process.env["BENCH_PORT"] ?? "4433" },
    "timeout-min": { type: "string", default: "25" },
    "skip-lighthouse": { type: "boolean", default: false },
    search: { type: "string", default: "reports/bench-search.json" },
  },
});
const factors = a.factors.split(",").map(Number);
const log = (msg: string) => console.error(`[bench] ${msg}`);

const chrome = process.env["CHROME_PATH"] || "/usr/bin/chromium";
let chromium: string | null = null;
try {
  chromium = execFileSync(chrome, ["--version"], { encoding: "utf8" }).trim();
} catch {
  chromium = null;
}

// The 1× build's output is kept for the page weights and Lighthouse: dist/ stays as it was.
const site = mkdtempSync(join(tmpdir(), "minh-bach-bench-site-"));
const builds: BuildBench[] = [];
try {
  // The site as published (releases and their downloads) gives the pages weighed below; the scales
  // are builds of the working data alone, 1× included, so their ratios compare like with like.
  const runs = [{ f: 1, published: true }, ...factors.map((f) => ({ f, published: false }))];
  for (const { f, published } of runs) {
    log(`building ${f}×${published ? " (as published)" : ""} …`);
    const b = await benchBuild(f, { timeoutMs: Number(a["timeout-min"]) * 60_000, published, ...(published ? { keepOutDir: join(site, "dist") } : {}) });
    log(`${f}×${published ? " (as published)" : ""}: ${b.ok ? "built" : "did not finish"} in ${(b.wallMs / 1000).toFixed(1)} s, CPU ${((b.cpuMs ?? 0) / 1000).toFixed(1)} s, peak ${((b.peakRssBytes ?? 0) / 2 ** 20).toFixed(0)} MiB, ${b.rows} rows, ${b.pages} pages`);
    builds.push(b);
  }
  const dist = join(site, "dist");
  const built = existsSync(join(dist, "index.html"));
  const pages = built ? pageWeights(dist) : [];

  const lighthouse: BenchReport["lighthouse"] = [];
  if (built && !a["skip-lighthouse"]) {
    const server = await serveDist(dist, Number(a.port));
    try {
      for (const { type, path } of benchPaths()) {
        if (!existsSync(join(dist, path, "index.html"))) continue;
        log(`lighthouse ${path} × ${a.runs} …`);
        lighthouse.push({ type, path, ...(await lighthouseMedian(`${server.url}${path}`, Number(a.runs))) });
      }
    } finally {
      await server.close();
    }
  }

  const searchFile = resolve(ROOT, a.search);
  let search: BenchReport["search"] = null;
  if (existsSync(searchFile)) {
    const j = JSON.parse(readFileSync(searchFile, "utf8")) as { results?: (SearchFigures & { engine?: string })[] };
    search = { source: a.search, results: (j.results ?? []).filter((r) => r.engine === undefined || r.engine === "ours") };
  }

  const report: BenchReport = {
    date: new Date().toISOString(),
    machine: { cpus: availableParallelism(), memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.versions.node, chromium },
    builds,
    pages,
    lighthouse,
    search,
  };
  mkdirSync(join(ROOT, "reports"), { recursive: true });
  writeFileSync(join(ROOT, "reports/bench.json"), JSON.stringify(report, null, 2) + "\n");
  const md = markdown(report);
  writeFileSync(join(ROOT, "reports/bench.md"), md + "\n");
  console.log(md);
} finally {
  rmSync(site, { recursive: true, force: true });
}
