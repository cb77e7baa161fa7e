// The releases under data/releases/, read and checked once per build. Like the content loader,
// it throws with every error: a build never serves a release whose frozen files changed.
import { resolve } from "node:path";
import { DataValidationError } from "../csv/errors.ts";
import { directoryReader } from "../load/fs.ts";
import { PACKAGES } from "../load/index.ts";
import { loadReleases, type FrozenRelease } from "../releases/check.ts";
import { dataDir } from "./index.ts";

let cached: FrozenRelease[] | undefined;

/** Every release, oldest first within a dataset, from the build's data directory (not always data/). */
export function allReleases(dir = dataDir()): FrozenRelease[] {
  if (cached) return cached;
  const set = loadReleases(directoryReader(resolve(dir)), PACKAGES);
  const errors = [...set.errors, ...set.unreleased];
  if (errors.length) throw new DataValidationError(errors.map((e) => ({ ...e, file: `${dir}/${e.file}` })));
  cached = set.releases;
  return cached;
}
