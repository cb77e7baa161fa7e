// Machine-readable views of the releases: the DCAT catalogue (/data/catalog.json), the Atom feed
// of releases (/data/releases.atom) and schema.org Dataset JSON-LD for each dataset page.
import type { FrozenRelease } from "../releases/check.ts";
import { PUBLISHER } from "../releases/citation.ts";
import { SITE_URL } from "../site.ts";
import { releaseAnchor } from "./data-release-view.ts";
import { hrefs } from "./hrefs.ts";
import { descriptorOf } from "./release-files.ts";
import type { Lang } from "./types.ts";

type Descriptor = { title?: string; "x-title-vi"?: string; description?: string; "x-description-vi"?: string; licenses?: { name?: string; path?: string; title?: string }[] };
const abs = (path: string) => `${SITE_URL}${path}`;
const MEDIA: Record<string, string> = { csv: "text/csv", json: "application/json" };
const mediaOf = (file: string) => (file.endsWith(".json") ? MEDIA["json"]! : MEDIA["csv"]!);

function distributions(release: FrozenRelease) {
  const { dataset, version } = release.manifest;
  return release.manifest.downloads.map((d) => ({
    "@type": "dcat:Distribution",
    "dct:title": d.path,
    "dcat:downloadURL": abs(hrefs.download(dataset, version, d.path)),
    "dcat:mediaType": mediaOf(d.path),
    "dcat:byteSize": d.bytes,
    "spdx:checksum": { "spdx:algorithm": "spdx:checksumAlgorithm_sha256", "spdx:checksumValue": d.sha256 },
  }));
}

const licenceUris = (d: Descriptor) => (d.licenses ?? []).map((l) => l.path).filter((p): p is string => typeof p === "string");

/** DCAT 3 in JSON-LD: every dataset, its current distributions, and every version with its own. */
export function catalogJson(byDataset: ReadonlyMap<string, FrozenRelease[]>): string {
  const datasets = [...byDataset].map(([id, list]) => {
    const latest = list[list.length - 1]!;
    const d = descriptorOf(latest) as Descriptor;
    return {
      "@id": abs(hrefs.dataset("en", id)),
      "@type": "dcat:Dataset",
      "dct:identifier": id,
      "dct:title": [{ "@value": d.title ?? id, "@language": "en" }, { "@value": d["x-title-vi"] ?? d.title ?? id, "@language": "vi" }],
      "dct:description": [{ "@value": d.description ?? "", "@language": "en" }, { "@value": d["x-description-vi"] ?? "", "@language": "vi" }],
      "dct:publisher": { "@type": "foaf:Organization", "foaf:name": PUBLISHER },
      "dct:license": licenceUris(d),
      "dcat:version": latest.manifest.version,
      "dct:issued": list[0]!.manifest.date,
      "dct:modified": latest.manifest.date,
      "dcat:landingPage": [abs(hrefs.dataset("vi", id)), abs(hrefs.dataset("en", id))],
      "dcat:distribution": distributions(latest),
      "dcat:hasVersion": list.map((r) => ({
        "@id": abs(hrefs.download(id, r.manifest.version, "datapackage.json")),
        "@type": "dcat:Dataset",
        "dcat:version": r.manifest.version,
        "dct:issued": r.manifest.date,
        "adms:versionNotes": [{ "@value": r.manifest.note.en, "@language": "en" }, { "@value": r.manifest.note.vi, "@language": "vi" }],
        "dcat:distribution": distributions(r),
      })),
    };
  });
  return `${JSON.stringify({
    "@context": {
      dcat: "http://www.w3.org/ns/dcat#", dct: "http://purl.org/dc/terms/", foaf: "http://xmlns.com/foaf/0.1/",
      spdx: "http://spdx.org/rdf/terms#", adms: "http://www.w3.org/ns/adms#",
    },
    "@id": abs("/data/catalog.json"),
    "@type": "dcat:Catalog",
    "dct:title": [{ "@value": "Minh Bạch: open data", "@language": "en" }, { "@value": "Minh Bạch: dữ liệu mở", "@language": "vi" }],
    "dct:publisher": { "@type": "foaf:Organization", "foaf:name": PUBLISHER },
    "foaf:homepage": abs("/vi/data/"),
    "dcat:dataset": datasets,
  }, null, 2)}\n`;
}

const xml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Atom 1.0: one entry per release, newest first; dates are the releases' own. */
export function releasesAtom(all: readonly FrozenRelease[]): string {
  const releases = [...all].sort((a, b) => b.manifest.date.localeCompare(a.manifest.date) || all.indexOf(b) - all.indexOf(a));
  const updated = releases[0]?.manifest.date ?? "1970-01-01";
  const host = new URL(SITE_URL).hostname;
  const entries = releases.map((r) => {
    const { dataset, version, date, note, changes } = r.manifest;
    const d = descriptorOf(r) as Descriptor;
    const page = abs(`${hrefs.dataset("en", dataset)}#${releaseAnchor(version)}`);
    const changed = changes.map((c) => `${c.reason}: ${c.en}`).join("\n");
    return [
      "  <entry>",
      `    <id>tag:${host},${date}:/data/${dataset}/${version}</id>`,
      `    <title>${xml(`${d.title ?? dataset} ${version}`)}</title>`,
      `    <updated>${date}T00:00:00Z</updated>`,
      `    <link rel="alternate" type="text/html" hreflang="en" href="${xml(page)}"/>`,
      `    <link rel="alternate" type="text/html" hreflang="vi" href="${xml(abs(`${hrefs.dataset("vi", dataset)}#${releaseAnchor(version)}`))}"/>`,
      `    <link rel="related" type="application/json" href="${xml(abs(hrefs.download(dataset, version, "datapackage.json")))}"/>`,
      `    <category term="${xml(dataset)}"/>`,
      `    <summary type="text">${xml(note.en)}</summary>`,
      ...(changed ? [`    <content type="text">${xml(changed)}</content>`] : []),
      "  </entry>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${abs("/data/releases.atom")}</id>`,
    "  <title>Minh Bạch: data releases</title>",
    `  <updated>${updated}T00:00:00Z</updated>`,
    `  <author><name>${PUBLISHER}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${abs("/data/releases.atom")}"/>`,
    `  <link rel="alternate" type="text/html" href="${abs("/en/data/")}"/>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}

/** schema.org Dataset for a dataset page, in the page's language. */
export function datasetJsonLd(id: string, list: readonly FrozenRelease[], lang: Lang): string {
  const latest = list[list.length - 1]!;
  const d = descriptorOf(latest) as Descriptor;
  const { version, date } = latest.manifest;
  const json = {
    "@context": "https://schema.org",
    "@type": "Dataset",
    "@id": abs(hrefs.download(id, version, "datapackage.json")),
    name: (lang === "vi" ? d["x-title-vi"] : undefined) ?? d.title ?? id,
    alternateName: lang === "vi" ? d.title : d["x-title-vi"],
    description: (lang === "vi" ? d["x-description-vi"] : undefined) ?? d.description ?? id,
    url: abs(hrefs.dataset(lang, id)),
    version,
    datePublished: list[0]!.manifest.date,
    dateModified: date,
    inLanguage: lang,
    isAccessibleForFree: true,
    license: licenceUris(d),
    creator: { "@type": "Organization", name: PUBLISHER, url: abs(`/${lang}/`) },
    publisher: { "@type": "Organization", name: PUBLISHER, url: abs(`/${lang}/`) },
    spatialCoverage: { "@type": "Country", name: lang === "vi" ? "Việt Nam" : "Vietnam" },
    distribution: latest.manifest.downloads.map((x) => ({
      "@type": "DataDownload", name: x.path, encodingFormat: mediaOf(x.path), contentUrl: abs(hrefs.download(id, version, x.path)), contentSize: `${x.bytes} B`, sha256: x.sha256,
    })),
    hasPart: list.map((r) => ({ "@type": "Dataset", name: `${d.title ?? id} ${r.manifest.version}`, version: r.manifest.version, datePublished: r.manifest.date, url: abs(`${hrefs.dataset(lang, id)}#${releaseAnchor(r.manifest.version)}`) })),
  };
  // Inside a <script> element "</" would end it early: escape every "<".
  return JSON.stringify(json).replace(/</g, "\\u003c");
}
