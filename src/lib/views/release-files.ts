// What the site serves for each release: its data downloads (made from the frozen files only)
// and its citations, at /data/<dataset>/<version>/<file>, and the same under `latest`.
import { t } from "../../i18n/index.ts";
import type { FrozenRelease } from "../releases/check.ts";
import { apa, bibtex, ris, type CitedDataset, type CiteWords } from "../releases/citation.ts";
import { releaseDownloads, type Download } from "../releases/downloads.ts";
import { DESCRIPTOR } from "../releases/files.ts";
import { SITE_URL } from "../site.ts";
import { hrefs } from "./hrefs.ts";
import type { Lang } from "./types.ts";

export const LATEST = "latest";
export const CITATIONS = ["citation.txt", "citation.bib", "citation.ris"] as const;

/** Releases per dataset, oldest first, datasets in the order given. */
export function releasesByDataset(all: readonly FrozenRelease[]): Map<string, FrozenRelease[]> {
  const out = new Map<string, FrozenRelease[]>();
  for (const r of all) out.set(r.manifest.dataset, [...(out.get(r.manifest.dataset) ?? []), r]);
  return out;
}

const made = new WeakMap<FrozenRelease, Download[]>();

/** The release's data downloads, made once per build. */
export function downloadsOf(release: FrozenRelease, previous: FrozenRelease | null): Download[] {
  let d = made.get(release);
  if (!d) {
    d = releaseDownloads(release, previous);
    made.set(release, d);
  }
  return d;
}

/** The frozen datapackage.json of a release, parsed. */
export function descriptorOf(release: FrozenRelease): Record<string, unknown> {
  const f = release.files.find((x) => x.path === DESCRIPTOR);
  return f ? (JSON.parse(new TextDecoder().decode(f.bytes)) as Record<string, unknown>) : {};
}

const str = (x: unknown, fallback: string) => (typeof x === "string" && x !== "" ? x : fallback);

/** A release as a citation names it: its frozen titles and the address of its descriptor. */
export function citedDataset(release: FrozenRelease): CitedDataset {
  const { dataset, version, date } = release.manifest;
  const d = descriptorOf(release);
  const title = str(d["title"], dataset);
  return { dataset, version, date, title, titleVi: str(d["x-title-vi"], title), url: `${SITE_URL}${hrefs.download(dataset, version, DESCRIPTOR)}` };
}

export function citeWords(lang: Lang, version: string): CiteWords {
  return { version: t(lang, "cite.version", { version }), kind: t(lang, "cite.kind") };
}

/** APA in the page language. */
export function apaText(release: FrozenRelease, lang: Lang): string {
  const d = citedDataset(release);
  return apa(d, lang === "vi" ? d.titleVi : d.title, citeWords(lang, d.version));
}

/** citation.txt (APA in English, then Vietnamese), citation.bib, citation.ris. */
export function citationFile(release: FrozenRelease, file: (typeof CITATIONS)[number]): string {
  const d = citedDataset(release);
  if (file === "citation.bib") return bibtex(d);
  if (file === "citation.ris") return ris(d);
  return `${apaText(release, "en")}\n${apaText(release, "vi")}\n`;
}

export interface ServedFile {
  dataset: string;
  /** A version, or `latest`. */
  version: string;
  file: string;
  body: () => Uint8Array | string;
}

/** Every file under /data/<dataset>/<version>/: downloads and citations of every release, and `latest`. */
export function servedFiles(all: readonly FrozenRelease[]): ServedFile[] {
  const out: ServedFile[] = [];
  for (const [dataset, list] of releasesByDataset(all)) {
    list.forEach((release, i) => {
      const previous = list[i - 1] ?? null;
      // The manifest names every data download the release script made: the site serves those.
      const names = [...release.manifest.downloads.map((d) => d.path), ...CITATIONS];
      const versions = i === list.length - 1 ? [release.manifest.version, LATEST] : [release.manifest.version];
      for (const version of versions) {
        for (const file of names) {
          out.push({
            dataset, version, file,
            body: () => ((CITATIONS as readonly string[]).includes(file)
              ? citationFile(release, file as (typeof CITATIONS)[number])
              : servedDownload(release, previous, file)),
          });
        }
      }
    });
  }
  return out;
}

function servedDownload(release: FrozenRelease, previous: FrozenRelease | null, file: string): Uint8Array {
  const d = downloadsOf(release, previous).find((x) => x.path === file);
  if (!d) throw new Error(`release ${release.manifest.dataset} ${release.manifest.version} lists ${file}, which its frozen files no longer make`);
  return d.bytes;
}
