// The one-direction data flow, kept true by reading import lines (ARCHITECTURE.md).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx|astro|mjs)$/.test(f) ? [p] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? m[2]!);
}

const src = files("src");

describe("architecture", () => {
  it("keeps astro:* imports out of src/lib except src/lib/data, so plain vitest covers the library", () => {
    const offenders = src.filter((f) => f.startsWith("src/lib/") && !f.startsWith("src/lib/data/") && importsOf(f).some((i) => i.startsWith("astro:")));
    expect(offenders).toEqual([]);
  });

  it("lets only src/lib/data (and the content config) import astro:content", () => {
    const offenders = src.filter((f) => importsOf(f).includes("astro:content") && !f.startsWith("src/lib/data/") && f !== "src/content.config.ts");
    expect(offenders).toEqual([]);
  });

  it("never imports scripts/ from src/", () => {
    expect(src.filter((f) => importsOf(f).some((i) => i.includes("scripts/")))).toEqual([]);
  });

  it("keeps pages and components away from parsing and loading: they get finished views", () => {
    const offenders = src.filter((f) => /^src\/(pages|components|layouts)\//.test(f) && importsOf(f).some((i) => /lib\/(csv|schema|load|data)\b|papaparse|node:fs/.test(i)));
    expect(offenders).toEqual([]);
  });

  it("reads this rule's own input: there are library files and page files to check", () => {
    expect(src.filter((f) => f.startsWith("src/lib/")).length).toBeGreaterThan(10);
    expect(src.filter((f) => f.startsWith("src/pages/")).length).toBeGreaterThan(0);
  });
});
