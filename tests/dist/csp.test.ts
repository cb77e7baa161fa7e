// The Content Security Policy over every built page: each declares one without 'unsafe-inline'
// or 'unsafe-eval', every inline script and style has its hash in it, and nothing on the page
// needs more (style attributes, event handlers). dist/_headers carries what a <meta> cannot.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cspProblems, headersForAll, parsePolicy } from "../helpers/csp.ts";
import { htmlPages, readText } from "../helpers/dist.ts";
import { expectNoProblems } from "../helpers/problems.ts";

const distDir = fileURLToPath(new URL("../../dist/", import.meta.url));
const pages = existsSync(distDir) ? htmlPages(distDir) : [];

describe("Content Security Policy in dist/", () => {
  it("finds built pages to check", () => {
    expect(pages.length, "dist/ is missing or empty: run `astro build` first").toBeGreaterThan(10);
  });

  it("gives every page a policy that lists the hash of each of its inline scripts and styles, and no unsafe source", () => {
    expectNoProblems(pages.flatMap((p) => cspProblems(p.path, readText(distDir, p.file))));
  });

  it("writes _headers with the policy's frame-ancestors, HSTS, nosniff and a referrer policy for every path", () => {
    const file = join(distDir, "_headers");
    expect(existsSync(file), "dist/_headers is missing").toBe(true);
    const headers = headersForAll(readFileSync(file, "utf8"));
    const csp = parsePolicy(headers.get("content-security-policy") ?? "");
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    // The header policy adds to the <meta> one; a default-src or script-src here would block the hashed inline code.
    expect([...csp.keys()].filter((d) => /^(default|script|style)-src/.test(d))).toEqual([]);
    expect(headers.get("strict-transport-security")).toMatch(/^max-age=\d{8,}/);
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  });
});
