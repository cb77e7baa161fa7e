// Fetches the validated datasets once per build and hands them to the pure builders.
import { dataset, type DatasetEntries } from "../data/index.ts";
import { buildHome } from "./home.ts";
import { buildIndexPage } from "./index-page.ts";
import { buildProceduresPage } from "./procedures-page.ts";
import { buildSourcesPage } from "./sources-page.ts";
import type { HomeView, IndexId, IndexPageView, Lang, SourcesPageView } from "./types.ts";

let entries: Promise<DatasetEntries> | undefined;

function allEntries(): Promise<DatasetEntries> {
  entries ??= (async () => ({
    reference: await dataset("reference"),
    papi: await dataset("papi"),
    "par-index": await dataset("par-index"),
    sipas: await dataset("sipas"),
    procedures: await dataset("procedures"),
  }))();
  return entries;
}

export async function homeView(lang: Lang): Promise<HomeView> {
  return buildHome(await allEntries(), lang);
}

export async function indexPageView(index: IndexId, lang: Lang): Promise<IndexPageView> {
  const e = await allEntries();
  return index === "procedures" ? buildProceduresPage(e, lang) : buildIndexPage(e, index, lang);
}

export async function sourcesPageView(lang: Lang): Promise<SourcesPageView> {
  return buildSourcesPage(await allEntries(), lang);
}
