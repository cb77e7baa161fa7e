// Citations of a dataset version (APA in either language, BibTeX, RIS) and of a chart view.
// The words that are not names ("Version", "Data set") come from the caller's locale strings.

export interface CitedDataset {
  dataset: string;
  version: string;
  /** ISO date of the release. */
  date: string;
  title: string;
  titleVi: string;
  /** Absolute address of the version. */
  url: string;
}

export interface CiteWords {
  /** "Version {version}" with the placeholder filled. */
  version: string;
  /** "Data set". */
  kind: string;
}

export const PUBLISHER = "Minh Bạch";

const year = (date: string) => date.slice(0, 4);

/** APA 7 for a data set: Author. (Year). Title (Version x) [Data set]. URL */
export function apa(d: CitedDataset, title: string, words: CiteWords): string {
  return `${PUBLISHER}. (${year(d.date)}). ${title} (${words.version}) [${words.kind}]. ${d.url}`;
}

const bibEscape = (s: string) => s.replace(/[\\{}]/g, "").replace(/([&%$#_])/g, "\\$1");

export function bibtex(d: CitedDataset): string {
  const key = `minhbach-${d.dataset}-${d.version}`;
  return [
    `@misc{${key},`,
    `  author = {{${PUBLISHER}}},`,
    `  title = {{${bibEscape(d.title)}}},`,
    `  year = {${year(d.date)}},`,
    `  date = {${d.date}},`,
    `  version = {${d.version}},`,
    `  publisher = {${PUBLISHER}},`,
    `  howpublished = {Data set},`,
    `  url = {${d.url}},`,
    "}",
    "",
  ].join("\n");
}

/** RIS (TY DATA); the Vietnamese title as the translated title. Lines end CRLF, as RIS asks. */
export function ris(d: CitedDataset): string {
  return [
    "TY  - DATA", `AU  - ${PUBLISHER}`, `TI  - ${d.title}`, `TT  - ${d.titleVi}`, `PY  - ${year(d.date)}`,
    `DA  - ${d.date.replaceAll("-", "/")}`, `ET  - ${d.version}`, `PB  - ${PUBLISHER}`, `UR  - ${d.url}`, "ER  - ", "",
  ].join("\r\n");
}

/** A chart as seen on a page: Author. (Year). Chart title [Chart; data: Dataset, Version x]. URL */
export function apaView(view: { title: string; url: string }, d: CitedDataset, datasetTitle: string, words: CiteWords & { chart: string; data: string }): string {
  return `${PUBLISHER}. (${year(d.date)}). ${view.title} [${words.chart}; ${words.data}: ${datasetTitle}, ${words.version}]. ${view.url}`;
}
