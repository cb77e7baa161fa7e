// Browser tests in Debian's Chromium (Playwright never downloads a browser here) against
// `astro preview` serving the dist/ that `astro build` already wrote.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "@playwright/test";

const root = fileURLToPath(new URL("../../", import.meta.url));
// E2E_PORT lets several work trees run their browser tests side by side.
const port = Number(process.env["E2E_PORT"] ?? 4322);
const ci = Boolean(process.env["CI"]);
// Debian's Chromium, or CHROME_PATH. Without either (a machine with no system Chromium), fall
// back to Playwright's own browser, installed by hand with `npx playwright install chromium`.
const chrome = process.env["CHROME_PATH"] || "/usr/bin/chromium";
const executable = (process.env["CHROME_PATH"] || existsSync(chrome)) ? { executablePath: chrome } : {};

export default defineConfig({
  testDir: ".",
  testMatch: "**/*.spec.ts",
  outputDir: `${root}test-results`,
  workers: 2,
  fullyParallel: true,
  forbidOnly: ci,
  retries: 0,
  timeout: 30_000,
  reporter: [[ci ? "line" : "list"], ["json", { outputFile: `${root}reports/e2e.json` }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: "chromium",
    trace: "off",
    launchOptions: {
      ...executable,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    // The server process itself, not an npx wrapper, so stopping it stops the server.
    command: `node node_modules/astro/bin/astro.mjs preview --host 127.0.0.1 --port ${port}`,
    cwd: root,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !ci,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
