// `npm run release`: freezes the working data of one dataset as a new version. All I/O goes
// through ReleaseIO, so tests run it over a directory of their own (or memory).
import { formatError } from "../../src/lib/csv/errors.ts";
import { PACKAGES, loadData, type DataReader } from "../../src/lib/load/index.ts";
import { loadReleases, type FrozenRelease } from "../../src/lib/releases/check.ts";
import { describeDownloads, releaseDownloads } from "../../src/lib/releases/downloads.ts";
import { DESCRIPTOR, describeFiles, workingFiles, type ReleaseFile } from "../../src/lib/releases/files.ts";
import { sha256 } from "../../src/lib/releases/hash.ts";
import { appendLedger } from "../../src/lib/releases/ledger.ts";
import { LEDGER_FILE, MANIFEST_FILE, REASONS, manifestText, releaseDir, type Change, type Manifest, type Reason } from "../../src/lib/releases/manifest.ts";
import { compareVersions, parseVersion } from "../../src/lib/releases/semver.ts";

export interface ReleaseIO {
  /** The data directory. */
  reader: DataReader;
  /** Writes a file under the data directory, creating folders. */
  write(path: string, text: string | Uint8Array): void;
}

export interface ChangeRequest {
  reason: Reason;
  en: string;
  vi: string;
  /** Files the change concerns; all files that changed when omitted. */
  files: string[] | null;
}

export interface ReleaseRequest {
  dataset: string;
  version: string;
  /** ISO date of the release (the CLI passes today's). */
  date: string;
  /** What the release is; required for the first release and when there are several changes. */
  note: { en: string; vi: string } | null;
  changes: ChangeRequest[];
}

export type ReleaseResult = { ok: true; manifest: Manifest; written: string[] } | { ok: false; errors: string[] };

const utf8 = new TextEncoder();
const fail = (...errors: string[]): ReleaseResult => ({ ok: false, errors });

/** The descriptor text with a new version, in the layout data/ keeps (2-space JSON, final newline). */
export function withVersion(descriptor: Uint8Array, version: string): Uint8Array {
  const pkg = JSON.parse(new TextDecoder().decode(descriptor)) as Record<string, unknown>;
  return utf8.encode(`${JSON.stringify({ ...pkg, version }, null, 2)}\n`);
}

export function release(io: ReleaseIO, req: ReleaseRequest): ReleaseResult {
  const { dataset, version } = req;
  if (!(PACKAGES as readonly string[]).includes(dataset)) return fail(`"${dataset}" is not a dataset: ${PACKAGES.join(", ")}`);
  if (!parseVersion(version)) return fail(`"${version}" is not a version: use MAJOR.MINOR.PATCH, e.g. 1.0.1`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(req.date)) return fail(`"${req.date}" is not a date (YYYY-MM-DD)`);

  const data = loadData(io.reader);
  if (!data.ok) return fail("the working data do not validate; nothing was released:", ...data.errors.map(formatError));
  const existing = loadReleases(io.reader, PACKAGES);
  if (existing.errors.length) return fail("the existing releases are not intact; nothing was released:", ...existing.errors.map(formatError));
  const mine = existing.releases.filter((r) => r.manifest.dataset === dataset);
  const last = mine[mine.length - 1] ?? null;
  if (last && compareVersions(version, last.manifest.version) <= 0) {
    return fail(`${dataset} ${version} is not greater than the last release, ${last.manifest.version}`);
  }

  const descriptorPath = `${dataset}/${DESCRIPTOR}`;
  const descriptor = withVersion(io.reader.read(descriptorPath)!, version);
  const overlay: DataReader = { read: (p) => (p === descriptorPath ? descriptor : io.reader.read(p)), list: (d) => io.reader.list(d) };
  const files = workingFiles(overlay, dataset);
  const changed = last ? changedFiles(last, files) : files.map((f) => f.path);
  if (last && changed.length === 0) return fail(`nothing changed in ${dataset} since ${last.manifest.version}: no release made`);

  if (!last && req.changes.length) return fail("the first release has nothing to change from: give --note and --note-vi, no --reason");
  if (last && req.changes.length === 0) return fail(`say what changed since ${last.manifest.version} and why: --reason ${REASONS.join("|")} --note "…" --note-vi "…"`);
  const changes: Change[] = [];
  for (const c of req.changes) {
    if (!(REASONS as readonly string[]).includes(c.reason)) return fail(`"${c.reason}" is not a reason: ${REASONS.join(", ")}`);
    if (c.en.trim() === "" || c.vi.trim() === "") return fail(`the ${c.reason} change needs its text in English (--note) and Vietnamese (--note-vi)`);
    const unknown = (c.files ?? []).filter((f) => !changed.includes(f));
    if (unknown.length) return fail(`--files ${unknown.join(",")}: not among the files that changed (${changed.join(", ")})`);
    changes.push({ reason: c.reason, en: c.en, vi: c.vi, files: c.files ?? changed });
  }
  const note = req.note ?? (changes.length === 1 ? { en: changes[0]!.en, vi: changes[0]!.vi } : null);
  if (!note || note.en.trim() === "" || note.vi.trim() === "") return fail("the release needs a note in English and Vietnamese: --note \"…\" --note-vi \"…\"");

  const manifest: Manifest = {
    dataset, version, date: req.date, previous: last?.manifest.version ?? null, note, changes, files: describeFiles(files), downloads: [],
  };
  const frozen: FrozenRelease = { manifest, files };
  manifest.downloads = describeDownloads(releaseDownloads(frozen, last));

  const dir = releaseDir(dataset, version);
  const written: string[] = [];
  const put = (path: string, bytes: string | Uint8Array) => {
    io.write(path, bytes);
    written.push(path);
  };
  for (const f of files) put(`${dir}/${f.path}`, f.bytes);
  const text = manifestText(manifest);
  put(`${dir}/${MANIFEST_FILE}`, text);
  put(LEDGER_FILE, appendLedger(io.reader.read(LEDGER_FILE), { dataset, version, date: req.date, manifest_sha256: sha256(text) }));
  put(descriptorPath, descriptor);
  return { ok: true, manifest, written };
}

/** Files that differ from the last release; the descriptor only when more than its version changed. */
function changedFiles(last: FrozenRelease, files: readonly ReleaseFile[]): string[] {
  const before = new Map(last.files.map((f) => [f.path, f.bytes] as const));
  const out: string[] = [];
  for (const f of files) {
    const b = before.get(f.path);
    const same = b !== undefined && (f.path === DESCRIPTOR ? sha256(withVersion(b, "0.0.0")) === sha256(withVersion(f.bytes, "0.0.0")) : sha256(b) === sha256(f.bytes));
    if (!same) out.push(f.path);
  }
  for (const path of before.keys()) if (!files.some((f) => f.path === path)) out.push(path);
  return out.sort();
}
