// Every data download of a release, made only from its frozen files (and, for changes.csv, the
// previous release's): the same bytes whenever they are made. The release script records their
// hashes in the manifest; the build serves them; a test over dist/ compares the two.
import type { FrozenRelease } from "./check.ts";
import { DESCRIPTOR, SOURCES } from "./files.ts";
import { sha256 } from "./hash.ts";
import type { FileEntry } from "./manifest.ts";
import { diffCsv, diffReleases } from "./release-diff.ts";
import { csvRows } from "./files.ts";
import { excelCsv, fieldTypes, jsonRecords, readTable } from "./serialize.ts";

export type DownloadKind = "csv" | "excel" | "json" | "datapackage" | "changes";

export interface Download {
  /** File name under /data/<dataset>/<version>/. */
  path: string;
  kind: DownloadKind;
  /** The table it serialises (its CSV path in the release), or null. */
  table: string | null;
  bytes: Uint8Array;
}

export const CHANGES = "changes.csv";
const utf8 = new TextEncoder();
const stem = (csv: string) => csv.replace(/\.csv$/, "");

const SOURCES_RESOURCE = {
  name: "sources", type: "table", path: SOURCES, format: "csv", mediatype: "text/csv", encoding: "utf-8",
  description: "The sources this package cites: rows of the portal's sources.csv (see the reference package for its schema)",
};

/** The descriptor as served: the frozen one, each table with its size and sha256, sources.csv added. */
export function servedDescriptor(release: FrozenRelease): string {
  const files = new Map(release.files.map((f) => [f.path, f.bytes] as const));
  const frozen = files.get(DESCRIPTOR);
  if (!frozen) throw new Error(`release ${release.manifest.dataset} ${release.manifest.version} has no ${DESCRIPTOR}`);
  const pkg = JSON.parse(new TextDecoder().decode(frozen)) as { resources?: { path: string }[] };
  const sized = (path: string) => {
    const b = files.get(path);
    if (!b) throw new Error(`release ${release.manifest.dataset} ${release.manifest.version} has no ${path}`);
    return { bytes: b.byteLength, hash: `sha256:${sha256(b)}` };
  };
  const resources = [...(pkg.resources ?? []).map((r) => ({ ...r, ...sized(r.path) })), ...(files.has(SOURCES) ? [{ ...SOURCES_RESOURCE, ...sized(SOURCES) }] : [])];
  return `${JSON.stringify({ ...pkg, resources }, null, 2)}\n`;
}

export function releaseDownloads(release: FrozenRelease, previous: FrozenRelease | null): Download[] {
  const descriptor = JSON.parse(new TextDecoder().decode(release.files.find((f) => f.path === DESCRIPTOR)?.bytes ?? utf8.encode("{}"))) as unknown;
  const out: Download[] = [];
  for (const f of release.files.filter((x) => x.path.endsWith(".csv"))) {
    const table = readTable(f.bytes, f.path);
    const types = fieldTypes(descriptor, f.path);
    out.push(
      { path: f.path, kind: "csv", table: f.path, bytes: f.bytes },
      { path: `${stem(f.path)}.excel.csv`, kind: "excel", table: f.path, bytes: utf8.encode(excelCsv(table, types)) },
      { path: `${stem(f.path)}.json`, kind: "json", table: f.path, bytes: utf8.encode(jsonRecords(table, types)) },
    );
  }
  out.push({ path: DESCRIPTOR, kind: "datapackage", table: null, bytes: utf8.encode(servedDescriptor(release)) });
  if (previous) out.push({ path: CHANGES, kind: "changes", table: null, bytes: utf8.encode(diffCsv(release.manifest.changes, diffReleases(previous, release))) });
  return out;
}

/** What the manifest records of each download. */
export function describeDownloads(downloads: readonly Download[]): FileEntry[] {
  return downloads.map((d) => ({
    path: d.path, bytes: d.bytes.byteLength,
    rows: d.kind === "csv" || d.kind === "excel" || d.kind === "changes" ? csvRows(d.bytes, d.path) : d.kind === "json" ? (JSON.parse(new TextDecoder().decode(d.bytes)) as unknown[]).length : null,
    sha256: sha256(d.bytes),
  }));
}
