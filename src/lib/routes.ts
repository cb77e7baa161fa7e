// Every static path of the site, with the finished view each page renders, computed once here;
// route files' getStaticPaths() return these (Starlight's shape) and stay a few lines long.
import {
  agenciesPageView, directiveFilterList, directiveIds, directivePageView, directivesListView, editionList, editionPageView,
  indexOverviewView, indexTargetsView, proceduresPageView, profileDirectivesView, profileView, provincesListView, unitList,
} from "./views/build.ts";
import { EDITION_INDEX_IDS, INDEX_IDS, LANGS, type Lang } from "./views/types.ts";

const each = <T>(make: (lang: Lang) => Promise<T[]>) => Promise.all(LANGS.map(make)).then((xs) => xs.flat());

/** /[lang]/[index]/: an index's overview; procedure statistics keep their period table. */
export function indexRoutes() {
  return each((lang) => Promise.all(INDEX_IDS.map(async (index) => ({
    params: { lang, index },
    props: index === "procedures"
      ? { lang, kind: "procedures" as const, view: await proceduresPageView(lang) }
      : { lang, kind: "overview" as const, view: await indexOverviewView(index, lang), targets: await indexTargetsView(index, lang) },
  }))));
}

/** /[lang]/[index]/[edition]/ for PAPI, PAR Index and SIPAS. */
export function editionRoutes() {
  return each(async (lang) => {
    const perIndex = await Promise.all(EDITION_INDEX_IDS.map(async (index) => {
      const editions = await editionList(index);
      return Promise.all(editions.map(async (edition) => ({
        params: { lang, index, edition: String(edition) },
        props: { lang, view: await editionPageView(index, edition, lang) },
      })));
    }));
    return perIndex.flat();
  });
}

/** /[lang]/provinces/[slug]/ for the 63 former and the 34 current units. */
export function provinceRoutes() {
  return each(async (lang) => Promise.all((await unitList()).map(async (u) => ({
    params: { lang, slug: u.slug },
    props: { lang, view: await profileView(u.id, lang), directives: await profileDirectivesView(u.id, lang) },
  }))));
}

export function provincesListRoutes() {
  return each(async (lang) => [{ params: { lang }, props: { lang, view: await provincesListView(lang) } }]);
}

export function agenciesRoutes() {
  return each(async (lang) => [{ params: { lang }, props: { lang, view: await agenciesPageView(lang) } }]);
}

/** /[lang]/directives/: the full list. */
export function directivesRoutes() {
  return each(async (lang) => [{ params: { lang }, props: { lang, view: await directivesListView(lang, null) } }]);
}

/** /[lang]/directives/[facet]/[value]/: the list filtered, one page per value (no JavaScript). */
export function directiveFilterRoutes() {
  return each(async (lang) => Promise.all((await directiveFilterList()).map(async (f) => ({
    params: { lang, facet: f.facet, value: f.value },
    props: { lang, view: await directivesListView(lang, f) },
  }))));
}

/** /[lang]/directives/[id]/: one page per document. */
export function directiveRoutes() {
  return each(async (lang) => Promise.all((await directiveIds()).map(async (id) => ({
    params: { lang, id },
    props: { lang, view: await directivePageView(id, lang) },
  }))));
}
