import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { describeDiff, diffTrees, hashTree, identical } from "../../scripts/lib/tree-hash.ts";

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "tree-hash-"));
  made.push(dir);
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(join(dir, f, ".."), { recursive: true });
    writeFileSync(join(dir, f), text);
  }
  return dir;
}

describe("tree hashes", () => {
  it("diffTrees() finds nothing between byte-identical trees", () => {
    const files = { "index.html": "<p>a</p>", "_astro/x.js": "1" };
    expect(identical(diffTrees(hashTree(tree(files)), hashTree(tree(files))))).toBe(true);
  });

  it("diffTrees() lists a file whose bytes differ, and files only in one tree", () => {
    const d = diffTrees(hashTree(tree({ "a/index.html": "1", "x.js": "1" })), hashTree(tree({ "a/index.html": "2", "y.js": "1" })));
    expect(d).toEqual({ differ: ["a/index.html"], onlyInA: ["x.js"], onlyInB: ["y.js"] });
    expect(describeDiff(d, "A", "B")).toEqual(["differs: a/index.html", "only in A: x.js", "only in B: y.js"]);
  });
});
