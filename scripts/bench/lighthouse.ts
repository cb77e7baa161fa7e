// Lighthouse 13 (its default mobile profile: Moto G Power, simulated slow 4G, 4× CPU slowdown)
// on Debian's Chromium (CHROME_PATH), through the lighthouse CLI in a child process.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const CLI = fileURLToPath(new URL("../../node_modules/lighthouse/cli/index.js", import.meta.url));
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

export interface LighthouseScores {
  /** Category scores 0–100. */
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Metrics of the run, ms (CLS unitless). */
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
  /** Audits that lost points, for the README's "why". */
  failing: string[];
}

interface LhJson {
  lighthouseVersion: string;
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { score: number | null; scoreDisplayMode: string; numericValue?: number; displayValue?: string }>;
}

function run(url: string, chrome: string): Promise<LhJson> {
  const args = [CLI, url, "--output=json", "--output-path=stdout", "--quiet", `--only-categories=${CATEGORIES.join(",")}`, "--chrome-flags=--headless=new --no-sandbox --disable-gpu"];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: chrome } });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`lighthouse ${url} exited ${code}: ${err.slice(-1000)}`));
      try {
        resolve(JSON.parse(out) as LhJson);
      } catch (e) {
        reject(e);
      }
    });
  });
}

const score = (j: LhJson, c: string) => Math.round((j.categories[c]?.score ?? 0) * 100);
const metric = (j: LhJson, a: string) => j.audits[a]?.numericValue ?? NaN;

export async function lighthouseOnce(url: string, chrome = process.env["CHROME_PATH"] || "/usr/bin/chromium"): Promise<LighthouseScores & { version: string }> {
  const j = await run(url, chrome);
  return {
    version: j.lighthouseVersion,
    performance: score(j, "performance"),
    accessibility: score(j, "accessibility"),
    bestPractices: score(j, "best-practices"),
    seo: score(j, "seo"),
    fcpMs: metric(j, "first-contentful-paint"),
    lcpMs: metric(j, "largest-contentful-paint"),
    tbtMs: metric(j, "total-blocking-time"),
    cls: metric(j, "cumulative-layout-shift"),
    speedIndexMs: metric(j, "speed-index"),
    failing: Object.entries(j.audits)
      .filter(([, a]) => a.score !== null && a.score < 0.9 && (a.scoreDisplayMode === "binary" || a.scoreDisplayMode === "numeric"))
      .map(([id, a]) => (a.displayValue ? `${id} (${a.displayValue})` : id)),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Median of each score and metric over `runs` runs, and every audit that failed in any run. */
export async function lighthouseMedian(url: string, runs = 3): Promise<LighthouseScores & { runs: number; version: string; performanceRuns: number[] }> {
  const all: (LighthouseScores & { version: string })[] = [];
  for (let i = 0; i < runs; i++) all.push(await lighthouseOnce(url));
  const m = (k: keyof Omit<LighthouseScores, "failing">) => median(all.map((r) => r[k]));
  return {
    runs,
    version: all[0]!.version,
    performanceRuns: all.map((r) => r.performance),
    performance: m("performance"),
    accessibility: m("accessibility"),
    bestPractices: m("bestPractices"),
    seo: m("seo"),
    fcpMs: m("fcpMs"),
    lcpMs: m("lcpMs"),
    tbtMs: m("tbtMs"),
    cls: m("cls"),
    speedIndexMs: m("speedIndexMs"),
    failing: [...new Set(all.flatMap((r) => r.failing))].sort(),
  };
}
