// The island ships to browsers: its import graph must not reach the server-side builders, whose
// modules build zod schemas and load both languages' UI tables as a side effect of being imported.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../../..");

/** Relative imports that survive compilation (type-only imports are erased). */
function valueImports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/^\s*import\s+(?!type\s)([^;]*?)\s+from\s+["'](\.[^"']+)["']/gm)]
    .filter((m) => !/^\{\s*(type\s+[^,}]+,?\s*)+\}$/.test(m[1]!))
    .map((m) => resolve(dirname(file), m[2]!));
}

function graph(entry: string): Set<string> {
  const seen = new Set<string>();
  const walk = (f: string) => {
    if (seen.has(f)) return;
    seen.add(f);
    valueImports(f).forEach(walk);
  };
  walk(entry);
  return seen;
}

describe("the Compare island's bundle", () => {
  it("imports no schema, loader, UI string table or page builder", () => {
    const files = [...graph(resolve(root, "src/components/compare/CompareIsland.tsx"))].map((f) => f.slice(root.length + 1));
    expect(files).toContain("src/components/compare/UnitPicker.tsx");
    expect(files.filter((f) => /^src\/(lib\/(schema|load|data|csv)\/|i18n\/|lib\/views\/(?!types\.ts|compare-data\.ts))/.test(f))).toEqual([]);
  });
});
