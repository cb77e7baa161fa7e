// Addresses of the search page and of each language's index files (the endpoint in src/pages/[lang]/search-index/).
import type { Lang } from "../views/types.ts";

export const searchHrefs = {
  page: (lang: Lang) => `/${lang}/search/`,
  /** The folder of the index files: `${index(lang)}${name}.json`. */
  index: (lang: Lang) => `/${lang}/search-index/`,
};
