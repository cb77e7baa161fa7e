// Fetches the validated datasets and the checked releases once per build, for the data pages,
// the downloads, the chart frames' citations, and the machine-readable catalogue and feed.
import { allReleases } from "../data/releases.ts";
import { allEntries } from "./build.ts";
import { catalogJson, releasesAtom } from "./data-machine.ts";
import { DATASET_IDS, type DatasetId } from "./data-notes.ts";
import { buildCatalogue, buildDatasetPage } from "./data-pages.ts";
import type { CatalogueView, DatasetPageView } from "./data-types.ts";
import { hrefs } from "./hrefs.ts";
import { citeWords, citedDataset, releasesByDataset, servedFiles } from "./release-files.ts";
import { apaView } from "../releases/citation.ts";
import { t } from "../../i18n/index.ts";
import { LANGS, type Lang } from "./types.ts";

export type { DatasetId };
const byDataset = () => releasesByDataset(allReleases());

/** getStaticPaths() of the download endpoint. */
export function downloadRoutes() {
  return servedFiles(allReleases()).map((f) => ({ params: { dataset: f.dataset, version: f.version, file: f.file }, props: { body: f.body } }));
}

export async function catalogueView(lang: Lang): Promise<CatalogueView> {
  return buildCatalogue(await allEntries(), byDataset(), lang);
}

/** /[lang]/data/[dataset]/ for every released dataset. */
export async function datasetRoutes() {
  const entries = await allEntries();
  const releases = byDataset();
  return LANGS.flatMap((lang) => DATASET_IDS.filter((id) => releases.has(id)).map((id) => ({
    params: { lang, dataset: id },
    props: { lang, view: buildDatasetPage(entries, id, releases.get(id)!, lang) as DatasetPageView },
  })));
}

export function catalogText(): string {
  return catalogJson(byDataset());
}

export function feedText(): string {
  return releasesAtom(allReleases());
}

/**
 * What a chart frame adds: where its dataset's downloads are, and "cite this view": the chart's
 * address on its page with the dataset version it draws (the latest release).
 */
export function chartCitation(dataset: string, lang: Lang, view: { title: string; url: string }): { cite: string; dataHref: string } | null {
  const list = byDataset().get(dataset);
  const latest = list?.[list.length - 1];
  if (!latest) return null;
  const d = citedDataset(latest);
  const words = { ...citeWords(lang, d.version), chart: t(lang, "cite.chart"), data: t(lang, "cite.data") };
  return { cite: apaView(view, d, lang === "vi" ? d.titleVi : d.title, words), dataHref: `${hrefs.dataset(lang, dataset)}#downloads` };
}
