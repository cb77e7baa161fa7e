// Runs `astro build` in a child process: into another outDir, from another data directory
// (MINH_BACH_DATA, read by src/content.config.ts), and measures its wall time and peak memory.
// Used by the determinism check, the escaping test and the build benchmark.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const ASTRO = fileURLToPath(new URL("../../node_modules/astro/bin/astro.mjs", import.meta.url));
const TIME = "/usr/bin/time";

export interface BuildOptions {
  outDir: string;
  /** A data directory of data/'s layout; data/ when absent. */
  dataDir?: string;
  /** Extra environment (e.g. NODE_OPTIONS for a larger heap). */
  env?: Record<string, string>;
  /** Stop the build after this many milliseconds. */
  timeoutMs?: number;
}

export interface BuildResult {
  ok: boolean;
  wallMs: number;
  /** Peak resident memory of the build process in bytes (GNU time), or null where it is not installed. */
  peakRssBytes: number | null;
  /** CPU time (user + system) in ms (GNU time): steadier than wall time on a shared machine. */
  cpuMs: number | null;
  timedOut: boolean;
  /** The build's output (stdout and stderr), for a failure's message. */
  log: string;
}

export function buildSite(opts: BuildOptions): Promise<BuildResult> {
  const args = [ASTRO, "build", "--outDir", opts.outDir];
  const timed = existsSync(TIME);
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...opts.env };
  // A build launched from a test runner must not inherit its mode: vitest sets NODE_ENV=test,
  // which changes the bundles (React's development build).
  // Nor the heap size of the process that launched it.
  for (const k of Object.keys(env)) if (k === "NODE_ENV" || k === "NODE_OPTIONS" || k.startsWith("VITEST")) delete env[k];
  Object.assign(env, opts.env);
  if (opts.dataDir !== undefined) env["MINH_BACH_DATA"] = opts.dataDir;
  else delete env["MINH_BACH_DATA"];
  const t0 = performance.now();
  return new Promise((resolve) => {
    // GNU time -v reports the child's maximum resident set size on stderr's last lines.
    // Its own process group, so a timeout stops the build and not only GNU time.
    const child = timed
      ? spawn(TIME, ["-v", process.execPath, ...args], { cwd: ROOT, env, detached: true })
      : spawn(process.execPath, args, { cwd: ROOT, env, detached: true });
    let log = "";
    child.stdout.on("data", (d: Buffer) => (log += d.toString()));
    child.stderr.on("data", (d: Buffer) => (log += d.toString()));
    let timedOut = false;
    const timer = opts.timeoutMs === undefined ? undefined : setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) process.kill(-child.pid, "SIGTERM");
    }, opts.timeoutMs);
    child.on("close", (code) => {
      if (timer) clearTimeout(timer);
      const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(log)?.[1];
      const user = /User time \(seconds\): ([\d.]+)/.exec(log)?.[1];
      const sys = /System time \(seconds\): ([\d.]+)/.exec(log)?.[1];
      resolve({
        ok: code === 0 && !timedOut,
        wallMs: performance.now() - t0,
        peakRssBytes: kb === undefined ? null : Number(kb) * 1024,
        cpuMs: user === undefined || sys === undefined ? null : (Number(user) + Number(sys)) * 1000,
        timedOut,
        log,
      });
    });
  });
}
