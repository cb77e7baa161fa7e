// Fetches the validated datasets once per build and hands them to the pure builders.
import { dataset, type DatasetEntries } from "../data/index.ts";
import { buildAgenciesPage } from "./agencies-page.ts";
import { buildCompare, type CompareView } from "./compare.ts";
import { buildEditionPage } from "./edition-page.ts";
import {
  buildDirectivePage, buildDirectivesList, buildIndexTargets, buildProfileDirectives, directiveFilters,
  type DirectivePageView, type DirectivesListView, type Facet, type ProfileDirectivesView, type TargetView,
} from "./directives.ts";
import { buildHome } from "./home.ts";
import { buildIndexOverview } from "./index-overview.ts";
import { buildProceduresPage } from "./procedures-page.ts";
import { buildProfilePage } from "./profile-page.ts";
import { buildProvincesList } from "./provinces-list.ts";
import { indexLookup } from "./series.ts";
import { buildSourcesPage } from "./sources-page.ts";
import type {
  AgenciesPageView, EditionIndexId, EditionPageView, HomeView, IndexOverviewView, Lang, ProceduresPageView, ProfileView, ProvincesListView, SourcesPageView,
} from "./types.ts";

let entries: Promise<DatasetEntries> | undefined;

export function allEntries(): Promise<DatasetEntries> {
  entries ??= (async () => ({
    reference: await dataset("reference"),
    papi: await dataset("papi"),
    "par-index": await dataset("par-index"),
    sipas: await dataset("sipas"),
    procedures: await dataset("procedures"),
    directives: await dataset("directives"),
  }))();
  return entries;
}

export async function homeView(lang: Lang): Promise<HomeView> {
  return buildHome(await allEntries(), lang);
}

export async function proceduresPageView(lang: Lang): Promise<ProceduresPageView> {
  return buildProceduresPage(await allEntries(), lang);
}

export async function sourcesPageView(lang: Lang): Promise<SourcesPageView> {
  return buildSourcesPage(await allEntries(), lang);
}

export async function indexOverviewView(index: EditionIndexId, lang: Lang): Promise<IndexOverviewView> {
  return buildIndexOverview(await allEntries(), index, lang);
}

export async function editionPageView(index: EditionIndexId, edition: number, lang: Lang): Promise<EditionPageView> {
  return buildEditionPage(await allEntries(), index, edition, lang);
}

export async function profileView(unitId: string, lang: Lang): Promise<ProfileView> {
  return buildProfilePage(await allEntries(), unitId, lang);
}

export async function provincesListView(lang: Lang): Promise<ProvincesListView> {
  return buildProvincesList(await allEntries(), lang);
}

export async function agenciesPageView(lang: Lang): Promise<AgenciesPageView> {
  return buildAgenciesPage(await allEntries(), lang);
}

/** Editions of an index, oldest first: one page each. */
export async function editionList(index: EditionIndexId): Promise<number[]> {
  return indexLookup((await allEntries())[index]).editions;
}

/** Every unit (63 former, 34 current) with its page slug. */
export async function unitList(): Promise<{ id: string; slug: string }[]> {
  return (await allEntries()).reference.units.map((u) => ({ id: u.id, slug: u.slug }));
}

/** The Compare page: every index's values of the 63-frame provinces, packed for its island. */
export async function compareView(lang: Lang): Promise<CompareView> {
  return buildCompare(await allEntries(), lang);
}

export async function directivesListView(lang: Lang, filter: { facet: Facet; value: string } | null): Promise<DirectivesListView> {
  return buildDirectivesList(await allEntries(), lang, filter);
}

export async function directivePageView(id: string, lang: Lang): Promise<DirectivePageView> {
  return buildDirectivePage(await allEntries(), id, lang);
}

export async function indexTargetsView(index: EditionIndexId, lang: Lang): Promise<TargetView[]> {
  return buildIndexTargets(await allEntries(), index, lang);
}

export async function profileDirectivesView(unitId: string, lang: Lang): Promise<ProfileDirectivesView> {
  return buildProfileDirectives(await allEntries(), unitId, lang);
}

/** Every filter page of the directives list, and every document id. */
export async function directiveFilterList(): Promise<{ facet: Facet; value: string }[]> {
  return directiveFilters(await allEntries());
}

export async function directiveIds(): Promise<string[]> {
  return (await allEntries()).directives.documents.map((d) => d.id);
}
