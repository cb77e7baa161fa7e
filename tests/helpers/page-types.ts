// The one list of page types the browser and dist tests walk. Slugs are the site's contract:
// change them here, nowhere else.

export type Locale = "vi" | "en";

export interface PageType {
  /** Stable name used in test titles. */
  readonly id: string;
  /** Path of the Vietnamese page (trailing slash: trailingSlash is "always"). */
  readonly vi: string;
  /** Path of the English twin. */
  readonly en: string;
}

export const PAGE_TYPES: readonly PageType[] = [
  { id: "home", vi: "/vi/", en: "/en/" },
  { id: "papi", vi: "/vi/papi/", en: "/en/papi/" },
  { id: "par-index", vi: "/vi/par-index/", en: "/en/par-index/" },
  { id: "sipas", vi: "/vi/sipas/", en: "/en/sipas/" },
  { id: "procedures", vi: "/vi/procedures/", en: "/en/procedures/" },
  { id: "sources", vi: "/vi/sources/", en: "/en/sources/" },
  // One page per edition: a full table (PAPI) and a press-figures edition (PAR Index, with ministries).
  { id: "papi-edition", vi: "/vi/papi/2024/", en: "/en/papi/2024/" },
  { id: "par-index-edition", vi: "/vi/par-index/2023/", en: "/en/par-index/2023/" },
  { id: "provinces", vi: "/vi/provinces/", en: "/en/provinces/" },
  // A current unit formed from predecessors, one that continues a former unit unchanged, a former unit.
  { id: "province-34-merged", vi: "/vi/provinces/gia-lai/", en: "/en/provinces/gia-lai/" },
  { id: "province-34-unchanged", vi: "/vi/provinces/ha-noi/", en: "/en/provinces/ha-noi/" },
  { id: "province-63", vi: "/vi/provinces/binh-dinh-63/", en: "/en/provinces/binh-dinh-63/" },
  { id: "agencies", vi: "/vi/agencies/", en: "/en/agencies/" },
  // The one page with an interactive island (JavaScript, hydrated when scrolled into view).
  { id: "compare", vi: "/vi/compare/", en: "/en/compare/" },
  // The directives collection: the full list, a filtered list (pre-rendered, no JavaScript), one document with targets.
  { id: "directives", vi: "/vi/directives/", en: "/en/directives/" },
  { id: "directives-filter", vi: "/vi/directives/scope/vn63-45/", en: "/en/directives/scope/vn63-45/" },
  { id: "directive", vi: "/vi/directives/10-ct-ubnd-2022-quang-tri/", en: "/en/directives/10-ct-ubnd-2022-quang-tri/" },
  // Site search: an island that loads its engine and index when the box is first used.
  { id: "search", vi: "/vi/search/", en: "/en/search/" },
  // Open data: the catalogue, and a dataset page with two releases and the diff between them.
  { id: "data", vi: "/vi/data/", en: "/en/data/" },
  { id: "dataset", vi: "/vi/data/papi/", en: "/en/data/papi/" },
];

/** Paths that do not exist: the server answers 404 with dist/404.html. */
export const MISSING_PATHS: Readonly<Record<Locale, string>> = {
  vi: "/vi/trang-khong-ton-tai/",
  en: "/en/no-such-page/",
};

/**
 * The language switch on every page: a link to the twin page in the other language.
 * `hreflang` is what identifies it (also right for assistive tech and search engines).
 */
export const languageSwitchSelector = (target: Locale): string => `a[hreflang="${target}"]`;

/**
 * Path segments that differ between the languages (vi → en), derived from PAGE_TYPES.
 * Segments not listed are the same in both languages (codes, years, ids).
 */
export const SEGMENT_VI_TO_EN: ReadonlyMap<string, string> = new Map(
  PAGE_TYPES.flatMap((p) => {
    const vi = p.vi.split("/").filter(Boolean).slice(1);
    const en = p.en.split("/").filter(Boolean).slice(1);
    return vi.flatMap((seg, i) => {
      const other = en[i];
      return other !== undefined && other !== seg ? [[seg, other] as const] : [];
    });
  }),
);

const SEGMENT_EN_TO_VI: ReadonlyMap<string, string> = new Map(
  [...SEGMENT_VI_TO_EN].map(([vi, en]) => [en, vi] as const),
);

/**
 * The twin of a site path in the other language, e.g. "/vi/sources/" → "/en/sources/".
 * Returns null for paths outside /vi/ and /en/.
 */
export function counterpartPath(path: string): string | null {
  const match = /^\/(vi|en)(\/.*)?$/.exec(path);
  if (!match) return null;
  const from = match[1] === "vi" ? "vi" : "en";
  const to: Locale = from === "vi" ? "en" : "vi";
  const table = from === "vi" ? SEGMENT_VI_TO_EN : SEGMENT_EN_TO_VI;
  const rest = (match[2] ?? "/").split("/").map((seg) => table.get(seg) ?? seg);
  return `/${to}${rest.join("/")}`;
}
