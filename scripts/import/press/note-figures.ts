// National averages and group counts that a page printed but the compilation recorded only in the
// note of another row (e.g. "groups A 9, B 36, C 15, D 3; average 76.92" on the row of Phú Yên).
// Each becomes its own value row with that row's source; `quote` must appear in that row's note.
import type { PressContext } from "./context.ts";
import { cell, readLines, type Line } from "./input.ts";
import { parseSourceCell } from "./sources.ts";
import { draft, joinNotes, type DatasetId } from "./types.ts";

interface NoteFigure {
  origin: string;
  quote: string;
  dataset: DatasetId;
  edition: string;
  unit: "agg-provinces" | "agg-ministries" | "agg-national";
  values: Record<string, string>;
  note: string;
}

const P = "par_index_provinces_press.csv";
const S = "sipas_provinces_press.csv";
const M = "par_index_ministries_press.csv";
const groups = (a: string, b: string, c?: string, d?: string) => ({
  "provinces-group-a": a, "provinces-group-b": b, ...(c ? { "provinces-group-c": c } : {}), ...(d ? { "provinces-group-d": d } : {}),
});

const FIGURES: readonly NoteFigure[] = [
  { origin: `${P}:125`, quote: "national 2022 provincial average 84.79, group A=2, B=56", dataset: "par-index", edition: "2022", unit: "agg-provinces", values: { total: "84.79", ...groups("2", "56") }, note: "" },
  { origin: `${P}:173`, quote: "2022 groups A=2, B=56, C=5", dataset: "par-index", edition: "2022", unit: "agg-provinces", values: groups("2", "56", "5"), note: "" },
  { origin: `${P}:236`, quote: "groups: A=2 (QN, HP), B=56, C=5", dataset: "par-index", edition: "2020", unit: "agg-provinces", values: groups("2", "56", "5"), note: "" },
  { origin: `${P}:284`, quote: "provincial average 81.15", dataset: "par-index", edition: "2019", unit: "agg-provinces", values: { total: "81.15" }, note: "" },
  { origin: `${P}:285`, quote: "average 81.15", dataset: "par-index", edition: "2019", unit: "agg-provinces", values: { total: "81.15" }, note: "" },
  { origin: `${P}:298`, quote: "groups A 9, B 36, C 15, D 3; average 76.92", dataset: "par-index", edition: "2018", unit: "agg-provinces", values: { total: "76.92", ...groups("9", "36", "15", "3") }, note: "" },
  { origin: `${P}:344`, quote: "national average 77.56", dataset: "par-index", edition: "2013", unit: "agg-provinces", values: { total: "77.56" }, note: "" },
  { origin: `${P}:52`, quote: "one of 7 provinces in group A", dataset: "par-index", edition: "2023", unit: "agg-provinces", values: { "provinces-group-a": "7" }, note: "" },
  { origin: `${S}:17`, quote: "PAR 2023 groups: A=7, B=56", dataset: "par-index", edition: "2023", unit: "agg-provinces", values: groups("7", "56"), note: "" },
  { origin: `${M}:4`, quote: "average 84.38", dataset: "par-index", edition: "2023", unit: "agg-ministries", values: { total: "84.38" }, note: "average of the ministries in the page's table of 17" },
  { origin: `${M}:94`, quote: "ministry average 85.63 (+2.95)", dataset: "par-index", edition: "2019", unit: "agg-ministries", values: { total: "85.63" }, note: "average of the ministries (number not printed)" },
  { origin: `${M}:101`, quote: "ministry average 82.68", dataset: "par-index", edition: "2018", unit: "agg-ministries", values: { total: "82.68" }, note: "average of the ministries (number not printed)" },
  { origin: `${M}:108`, quote: "ministry average 80.94", dataset: "par-index", edition: "2016", unit: "agg-ministries", values: { total: "80.94" }, note: "average of the ministries (number not printed)" },
  { origin: "par_index_published_figures.csv:82", quote: "page: vs 76.99 the previous year", dataset: "par-index", edition: "2014", unit: "agg-ministries", values: { total: "76.99" }, note: "average of the ministries (number not printed); quoted on the 2015 page as the previous year's figure" },
  { origin: `${S}:77`, quote: "national 2021 average 87.16%", dataset: "sipas", edition: "2021", unit: "agg-provinces", values: { total: "87.16" }, note: "average of the provinces (number not printed)" },
  { origin: `${S}:97`, quote: "national 2021 average 87.16", dataset: "sipas", edition: "2021", unit: "agg-provinces", values: { total: "87.16" }, note: "average of the provinces (number not printed)" },
  { origin: `${S}:71`, quote: "national SIPAS 2022 80.08", dataset: "sipas", edition: "2022", unit: "agg-provinces", values: { total: "80.08" }, note: "average of the provinces (number not printed)" },
  { origin: "sipas_published_figures.csv:38", quote: "vs 84.45 in 2019", dataset: "sipas", edition: "2019", unit: "agg-provinces", values: { total: "84.45" }, note: "average of 63 provinces; quoted on the 2020 page as the 2019 figure" },
  { origin: "sipas_published_figures.csv:2", quote: "36,525 citizens surveyed", dataset: "sipas", edition: "2024", unit: "agg-national", values: { "survey-citizens": "36525" }, note: "" },
];

export function readNoteFigures(ctx: PressContext): void {
  const cache = new Map<string, Line[]>();
  for (const f of FIGURES) {
    const [file, line] = f.origin.split(":") as [string, string];
    const lines = cache.get(file) ?? readLines(ctx.shared, file);
    cache.set(file, lines);
    const l = lines.find((x) => x.origin === f.origin);
    if (!l || !cell(l, "note").includes(f.quote)) throw new Error(`${f.origin}: note does not contain "${f.quote}" (line ${line})`);
    const src = parseSourceCell(cell(l, "source"), l.origin);
    const entity = f.unit === "agg-ministries" ? "ministries (average)" : f.unit === "agg-national" ? "nationwide" : "provinces (average)";
    for (const [indicator, value] of Object.entries(f.values)) {
      ctx.push(draft({
        dataset: f.dataset, edition: f.edition, unit: f.unit, indicator, value, src, origin: `${f.origin} (note)`,
        note: joinNotes(f.note || (indicator === "total" ? "average of the provinces (number not printed)" : ""),
          `printed on the page; recorded in the compilation as a note: '${f.quote}'`),
      }), entity);
    }
  }
}
