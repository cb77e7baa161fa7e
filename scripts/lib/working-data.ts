// The working files of a data directory, without its frozen releases: what a build of other data
// (benchmark scales, test fixtures) starts from. Rows added to such a copy are no release, and the
// release check would rightly refuse a copy that kept releases/ beside them.
import { cpSync } from "node:fs";
import { join } from "node:path";
import { RELEASES_DIR } from "../../src/lib/releases/manifest.ts";

/** Whether `path` is the releases folder of data directory `root`, or inside it. */
export function inReleases(root: string, path: string): boolean {
  const releases = join(root, RELEASES_DIR);
  return path === releases || path.startsWith(`${releases}/`);
}

/** Copies `srcDir` to `outDir`, releases left out. */
export function copyWorkingData(srcDir: string, outDir: string): void {
  cpSync(srcDir, outDir, { recursive: true, filter: (src) => !inReleases(srcDir, src) });
}
