// The data catalogue and one page per dataset, from the validated rows and the checked releases.
import { t } from "../../i18n/index.ts";
import type { DatasetEntries } from "../load/content-loader.ts";
import type { FrozenRelease } from "../releases/check.ts";
import { bibtex, ris } from "../releases/citation.ts";
import { keyOf, readTable } from "../releases/serialize.ts";
import { toSourceRef } from "./context.ts";
import { datasetJsonLd } from "./data-machine.ts";
import { DATASET_IDS, MAIN_TABLE, codebookOf, coverageOf, datasetNotes, groupTexts, type DatasetId } from "./data-notes.ts";
import { releaseViews } from "./data-release-view.ts";
import type { CatalogueView, ColumnDoc, DatasetPageView, DatasetSummary, LicenceRef, TableDoc } from "./data-types.ts";
import { hrefs } from "./hrefs.ts";
import { LATEST, apaText, citedDataset, descriptorOf } from "./release-files.ts";
import type { Lang, SourceRef } from "./types.ts";

const PREVIEW_ROWS = 10;

interface Descriptor {
  title?: string;
  "x-title-vi"?: string;
  description?: string;
  "x-description-vi"?: string;
  licenses?: { name?: string; path?: string; title?: string }[];
  resources?: Resource[];
}
interface Resource {
  name: string;
  path: string;
  description?: string;
  schema?: { fields?: Field[] };
}
interface Field {
  name: string;
  type?: string;
  description?: string;
  constraints?: { required?: boolean; unique?: boolean; minimum?: number; maximum?: number; enum?: (string | number)[]; pattern?: string };
}

const latestOf = (list: readonly FrozenRelease[]) => list[list.length - 1]!;

function texts(d: Descriptor, lang: Lang) {
  const title = (lang === "vi" ? d["x-title-vi"] : undefined) ?? d.title ?? "";
  const description = (lang === "vi" ? d["x-description-vi"] : undefined) ?? d.description ?? "";
  return { title, description };
}

export function licencesOf(d: Descriptor, lang: Lang): LicenceRef[] {
  return (d.licenses ?? []).map((l) => ({ label: l.name ?? t(lang, "data.licence.terms"), title: l.title ?? l.name ?? "", href: l.path ?? null }));
}

function summary(entries: DatasetEntries, id: DatasetId, list: readonly FrozenRelease[], lang: Lang): DatasetSummary {
  const latest = latestOf(list);
  const d = descriptorOf(latest) as Descriptor;
  return {
    id, ...texts(d, lang), href: hrefs.dataset(lang, id), version: latest.manifest.version, released: latest.manifest.date,
    releases: list.length, coverage: coverageOf(entries, id), licences: licencesOf(d, lang),
  };
}

export function buildCatalogue(entries: DatasetEntries, byDataset: ReadonlyMap<string, FrozenRelease[]>, lang: Lang): CatalogueView {
  return {
    datasets: DATASET_IDS.filter((id) => byDataset.has(id)).map((id) => summary(entries, id, byDataset.get(id)!, lang)),
    machine: [
      { label: t(lang, "data.machine.catalog"), href: "/data/catalog.json" },
      { label: t(lang, "data.machine.feed"), href: "/data/releases.atom" },
      { label: t(lang, "data.machine.sitemap"), href: "/sitemap.xml" },
    ],
  };
}

function rulesOf(f: Field, lang: Lang): string[] {
  const c = f.constraints ?? {};
  return [
    c.required ? t(lang, "data.rule.required") : "",
    c.unique ? t(lang, "data.rule.unique") : "",
    c.enum ? t(lang, "data.rule.enum", { values: c.enum.join(", ") }) : "",
    c.minimum !== undefined ? t(lang, "data.rule.min", { n: String(c.minimum) }) : "",
    c.maximum !== undefined ? t(lang, "data.rule.max", { n: String(c.maximum) }) : "",
    c.pattern ? t(lang, "data.rule.pattern", { pattern: c.pattern }) : "",
  ].filter((x) => x !== "");
}

function tableDocs(release: FrozenRelease, lang: Lang): TableDoc[] {
  const d = descriptorOf(release) as Descriptor;
  return (d.resources ?? []).map((r) => {
    const key = keyOf(d, r.path) ?? [];
    const columns: ColumnDoc[] = (r.schema?.fields ?? []).map((f) => ({
      name: f.name, type: t(lang, `data.type.${f.type === "integer" || f.type === "number" || f.type === "date" ? f.type : "string"}`),
      description: f.description ?? "", rules: rulesOf(f, lang), key: key.includes(f.name),
    }));
    return { name: r.name, file: r.path, description: r.description ?? "", rows: release.manifest.files.find((f) => f.path === r.path)?.rows ?? null, columns };
  });
}

function sourcesOf(entries: DatasetEntries, release: FrozenRelease, lang: Lang): SourceRef[] {
  const f = release.files.find((x) => x.path === "sources.csv");
  if (!f) return [];
  const ids = new Set(readTable(f.bytes, f.path).records.map((r) => r[0]!));
  return entries.reference.sources.filter((s) => ids.has(s.id)).map((s) => toSourceRef(s, lang));
}

export function buildDatasetPage(entries: DatasetEntries, id: DatasetId, list: readonly FrozenRelease[], lang: Lang): DatasetPageView {
  const latest = latestOf(list);
  const s = summary(entries, id, list, lang);
  const main = latest.files.find((f) => f.path === MAIN_TABLE[id]);
  const table = main ? readTable(main.bytes, main.path) : null;
  const cited = citedDataset(latest);
  return {
    id, title: s.title, description: s.description, version: s.version, released: s.released, coverage: s.coverage, licences: s.licences,
    notes: datasetNotes(entries, id, lang), groups: groupTexts(codebookOf(entries, id), lang),
    tables: tableDocs(latest, lang),
    preview: table && main ? { file: main.path, columns: table.header, rows: table.records.slice(0, PREVIEW_ROWS), total: table.records.length } : null,
    sources: sourcesOf(entries, latest, lang),
    releases: releaseViews(list, lang),
    latest: latest.manifest.downloads.map((x) => ({ file: x.path, href: hrefs.download(id, LATEST, x.path) })),
    citation: { apa: apaText(latest, lang), bibtex: bibtex(cited), ris: ris(cited) },
    jsonLd: datasetJsonLd(id, list, lang),
  };
}
