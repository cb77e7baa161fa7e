// Keeps releases immutable: every frozen file still has the bytes its manifest recorded, every
// manifest the hash the ledger recorded, versions only go up, and the working data are exactly
// the latest release (a change is published by releasing it, never by editing in place).
import type { DataError } from "../csv/errors.ts";
import type { DataReader } from "../load/index.ts";
import { workingFiles, type ReleaseFile } from "./files.ts";
import { sha256 } from "./hash.ts";
import { parseLedger } from "./ledger.ts";
import { LEDGER_FILE, MANIFEST_FILE, RELEASES_DIR, manifestSchema, releaseDir, type LedgerRow, type Manifest } from "./manifest.ts";
import { compareVersions, parseVersion } from "./semver.ts";

/** A release read back from data/releases: its manifest and its frozen files (manifest order). */
export interface FrozenRelease {
  manifest: Manifest;
  files: ReleaseFile[];
}

export interface ReleaseSet {
  /** Oldest first within each dataset, datasets in ledger order. */
  releases: FrozenRelease[];
  /** Broken releases: a frozen file changed or gone, a bad ledger or manifest. */
  errors: DataError[];
  /** Working data that are not (yet) a release: what the next `npm run release` publishes. */
  unreleased: DataError[];
}

/**
 * Reads and checks every release. `datasets`: the packages that must each have been released
 * (none required when the data directory has no releases/ folder at all, e.g. test fixtures).
 */
export function loadReleases(reader: DataReader, datasets: readonly string[]): ReleaseSet {
  const errors: DataError[] = [];
  const unreleased: DataError[] = [];
  const err = (file: string, code: DataError["code"], message: string, row = 0) => errors.push({ file, row, column: "", code, message });
  const ledgerBytes = reader.read(LEDGER_FILE);
  if (ledgerBytes === null && reader.list(RELEASES_DIR).length === 0) return { releases: [], errors, unreleased };
  const ledger = parseLedger(ledgerBytes);
  errors.push(...ledger.errors);

  const releases: FrozenRelease[] = [];
  // The ledger's latest row per dataset, read or not: one broken release must not make the next
  // one look out of order, or the working data look unreleased.
  const latest = new Map<string, { version: string; release: FrozenRelease | null }>();
  for (const row of ledger.rows) {
    const name = `release ${row.dataset} ${row.version}`;
    if (!datasets.includes(row.dataset)) err(LEDGER_FILE, "release", `${name}: "${row.dataset}" is not a data package (${datasets.join(", ")})`, row.line);
    if (!parseVersion(row.version)) err(LEDGER_FILE, "release", `${name}: "${row.version}" is not a version (MAJOR.MINOR.PATCH)`, row.line);
    const before = latest.get(row.dataset)?.version ?? null;
    if (before !== null && parseVersion(row.version) && parseVersion(before) && compareVersions(row.version, before) <= 0) {
      err(LEDGER_FILE, "release", `${name} follows ${before}: versions must go up`, row.line);
    }
    const release = readRelease(reader, row, before, err);
    if (release) releases.push(release);
    latest.set(row.dataset, { version: row.version, release });
  }

  for (const dataset of datasets) {
    const listed = new Set(ledger.rows.filter((r) => r.dataset === dataset).map((r) => r.version));
    for (const folder of reader.list(`${RELEASES_DIR}/${dataset}`)) {
      if (!listed.has(folder)) err(`${RELEASES_DIR}/${dataset}/${folder}`, "release", `not in ${LEDGER_FILE}: a release folder is made by npm run release, never by hand`);
    }
    const last = latest.get(dataset);
    if (last && !last.release) continue;
    if (!last?.release) {
      unreleased.push({ file: dataset, row: 0, column: "", code: "release", message: `${dataset} has no release: publish it with npm run release -- ${dataset} 1.0.0 --note "…" --note-vi "…"` });
      continue;
    }
    unreleased.push(...compareWorking(reader, dataset, last.release));
  }
  return { releases, errors, unreleased };
}

function readRelease(reader: DataReader, row: LedgerRow & { line: number }, previous: string | null, err: (file: string, code: DataError["code"], message: string, line?: number) => void): FrozenRelease | null {
  const dir = releaseDir(row.dataset, row.version);
  const name = `release ${row.dataset} ${row.version}`;
  const manifestPath = `${dir}/${MANIFEST_FILE}`;
  const bytes = reader.read(manifestPath);
  if (bytes === null) {
    err(manifestPath, "frozen_file", `disappeared: the manifest of ${name} (listed in ${LEDGER_FILE} line ${row.line})`);
    return null;
  }
  if (sha256(bytes) !== row.manifest_sha256) {
    err(manifestPath, "frozen_file", `changed since ${name}: sha256 ${sha256(bytes)}, ${LEDGER_FILE} line ${row.line} says ${row.manifest_sha256}`);
    return null;
  }
  const parsed = (() => {
    try {
      return manifestSchema.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
    } catch (e) {
      err(manifestPath, "release", `not JSON: ${(e as Error).message}`);
      return null;
    }
  })();
  if (!parsed) return null;
  if (!parsed.success) {
    err(manifestPath, "release", `not a manifest: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    return null;
  }
  const m = parsed.data;
  if (m.dataset !== row.dataset || m.version !== row.version || m.date !== row.date) {
    err(manifestPath, "release", `says ${m.dataset} ${m.version} of ${m.date}; ${LEDGER_FILE} line ${row.line} says ${row.dataset} ${row.version} of ${row.date}`);
  }
  if (m.previous !== previous) err(manifestPath, "release", `${name} names ${m.previous ?? "no"} previous release; the ledger's is ${previous ?? "none"}`);
  if (m.previous !== null && m.changes.length === 0) err(manifestPath, "release", `${name} lists no change: every release after the first says what changed and why`);

  const files: ReleaseFile[] = [];
  for (const f of m.files) {
    const path = `${dir}/${f.path}`;
    const frozen = reader.read(path);
    if (frozen === null) {
      err(path, "frozen_file", `disappeared: frozen in ${name} (sha256 ${f.sha256}, ${f.bytes} bytes)`);
      continue;
    }
    const hash = sha256(frozen);
    if (hash !== f.sha256 || frozen.byteLength !== f.bytes) {
      err(path, "frozen_file", `changed since ${name}: sha256 ${hash} (${frozen.byteLength} bytes), the manifest says ${f.sha256} (${f.bytes} bytes)`);
      continue;
    }
    files.push({ path: f.path, bytes: frozen });
  }
  const known = new Set([MANIFEST_FILE, ...m.files.map((f) => f.path)]);
  for (const extra of reader.list(dir)) if (!known.has(extra)) err(`${dir}/${extra}`, "frozen_file", `not part of ${name}: a frozen release takes no new files`);
  return files.length === m.files.length ? { manifest: m, files } : null;
}

/** Every working file must be byte for byte the latest release's: unreleased edits are errors. */
function compareWorking(reader: DataReader, dataset: string, last: FrozenRelease): DataError[] {
  const { version } = last.manifest;
  const fix = `publish the change with npm run release -- ${dataset} <version after ${version}> --reason … --note "…" --note-vi "…", or undo it`;
  let working: ReleaseFile[];
  try {
    working = workingFiles(reader, dataset);
  } catch (e) {
    return [{ file: dataset, row: 0, column: "", code: "release", message: (e as Error).message }];
  }
  const frozen = new Map(last.files.map((f) => [f.path, f.bytes] as const));
  const errors: DataError[] = [];
  const at = (path: string) => (path === "sources.csv" ? `sources.csv (the rows ${dataset} cites)` : `${dataset}/${path}`);
  for (const w of working) {
    const f = frozen.get(w.path);
    if (!f) errors.push({ file: at(w.path), row: 0, column: "", code: "release", message: `not in release ${dataset} ${version}: ${fix}` });
    else if (sha256(f) !== sha256(w.bytes)) errors.push({ file: at(w.path), row: 0, column: "", code: "release", message: `differs from release ${dataset} ${version} (${releaseDir(dataset, version)}/${w.path}): ${fix}` });
  }
  const names = new Set(working.map((w) => w.path));
  for (const path of frozen.keys()) {
    if (!names.has(path)) errors.push({ file: at(path), row: 0, column: "", code: "release", message: `missing, but part of release ${dataset} ${version}: ${fix}` });
  }
  return errors;
}
