// What a release records about itself (data/releases/<dataset>/<version>/manifest.json) and the
// ledger of every release (data/releases/releases.csv). The ledger holds each manifest's sha256,
// so a manifest edited to cover a changed file is caught as surely as the file itself.
import { z } from "astro/zod";

/** Why data changed between two releases: every change names one. */
export const REASONS = ["correction", "producer_revision", "new_edition", "methodology", "merger_remapping"] as const;
export type Reason = (typeof REASONS)[number];

export const RELEASES_DIR = "releases";
export const LEDGER_FILE = `${RELEASES_DIR}/releases.csv`;
export const LEDGER_COLUMNS = ["dataset", "version", "date", "manifest_sha256"] as const;
export const MANIFEST_FILE = "manifest.json";

const text = z.object({ en: z.string().min(1), vi: z.string().min(1) });
const sha = z.string().regex(/^[0-9a-f]{64}$/);

const fileEntry = z.object({
  /** Path inside the release folder. */
  path: z.string().min(1),
  bytes: z.number().int().nonnegative(),
  /** Records (header excluded) of a CSV file; null for other files. */
  rows: z.number().int().nonnegative().nullable(),
  sha256: sha,
});

export const manifestSchema = z.object({
  dataset: z.string().regex(/^[a-z0-9-]+$/),
  version: z.string(),
  /** Day of release (ISO), written by the release script: data, never the build's clock. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** The release this one follows; null for the first. */
  previous: z.string().nullable(),
  /** What the release is, in both languages. */
  note: text,
  /** What changed since `previous`, each change with its reason and the files it concerns. */
  changes: z.array(text.extend({ reason: z.enum(REASONS), files: z.array(z.string()) })),
  /** The frozen files, kept byte for byte in the release folder. */
  files: z.array(fileEntry),
  /** Every data download the site serves for this release, as the release script made them. */
  downloads: z.array(fileEntry),
});

export type Manifest = z.output<typeof manifestSchema>;
export type FileEntry = z.output<typeof fileEntry>;
export type Change = Manifest["changes"][number];

export interface LedgerRow {
  dataset: string;
  version: string;
  date: string;
  manifest_sha256: string;
}

export const releaseDir = (dataset: string, version: string) => `${RELEASES_DIR}/${dataset}/${version}`;

/** The manifest as the release script writes it: the exact bytes the ledger hashes. */
export function manifestText(m: Manifest): string {
  return `${JSON.stringify(m, null, 2)}\n`;
}
