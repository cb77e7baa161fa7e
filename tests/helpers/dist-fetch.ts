// Reads a site path ("/_astro/x.js") from a built dist/ directory, as a static server would.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, normalize, sep } from "node:path";
import type { Fetch } from "./page-weight.ts";

export function distFetch(distDir: string): Fetch {
  const root = normalize(distDir.endsWith(sep) ? distDir : distDir + sep);
  return (sitePath) => {
    const rel = sitePath.endsWith("/") ? `${sitePath}index.html` : sitePath;
    const full = normalize(join(root, rel));
    if (!full.startsWith(root) || !existsSync(full) || !statSync(full).isFile()) return null;
    return new Uint8Array(readFileSync(full));
  };
}
