// npm run determinism [-- --against DIR]: builds the site twice into two temporary directories
// (or once, compared with DIR, e.g. the dist/ just built) and lists every file that differs.
// Exit 1 if any does. The dist test tests/dist/rebuild.test.ts runs the same comparison.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildSite } from "./lib/build-site.ts";
import { describeDiff, diffTrees, hashTree, identical } from "./lib/tree-hash.ts";

const { values } = parseArgs({ options: { against: { type: "string" } } });
const tmp = mkdtempSync(join(tmpdir(), "minh-bach-determinism-"));
try {
  const dirs: string[] = values.against === undefined ? [] : [resolve(values.against)];
  while (dirs.length < 2) {
    const out = join(tmp, `build-${dirs.length + 1}`);
    const r = await buildSite({ outDir: out });
    if (!r.ok) throw new Error(`astro build into ${out} failed:\n${r.log.slice(-3000)}`);
    console.log(`built ${out} in ${(r.wallMs / 1000).toFixed(1)} s`);
    dirs.push(out);
  }
  const [a, b] = [hashTree(dirs[0]!), hashTree(dirs[1]!)];
  const diff = diffTrees(a, b);
  if (!identical(diff)) {
    for (const line of describeDiff(diff, dirs[0], dirs[1])) console.log(line);
    console.error(`not deterministic: ${describeDiff(diff).length} of ${a.size} files differ`);
    process.exitCode = 1;
  } else {
    console.log(`deterministic: ${a.size} files byte-identical`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
