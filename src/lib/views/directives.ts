// The directives collection as pages show it: the list with its filters (one pre-rendered page
// per filter value, so filtering needs no JavaScript), one page per document with its targets
// and their results, and the documents section of a province profile.
import { t, type UiKey } from "../../i18n/index.ts";
import { formatDate, formatNumber, formatValue } from "../format/index.ts";
import type { DatasetEntries } from "../load/content-loader.ts";
import { targetResult, type TargetFigure, type TargetOutcome, type UnknownReason } from "../metrics/targets.ts";
import { parseBody, type BodyLang } from "../schema/directive-body.ts";
import { DOC_TYPES, ISSUERS, SCORE_MEASURES, TOPICS, splitIds, type DocumentRow, type TargetRow } from "../schema/directives.ts";
import { validInYear, type Entity } from "../schema/integrity.ts";
import { byFacet, FACETS, type Facet, type FacetValues } from "../directives-filter/filter.ts";
import { viewContext, type ViewContext } from "./context.ts";
import type { Lang, SourceRef } from "./types.ts";

type Entries = Pick<DatasetEntries, "reference" | "papi" | "par-index" | "sipas" | "directives">;

export { FACETS, type Facet } from "../directives-filter/filter.ts";

export const directiveHrefs = {
  list: (lang: Lang) => `/${lang}/directives/`,
  filter: (lang: Lang, facet: Facet, value: string) => `/${lang}/directives/${facet}/${value}/`,
  document: (lang: Lang, id: string) => `/${lang}/directives/${id}/`,
};

export interface DirectiveItem {
  id: string;
  href: string;
  number: string;
  type: string;
  title: string;
  issuer: string;
  date: string;
  /** "en" where `date` is the compiler's English note on a Vietnamese page (no full date known). */
  dateLang: "en" | null;
  scope: { name: string; href: string | null };
  verification: string;
  /** Its value in each filter, for filtering in the page. */
  facets: FacetValues;
}

export interface FacetValueView {
  value: string;
  label: string;
  count: number;
  href: string;
  current: boolean;
}

export interface FacetView {
  facet: Facet;
  label: string;
  values: FacetValueView[];
}

export interface DirectivesListView {
  /** The filter this page shows, or null for the full list. */
  filter: { facet: Facet; value: string; label: string } | null;
  /** Page path below /[lang]/ for the language switch. */
  path: string;
  total: number;
  facets: FacetView[];
  items: DirectiveItem[];
}

export interface TargetView {
  id: string;
  /** The document setting it: "Nghị quyết 30c/NQ-CP", and its page. */
  document: { label: string; href: string };
  index: string;
  statement: string;
  /** The source's words, quoted in Vietnamese. */
  printed: string;
  outcome: TargetOutcome;
  outcomeLabel: string;
  figures: string[];
  reasons: string[];
  change: string | null;
  note: string;
  source: SourceRef;
  sources: SourceRef[];
}

/** A body block in the page language; `lang` is set on a quotation written in another language. */
export interface BodyBlock {
  kind: "heading" | "paragraph" | "quote";
  text: string;
  lang: BodyLang | null;
}

export interface DirectivePageView {
  id: string;
  number: string;
  title: string;
  heading: string;
  /** `note`: the compiler's words on the value, in English. */
  facts: { label: string; value: string; href?: string | null; note?: string }[];
  verification: string;
  verificationNote: string;
  note: string;
  body: BodyBlock[];
  targets: TargetView[];
  sources: SourceRef[];
}

export interface ProfileDirectivesView {
  items: (DirectiveItem & { via: string | null; targets: TargetView[] })[];
  listHref: string;
}

const INDEX_TITLES: Record<TargetRow["index"], string> = { papi: "PAPI", "par-index": "PAR Index", sipas: "SIPAS" };

function labeller(ctx: ViewContext) {
  const lang = ctx.lang;
  return {
    type: (v: string) => t(lang, `directives.type.${v}` as UiKey),
    scope: (v: string) => (v === "national" ? t(lang, "directives.national") : ctx.entity(v).name),
    topic: (v: string) => t(lang, `directives.topic.${v}` as UiKey),
    facetValue(facet: Facet, v: string): string {
      if (facet === "type") return this.type(v);
      if (facet === "issuer") return t(lang, `directives.issuer.${v}` as UiKey);
      if (facet === "scope") return this.scope(v);
      if (facet === "topic") return this.topic(v);
      return v;
    },
  };
}

const facetValues = (d: DocumentRow, facet: Facet): string[] => {
  if (facet === "type") return [d.doc_type];
  if (facet === "issuer") return [d.issuer];
  if (facet === "scope") return [d.scope];
  if (facet === "year") return d.date_issued === null ? [] : [d.date_issued.slice(0, 4)];
  return splitIds(d.topics);
};

const ORDER: Record<Facet, readonly string[] | null> = { type: DOC_TYPES, issuer: ISSUERS, scope: null, year: null, topic: TOPICS };

/** Newest first; undated documents last, then by number. */
const byDate = (a: DocumentRow, b: DocumentRow) =>
  (b.date_issued ?? "").localeCompare(a.date_issued ?? "") || a.number.localeCompare(b.number, "vi");

function itemOf(d: DocumentRow, lang: Lang, ctx: ViewContext, L: ReturnType<typeof labeller>): DirectiveItem {
  return {
    id: d.id, href: directiveHrefs.document(lang, d.id), number: d.number, type: L.type(d.doc_type), title: d.title,
    issuer: d.issuer_as_printed,
    date: d.date_issued !== null ? formatDate(d.date_issued, lang) : d.date_note,
    dateLang: d.date_issued === null && lang === "vi" ? "en" : null,
    scope: d.scope === "national" ? { name: L.scope("national"), href: null } : { name: ctx.entity(d.scope).name, href: ctx.entity(d.scope).href },
    verification: t(lang, `directives.verification.${d.verification}`),
    facets: byFacet((f) => facetValues(d, f)),
  };
}

/** Every filter page: one per facet value present in the data. */
export function directiveFilters(e: Pick<Entries, "directives">): { facet: Facet; value: string }[] {
  return FACETS.flatMap((facet) => [...new Set(e.directives.documents.flatMap((d) => facetValues(d, facet)))].map((value) => ({ facet, value })));
}

export function buildDirectivesList(e: Entries, lang: Lang, filter: { facet: Facet; value: string } | null): DirectivesListView {
  const ctx = viewContext(e.reference, lang);
  const L = labeller(ctx);
  const docs = [...e.directives.documents].sort(byDate);
  const shown = filter === null ? docs : docs.filter((d) => facetValues(d, filter.facet).includes(filter.value));
  const facets = FACETS.map((facet): FacetView => {
    const counts = new Map<string, number>();
    for (const d of docs) for (const v of facetValues(d, facet)) counts.set(v, (counts.get(v) ?? 0) + 1);
    const order = ORDER[facet];
    const values = [...counts.keys()].sort((a, b) => {
      if (order) return order.indexOf(a) - order.indexOf(b);
      if (facet === "year") return b.localeCompare(a);
      // Scope: national first, then provinces by name.
      return Number(b === "national") - Number(a === "national") || L.scope(a).localeCompare(L.scope(b), "vi");
    });
    return {
      facet, label: t(lang, `directives.facet.${facet}`),
      values: values.map((v) => ({
        value: v, label: L.facetValue(facet, v), count: counts.get(v)!, href: directiveHrefs.filter(lang, facet, v),
        current: filter?.facet === facet && filter.value === v,
      })),
    };
  });
  return {
    filter: filter === null ? null : { ...filter, label: L.facetValue(filter.facet, filter.value) },
    path: filter === null ? "directives/" : `directives/${filter.facet}/${filter.value}/`,
    total: docs.length,
    facets,
    items: shown.map((d) => itemOf(d, lang, ctx, L)),
  };
}

/** The body in the page language: our prose in that language, quotations as written. */
export function bodyBlocks(md: string, lang: Lang): BodyBlock[] {
  const { blocks, problems } = parseBody(md);
  // The loader rejects a faulty body; reaching here with one is a bug, not a data problem.
  if (problems.length > 0) throw new Error(`invalid document body: line ${problems[0]!.line}: ${problems[0]!.message}`);
  return blocks.map((b): BodyBlock => b.kind === "quote"
    ? { kind: "quote", text: b.text, lang: b.lang === lang ? null : b.lang }
    : { kind: b.kind === "heading" ? "heading" : "paragraph", text: b.text[lang], lang: null });
}

function targetView(e: Entries, target: TargetRow, ctx: ViewContext): TargetView {
  const lang = ctx.lang;
  const doc = e.directives.documents.find((d) => d.id === target.document)!;
  const ds = e[target.index];
  const unit = e.reference.units.find((u) => u.id === target.unit);
  const frameUnits = (edition: number) => e.reference.units
    .filter((u) => u.frame === unit?.frame && validInYear({ id: u.id, kind: "unit", validFrom: u.valid_from, validTo: u.valid_to } satisfies Entity, edition))
    .map((u) => u.id);
  const r = targetResult(target, { values: ds.values, kindOf: ctx.sourceKind, frameUnits });
  const title = INDEX_TITLES[target.index];
  const scale = ds.codebook.find((c) => c.indicator === "total")?.unit ?? "points";
  const unitName = ctx.entity(target.unit).name;
  const figure = (f: TargetFigure): string => {
    const parts = [t(lang, "directives.figure.edition", { index: title, edition: f.edition })];
    if (f.value !== null) parts.push(t(lang, "directives.figure.value", { value: formatValue(f.value, scale, lang) }));
    if (f.rank !== null) {
      parts.push(f.rankOf !== null ? t(lang, "rank.of", { rank: f.rank, of: f.rankOf }) : t(lang, "rank.only", { rank: f.rank }));
      parts.push(t(lang, f.rankBasis === "computed" ? "directives.figure.computed" : "directives.figure.printed"));
    }
    return `${parts.join(", ")} (${t(lang, "directives.figure.source")}: ${f.sources.map((s) => ctx.source(s).title).join("; ")})`;
  };
  const reason = (x: UnknownReason): string => t(lang, `directives.reason.${x.kind}`, { index: title, edition: x.edition, unit: unitName });
  const statement = t(lang, `directives.measure.${target.measure}`, {
    value: SCORE_MEASURES.includes(target.measure) ? formatValue(target.target_value, scale, lang) : formatNumber(target.target_value, lang),
    edition: target.target_edition, baseline: target.baseline_edition ?? "", index: title, unit: unitName,
  });
  const figureSources = [r.baseline, r.final].flatMap((f) => f?.sources ?? []);
  return {
    id: target.id, document: { label: `${labeller(ctx).type(doc.doc_type)} ${doc.number}`, href: directiveHrefs.document(lang, doc.id) },
    index: title, statement, printed: target.target_text,
    outcome: r.outcome, outcomeLabel: t(lang, `directives.outcome.${r.outcome}`),
    figures: [r.baseline, r.final].filter((f): f is TargetFigure => f !== null).map(figure),
    reasons: r.reasons.map(reason),
    change: r.change === null ? null : r.change > 0 ? t(lang, "directives.change.up", { n: r.change }) : r.change < 0 ? t(lang, "directives.change.down", { n: -r.change }) : t(lang, "directives.change.none"),
    note: lang === "vi" ? target.note_vi : target.note,
    source: ctx.source(target.source),
    sources: [...new Set(figureSources)].map((s) => ctx.source(s)),
  };
}

export function buildDirectivePage(e: Entries, id: string, lang: Lang): DirectivePageView {
  const ctx = viewContext(e.reference, lang);
  const L = labeller(ctx);
  const d = e.directives.documents.find((x) => x.id === id);
  if (!d) throw new Error(`unknown document ${id}`);
  const targets = e.directives.targets.filter((x) => x.document === id).map((x) => targetView(e, x, ctx));
  const docSources = splitIds(d.source).map((s) => ctx.source(s));
  const sources = [...new Map([...docSources, ...targets.flatMap((x) => [x.source, ...x.sources])].map((s) => [s.id, s] as const)).values()];
  // The date notes are the compiler's English words: kept apart from the date, marked as English.
  const dateFact = (label: string, iso: string | null, note: string): DirectivePageView["facts"][number] => ({
    label, value: iso !== null ? formatDate(iso, lang) : t(lang, "directives.unknown"), ...(note === "" ? {} : { note }),
  });
  const scopeRef = d.scope === "national" ? null : ctx.entity(d.scope);
  return {
    id, number: d.number, title: d.title,
    heading: `${L.type(d.doc_type)} ${d.number}`,
    facts: [
      { label: t(lang, "directives.col.number"), value: d.number },
      { label: t(lang, "directives.facet.type"), value: L.type(d.doc_type), href: directiveHrefs.filter(lang, "type", d.doc_type) },
      { label: t(lang, "directives.col.issuer"), value: d.issuer_as_printed, href: directiveHrefs.filter(lang, "issuer", d.issuer) },
      { label: t(lang, "directives.col.signer"), value: d.signer !== "" ? d.signer : t(lang, "directives.unknown") },
      dateFact(t(lang, "directives.col.dateIssued"), d.date_issued, d.date_note),
      dateFact(t(lang, "directives.col.dateEffective"), d.date_effective, d.effective_note),
      { label: t(lang, "directives.facet.scope"), value: scopeRef ? scopeRef.name : L.scope("national"), href: scopeRef ? scopeRef.href : directiveHrefs.filter(lang, "scope", "national") },
      { label: t(lang, "directives.facet.topic"), value: splitIds(d.topics).map(L.topic).join(", ") },
      { label: t(lang, "directives.col.status"), value: d.status !== "" ? d.status : t(lang, "directives.unknown") },
    ],
    verification: t(lang, `directives.verification.${d.verification}`),
    verificationNote: d.verification_note,
    note: d.note,
    body: bodyBlocks(e.directives.bodies[id] ?? "", lang),
    targets,
    sources,
  };
}

/** Documents scoped to a unit, and for a 2025 unit those of the units it was formed from. */
export function buildProfileDirectives(e: Entries, unitId: string, lang: Lang): ProfileDirectivesView {
  const ctx = viewContext(e.reference, lang);
  const L = labeller(ctx);
  const predecessors = e.reference.lineage.filter((l) => l.successor === unitId).map((l) => l.predecessor);
  const scopes = new Set([unitId, ...predecessors]);
  const items = e.directives.documents.filter((d) => scopes.has(d.scope)).sort(byDate).map((d) => ({
    ...itemOf(d, lang, ctx, L),
    via: d.scope === unitId ? null : ctx.entity(d.scope).name,
    targets: e.directives.targets.filter((x) => x.document === d.id).map((x) => targetView(e, x, ctx)),
  }));
  return { items, listHref: directiveHrefs.list(lang) };
}

/** Targets national documents set on one index: shown on the index's overview. */
export function buildIndexTargets(e: Entries, index: TargetRow["index"], lang: Lang): TargetView[] {
  const ctx = viewContext(e.reference, lang);
  const national = new Set(e.directives.documents.filter((d) => d.scope === "national").map((d) => d.id));
  return e.directives.targets.filter((x) => x.index === index && national.has(x.document)).map((x) => targetView(e, x, ctx));
}
