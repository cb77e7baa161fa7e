// Turns the stages scripts/test.sh ran into one line per runner and the closing line
// `N passed, N failed` that CI reads. A stage that crashed (non-zero exit with no failing
// test in its report, or no report at all) counts as one failure, never as zero tests.
import { readFileSync } from "node:fs";

export type StageKind = "gate" | "vitest" | "playwright" | "not-run";

export interface Stage {
  readonly name: string;
  readonly kind: StageKind;
  /** Exit status of the stage's command. */
  readonly rc: number;
  readonly seconds: number;
  /** Parsed JSON report (vitest or playwright), or undefined when none was written. */
  readonly report?: unknown;
  /** Why a not-run stage did not run. */
  readonly reason?: string;
}

export interface Count {
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
  readonly note?: string;
}

const num = (v: unknown): number => (typeof v === "number" && Number.isFinite(v) ? v : 0);
const obj = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

/** Vitest's JSON reporter (Jest-compatible shape). A file that failed to load has no tests. */
export function countVitest(report: unknown, rc: number): Count {
  const r = obj(report);
  if (!r) return { passed: 0, failed: 1, skipped: 0, note: `no report (exit ${rc}): counted as 1 failed` };
  const files = Array.isArray(r["testResults"]) ? r["testResults"].map(obj) : [];
  const brokenFiles = files.filter((f) => {
    const asserts = Array.isArray(f?.["assertionResults"]) ? f["assertionResults"].map(obj) : [];
    return f?.["status"] === "failed" && !asserts.some((a) => a?.["status"] === "failed");
  }).length;
  const count = {
    passed: num(r["numPassedTests"]),
    failed: num(r["numFailedTests"]) + brokenFiles,
    skipped: num(r["numPendingTests"]) + num(r["numTodoTests"]),
  };
  return settle(count, rc, brokenFiles > 0 ? `${brokenFiles} file(s) failed to run` : undefined);
}

/** Playwright's JSON reporter: stats plus top-level errors (config, webServer, global setup). */
export function countPlaywright(report: unknown, rc: number): Count {
  const r = obj(report);
  const stats = obj(r?.["stats"]);
  if (!r || !stats) return { passed: 0, failed: 1, skipped: 0, note: `no report (exit ${rc}): counted as 1 failed` };
  const errors = Array.isArray(r["errors"]) ? r["errors"].length : 0;
  const count = {
    passed: num(stats["expected"]) + num(stats["flaky"]),
    failed: num(stats["unexpected"]) + errors,
    skipped: num(stats["skipped"]),
  };
  return settle(count, rc, errors > 0 ? `${errors} error(s) outside tests` : undefined);
}

function settle(count: Omit<Count, "note">, rc: number, note: string | undefined): Count {
  if (rc !== 0 && count.failed === 0) {
    return { ...count, failed: 1, note: `exit ${rc} with no failing test: counted as 1 failed` };
  }
  if (rc === 0 && count.passed + count.failed === 0) {
    return { ...count, failed: 1, note: "ran no tests: counted as 1 failed" };
  }
  return note === undefined ? count : { ...count, note };
}

export function countStage(stage: Stage): Count {
  switch (stage.kind) {
    case "gate":
      return stage.rc === 0 ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0, note: `exit ${stage.rc}` };
    case "vitest":
      return countVitest(stage.report, stage.rc);
    case "playwright":
      return countPlaywright(stage.report, stage.rc);
    case "not-run":
      return { passed: 0, failed: 0, skipped: 0, note: `not run: ${stage.reason ?? "an earlier stage failed"}` };
  }
}

/** Report lines, the last one exactly `N passed, N failed`, and whether the run failed. */
export function summarize(stages: readonly Stage[]): { lines: string[]; ok: boolean } {
  let passed = 0;
  let failed = 0;
  const width = Math.max(...stages.map((s) => s.name.length));
  const lines = stages.map((s) => {
    const c = countStage(s);
    passed += c.passed;
    failed += c.failed;
    const skipped = c.skipped > 0 ? `, ${c.skipped} skipped` : "";
    const note = c.note === undefined ? "" : `  [${c.note}]`;
    return `${s.name.padEnd(width)}  ${c.passed} passed, ${c.failed} failed${skipped}  (${s.seconds.toFixed(1)}s)${note}`;
  });
  const total = stages.reduce((t, s) => t + s.seconds, 0);
  lines.push(`total time ${total.toFixed(1)}s`, `${passed} passed, ${failed} failed`);
  return { lines, ok: failed === 0 && passed > 0 };
}

/** Stages file written by scripts/test.sh: name, kind, rc, seconds, report path (tab-separated). */
export function readStages(tsv: string): Stage[] {
  return tsv
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const [name = "?", kind = "gate", rc = "1", seconds = "0", extra = ""] = line.split("\t");
      const k = (["gate", "vitest", "playwright", "not-run"] as const).find((x) => x === kind) ?? "gate";
      const base = { name, kind: k, rc: Number(rc), seconds: Number(seconds) };
      if (k === "not-run") return { ...base, reason: extra };
      if (k === "gate" || extra === "") return base;
      try {
        return { ...base, report: JSON.parse(readFileSync(extra, "utf8")) as unknown };
      } catch {
        return base;
      }
    });
}

if (import.meta.main) {
  const file = process.argv[2] ?? "reports/stages.tsv";
  const { lines, ok } = summarize(readStages(readFileSync(file, "utf8")));
  console.log(lines.join("\n"));
  process.exitCode = ok ? 0 : 1;
}
