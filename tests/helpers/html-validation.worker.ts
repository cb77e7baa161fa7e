// Validates a share of dist/'s pages in a worker thread (see tests/dist/html-validation.test.ts):
// html-validate is CPU-bound, and CI's two cores halve the stage's time.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { createValidator, type HtmlError } from "./html-validation.ts";

const { distDir, files } = workerData as { distDir: string; files: string[] };
const validate = createValidator();
const out: Record<string, HtmlError[]> = {};
for (const file of files) {
  const errors = await validate(readFileSync(join(distDir, file), "utf8"), file);
  if (errors.length > 0) out[file] = errors;
}
parentPort?.postMessage(out);
