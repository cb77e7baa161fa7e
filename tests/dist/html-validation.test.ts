// Zero HTML validation errors on every built page (html-validate, offline; rules in
// tests/helpers/html-validation.ts). The pages are shared between worker threads.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { htmlPages } from "../helpers/dist.ts";
import type { HtmlError } from "../helpers/html-validation.ts";
import { expectNoProblems } from "../helpers/problems.ts";

const distDir = fileURLToPath(new URL("../../dist/", import.meta.url));
const files = existsSync(distDir) ? htmlPages(distDir).map((p) => p.file) : [];
const workerFile = fileURLToPath(new URL("../helpers/html-validation.worker.ts", import.meta.url));

function validateInWorker(share: string[]): Promise<Record<string, HtmlError[]>> {
  return new Promise((resolve, reject) => {
    const w = new Worker(workerFile, { workerData: { distDir, files: share } });
    w.once("message", resolve);
    w.once("error", reject);
    w.once("exit", (code) => code !== 0 && reject(new Error(`html-validate worker exited with ${code}`)));
  });
}

describe("HTML validation of dist/", () => {
  it("validates every built page without an error", { timeout: 180_000 }, async () => {
    expect(files.length, "dist/ is missing or empty: run `astro build` first").toBeGreaterThan(10);
    const n = Math.max(1, Math.min(4, availableParallelism()));
    // Interleaved shares: the large table pages are spread over the workers.
    const shares = Array.from({ length: n }, (_, i) => files.filter((_, j) => j % n === i));
    const results = Object.assign({}, ...(await Promise.all(shares.map(validateInWorker)))) as Record<string, HtmlError[]>;
    expectNoProblems(
      Object.entries(results)
        .sort(([a], [b]) => a.localeCompare(b))
        .flatMap(([file, errors]) => errors.map((e) => `${file}:${e.line}:${e.column}: ${e.rule}: ${e.message}`)),
    );
  });
});
