// Addresses of the search page and of each language's index (the endpoint in src/pages/[lang]/).
import type { Lang } from "../views/types.ts";

export const searchHrefs = {
  page: (lang: Lang) => `/${lang}/search/`,
  index: (lang: Lang) => `/${lang}/search-index.json`,
};
