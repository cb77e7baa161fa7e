// In-page filtering of the directives list: which documents a selection keeps, how a selection
// lives in the address (?type=chi-thi&year=2022, beside any other parameter such as the search
// box's ?q=), and how a list item carries its facet values (data attributes written at build
// time). Pure: the browser glue is client.ts; the filter pages without JavaScript are separate.

export const FACETS = ["type", "issuer", "scope", "year", "topic"] as const;
export type Facet = (typeof FACETS)[number];

/** A document's values per facet (a document has several topics, one value of the others). */
export type FacetValues = Record<Facet, readonly string[]>;

/** At most one chosen value per facet; an absent facet is not filtered. */
export type Selection = Partial<Record<Facet, string>>;

/** One value per facet, computed from the facet. */
export const byFacet = <T>(of: (facet: Facet) => T): Record<Facet, T> =>
  ({ type: of("type"), issuer: of("issuer"), scope: of("scope"), year: of("year"), topic: of("topic") });

const attribute = (facet: Facet) => `data-${facet}`;

/** The data attributes of a list item: values space-separated (ids hold no spaces). */
export function facetAttributes(values: FacetValues): Record<string, string> {
  return Object.fromEntries(FACETS.map((f) => [attribute(f), values[f].join(" ")]));
}

/** Reads back what facetAttributes() wrote, from an element's dataset. */
export function facetValuesOf(dataset: Readonly<Record<string, string | undefined>>): FacetValues {
  return byFacet((f) => (dataset[f] ?? "").split(" ").filter(Boolean));
}

export function matches(values: FacetValues, selection: Selection): boolean {
  return FACETS.every((f) => {
    const chosen = selection[f];
    return chosen === undefined || values[f].includes(chosen);
  });
}

/**
 * The selection in an address's parameters. Values the list does not offer are dropped, so a
 * stale or mistyped link shows the full list rather than an empty one.
 */
export function readSelection(params: URLSearchParams, offered: Readonly<Record<Facet, ReadonlySet<string>>>): Selection {
  const out: Selection = {};
  for (const f of FACETS) {
    const v = params.get(f);
    if (v !== null && offered[f].has(v)) out[f] = v;
  }
  return out;
}

/** `params` with the selection's facets set in FACETS order and the others removed; other parameters kept. */
export function writeSelection(params: URLSearchParams, selection: Selection): URLSearchParams {
  const out = new URLSearchParams([...params].filter(([k]) => !(FACETS as readonly string[]).includes(k)));
  for (const f of FACETS) {
    const v = selection[f];
    if (v !== undefined) out.set(f, v);
  }
  return out;
}

/** "?a=1&type=chi-thi", or "" for no parameter. */
export function searchOf(params: URLSearchParams): string {
  const s = params.toString();
  return s === "" ? "" : `?${s}`;
}

/**
 * How many documents each value of `facet` would show, the other facets' choices kept: the
 * numbers beside a menu's options.
 */
export function optionCounts(items: readonly FacetValues[], selection: Selection, facet: Facet): Map<string, number> {
  const others: Selection = { ...selection };
  delete others[facet];
  const counts = new Map<string, number>();
  for (const item of items) {
    if (!matches(item, others)) continue;
    for (const v of item[facet]) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}

/** Fills "{shown}" and "{total}" of a template written by the page in its language. */
export function fill(template: string, vars: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
