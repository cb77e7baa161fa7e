// Content hashes of every file under a directory, and the differences between two such trees:
// the determinism check compares two builds of the same commit with them.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** sha256 of each file, by path relative to `dir` (posix separators). */
export function hashTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(relative(dir, full).split(sep).join("/"), createHash("sha256").update(readFileSync(full)).digest("hex"));
    }
  };
  walk(dir);
  return out;
}

export interface TreeDiff {
  onlyInA: string[];
  onlyInB: string[];
  differ: string[];
}

export function diffTrees(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): TreeDiff {
  return {
    onlyInA: [...a.keys()].filter((f) => !b.has(f)).sort(),
    onlyInB: [...b.keys()].filter((f) => !a.has(f)).sort(),
    differ: [...a.keys()].filter((f) => b.has(f) && b.get(f) !== a.get(f)).sort(),
  };
}

export const identical = (d: TreeDiff): boolean => d.onlyInA.length + d.onlyInB.length + d.differ.length === 0;

/** One line per differing file, for a failure message or the script's output. */
export function describeDiff(d: TreeDiff, a = "first", b = "second"): string[] {
  return [...d.differ.map((f) => `differs: ${f}`), ...d.onlyInA.map((f) => `only in ${a}: ${f}`), ...d.onlyInB.map((f) => `only in ${b}: ${f}`)];
}
