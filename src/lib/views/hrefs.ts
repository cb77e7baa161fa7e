// Site addresses, in one place. They match Astro's i18n routing (prefixDefaultLocale, trailing
// slash "always"), so builders can link pages without importing astro:i18n.
import type { IndexId, Lang } from "./types.ts";

export const hrefs = {
  home: (lang: Lang) => `/${lang}/`,
  index: (lang: Lang, index: IndexId) => `/${lang}/${index}/`,
  edition: (lang: Lang, index: IndexId, edition: number | string) => `/${lang}/${index}/${edition}/`,
  provinces: (lang: Lang) => `/${lang}/provinces/`,
  province: (lang: Lang, slug: string) => `/${lang}/provinces/${slug}/`,
  /** The agencies page, or one ministry's or agency's entry on it. */
  agencies: (lang: Lang, id?: string) => `/${lang}/agencies/${id === undefined ? "" : `#${id}`}`,
  /** The data catalogue, a dataset's page, and one download of one release (or of `latest`). */
  dataCatalogue: (lang: Lang) => `/${lang}/data/`,
  dataset: (lang: Lang, id: string) => `/${lang}/data/${id}/`,
  download: (dataset: string, version: string, file: string) => `/data/${dataset}/${version}/${file}`,
};

/** A data package's id, its folder under data/ and /data/: "minh-bach-papi" → "papi". */
export function datasetIdOf(pkg: { name: string }): string {
  return pkg.name.replace(/^minh-bach-/, "");
}
