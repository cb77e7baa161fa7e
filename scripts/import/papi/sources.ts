// The PAPI source documents: A1 (copies of the papi.org.vn data files), A3 (ml-mcdm yearly CSVs),
// our yearly derivation, and the report/news pages of papi_published_figures.csv.
import { basename } from "node:path";
import { hostOf, type SourceRegistry } from "../lib.ts";

const A1_REPO = "mdtrinh/vietnam_elections";
const A1_COMMIT = "84348767096a193634f9d4fb6c4116dbf4789a05";
const A3_REPO = "hnks-gh/ml-mcdm";
const A3_COMMIT = "d165721ef5b79e96a1f9daa013612eef57d31734";

const A1_LICENCE = "© CECODES, VFF-CRT, RTA, UNDP; published for public download; no licence file in the copy";
const A1_NOTE = "Folder Data/PAPI/ of the repository (commit of 2021-04-24) holds what appear to be the data downloads of papi.org.vn; the PAPI reports say \"All rights reserved\".";

/** What each A1 workbook holds, and the id stem we give it. */
const A1_FILES: Record<string, { stem: string; about: string }> = {
  "Data/PAPI/PAPI 2011-2019.xlsx": {
    stem: "papi-2011-2019-xlsx",
    about: "One sheet per year: dimension and sub-dimension scores, and for 2011–2017 the unweighted total (column \"Un-weighted2015PAPI\").",
  },
  "Data/PAPI/PAPI 2018 FULL vie.xlsx": {
    stem: "papi-2018-full-vie-xlsx",
    about: "Indicator-level data for 2018; the row \"Chỉ số PAPI 2018 (không có trọng số)\" holds the unweighted total, \"KCDL\" (không có dữ liệu) where there is no data.",
  },
  "Data/PAPI/2019_PAPI_Provincial_indicators2019_VIE_ENG.xlsx": {
    stem: "papi-2019-provincial-indicators-xlsx",
    about: "Indicator-level data for 2019, with the weighted and unweighted totals and the standard error and 95% confidence interval of the unweighted total.",
  },
};

/**
 * Registers the A1 (file, sheet) named by a shared `source` cell such as
 * `github:mdtrinh/vietnam_elections@84348767096a:Data/PAPI/PAPI 2011-2019.xlsx [sheet 2014_PAPI, column "Transparency"]`.
 * The column part is dropped: the indicator of the value row says which column it is.
 */
export function a1Source(reg: SourceRegistry, cell: string): string {
  const m = /^github:mdtrinh\/vietnam_elections@([0-9a-f]+):(.+?) \[sheet (?:"([^"]+)"|([^,\]]+))(?:, .*)?\]$/.exec(cell);
  if (!m || !A1_COMMIT.startsWith(m[1]!)) throw new Error(`not an A1 source: ${cell}`);
  const file = m[2]!;
  const sheet = (m[3] ?? m[4])!;
  const info = A1_FILES[file];
  if (!info) throw new Error(`unknown A1 file ${file}`);
  const year = /^(\d{4})_PAPI$/.exec(sheet);
  return reg.add({
    id: year ? `${info.stem}-${year[1]}` : info.stem, kind: "official_file",
    title: `${basename(file)}, sheet ${sheet} (copy of the papi.org.vn data download)`,
    publisher: `GitHub: ${A1_REPO}`, url: `github:${A1_REPO}@${A1_COMMIT}:${file}`, date: "",
    licence: A1_LICENCE, method: "", derived_from: "", note: `${info.about} ${A1_NOTE}`,
  });
}

/** Registers the ml-mcdm yearly CSV named by `github:hnks-gh/ml-mcdm@d165721ef5b7:data/csv/2020.csv col SC11`. */
export function a3Source(reg: SourceRegistry, cell: string): { id: string; year: string; path: string } {
  const m = /^github:hnks-gh\/ml-mcdm@([0-9a-f]+):(data\/csv\/(\d{4})\.csv)(?: col SC\d+)?$/.exec(cell);
  if (!m || !A3_COMMIT.startsWith(m[1]!)) throw new Error(`not an A3 source: ${cell}`);
  const [, , path, year] = m as unknown as [string, string, string, string];
  const id = reg.add({
    id: `ml-mcdm-papi-${year}`, kind: "compilation",
    title: `PAPI ${year} sub-dimension scores of the 63 provinces, ml-mcdm ${path}`,
    publisher: `GitHub: ${A3_REPO} (Son Hoang)`, url: `github:${A3_REPO}@${A3_COMMIT}:${path}`, date: "",
    licence: "MIT", method: "", derived_from: "",
    note: "Third-party CSV, provenance not stated (the accompanying paper cites the 2023 PAPI report); columns SC11–SC83, provinces P01–P63 in GSO order. Its 2011–2019 files equal the official files to 5e-10; its 2020–2024 sums reproduce every published total and rank found.",
  });
  return { id, year, path };
}

/** Our yearly derivation of 2020–2024 dimension and total scores from the A3 sub-dimensions. */
export function derivedSource(reg: SourceRegistry, year: string, a3Id: string): string {
  const fifth = Number(year) >= 2021 ? " From 2021 the data have no sub-dimension 5.2, so dimension 5 = 5.1 + 5.3 + 5.4." : "";
  const fifthVi = Number(year) >= 2021 ? " Từ 2021 dữ liệu không có chỉ số nội dung 5.2, nên lĩnh vực 5 = 5.1 + 5.3 + 5.4." : "";
  return reg.add({
    id: `papi-derived-${year}`, kind: "derived",
    title: `PAPI ${year} dimension scores and unweighted total, summed from the ml-mcdm sub-dimension scores`,
    publisher: "Minh Bạch (this project)", url: "", date: "", licence: "CC-BY-4.0",
    method: `sum of the sub-dimension scores in ml-mcdm data/csv/${year}.csv: dimension = sum of its sub-dimensions, total = sum of the eight dimensions; the sums are given to 4 decimals (rounded half up), as in papi_dimensions_totals_2020_2024_DERIVED.csv of the shared source compilation, and re-computed by scripts/import/papi.ts.${fifth} On the 2011–2019 official files the same sums reproduce the official dimensions and totals to within 3e-6 (checked by the import).`,
    method_vi: `tổng điểm các chỉ số nội dung thành phần trong tệp ml-mcdm data/csv/${year}.csv (bên thứ ba): điểm lĩnh vực = tổng các chỉ số nội dung của lĩnh vực, tổng điểm = tổng tám lĩnh vực; làm tròn đến 4 chữ số thập phân (làm tròn nửa lên), như tệp papi_dimensions_totals_2020_2024_DERIVED.csv của bộ tổng hợp nguồn, và được tính lại bằng scripts/import/papi.ts.${fifthVi} Trên các tệp chính thức 2011–2019, cùng cách cộng này cho lại điểm lĩnh vực và tổng điểm chính thức với sai lệch dưới 3e-6 (kiểm tra khi nhập dữ liệu).`,
    derived_from: a3Id,
    note: "Not an official PAPI figure. A dimension or total is left empty when any of its sub-dimensions is empty in the source.",
  });
}

/** Registers a report or news page of papi_published_figures.csv. */
export function pageSource(reg: SourceRegistry, url: string, year: string): string {
  const host = hostOf(url).replace(/^www\./, "");
  if (host === "fliphtml5.com") {
    const m = /\/(\w*?(\d{4})\w*)\/(\d+)$/.exec(url);
    if (!m) throw new Error(`unexpected fliphtml5 address ${url}`);
    return reg.page(url, {
      kind: "report", title: `The ${m[2]} PAPI Report, copy on fliphtml5.com (document "${m[1]}"), page ${m[3]}`,
      publisher: "fliphtml5.com (copy of the report by CECODES, VFF-CRT, RTA, UNDP)",
      licence: "© CECODES, VFF-CRT, RTA, UNDP (\"All rights reserved\"); figures quoted as facts",
      note: "The stored copy's text is cut after about 20 table rows.",
    });
  }
  if (host === "papi.org.vn") {
    return reg.page(url, {
      kind: "official_file", title: `PAPI provincial profile, ${year} (papi.org.vn)`,
      publisher: "papi.org.vn (CECODES, VFF-CRT, RTA, UNDP)", licence: "© CECODES, VFF-CRT, RTA, UNDP; figures quoted as facts",
    });
  }
  return reg.page(url);
}
