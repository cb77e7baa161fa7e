import { describe, expect, it } from "vitest";
import { countPlaywright, countVitest, summarize, type Stage } from "./summary.ts";

const vitestReport = (passed: number, failed: number, files: unknown[] = []) => ({
  numPassedTests: passed,
  numFailedTests: failed,
  numPendingTests: 0,
  numTodoTests: 0,
  testResults: files,
});

describe("test summary", () => {
  it("countVitest() counts a file that failed to load as a failure", () => {
    const broken = { status: "failed", message: "SyntaxError", assertionResults: [] };
    expect(countVitest(vitestReport(3, 0, [broken]), 1)).toMatchObject({ passed: 3, failed: 1 });
  });

  it("countVitest() counts a missing report or a silent non-zero exit as one failure", () => {
    expect(countVitest(undefined, 1)).toMatchObject({ passed: 0, failed: 1 });
    expect(countVitest(vitestReport(4, 0), 1)).toMatchObject({ passed: 4, failed: 1 });
    expect(countVitest(vitestReport(0, 0), 0)).toMatchObject({ passed: 0, failed: 1 });
  });

  it("countPlaywright() counts flaky as passed and top-level errors as failures", () => {
    const report = { stats: { expected: 5, unexpected: 1, flaky: 1, skipped: 2 }, errors: [{ message: "webServer" }] };
    expect(countPlaywright(report, 1)).toMatchObject({ passed: 6, failed: 2, skipped: 2 });
  });

  it("summarize() ends with exactly `N passed, N failed` summed over stages", () => {
    const stages: Stage[] = [
      { name: "check", kind: "gate", rc: 0, seconds: 1 },
      { name: "unit", kind: "vitest", rc: 1, seconds: 2, report: vitestReport(10, 2) },
      { name: "e2e", kind: "not-run", rc: 0, seconds: 0, reason: "build failed" },
    ];
    const { lines, ok } = summarize(stages);
    expect(lines.at(-1)).toBe("11 passed, 2 failed");
    expect(ok).toBe(false);
    expect(summarize([{ name: "check", kind: "gate", rc: 0, seconds: 1 }]).ok).toBe(true);
  });
});
