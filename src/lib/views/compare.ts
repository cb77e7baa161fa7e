// The Compare page's data: for each edition-based index, the plain value of every 63-frame
// province in every edition, packed small enough to hand to the page's one interactive island.
// Astro serialises island props by wrapping every array element and object value in a type tag
// (`[0, 46.04]`), so the 8,000 PAPI cells travel as delimited strings, not as nested arrays.
import { en } from "../../i18n/en.ts";
import { t } from "../../i18n/index.ts";
import { vi, type UiKey } from "../../i18n/vi.ts";
import { fold } from "../text/fold.ts";
import type { DatasetEntries } from "../load/content-loader.ts";
import type { CodebookRow } from "../schema/tables.ts";
import { viewContext } from "./context.ts";
import { hrefs } from "./hrefs.ts";
import { cellOf } from "./index-page.ts";
import { computedRanks, indexLookup, packageText, pointOf } from "./series.ts";
import { STATUS_CODE, type CompareGroup, type CompareIndex, type CompareIndicator, type CompareStringKey, type CompareStrings, type CompareView, type StatusCode } from "./compare-data.ts";
import { EDITION_INDEX_IDS, type EditionIndexId, type EditionPoint, type Lang } from "./types.ts";

export * from "./compare-data.ts";

export type CompareEntries = Pick<DatasetEntries, "reference" | EditionIndexId>;

/**
 * The default comparison: the three largest centrally-run cities, one per region, which every
 * edition of every index covers. Where they are missing (test data), units with a latest PAPI
 * total fill the places, then any unit.
 */
const DEFAULT_UNITS = ["vn63-01", "vn63-48", "vn63-79"];

const isStringKey = (k: string): k is CompareStringKey =>
  k.startsWith("compare.") || k.startsWith("status.") || k === "cell.noRow" || k === "derived.legend" || k === "derived.hidden";

export function compareStrings(lang: Lang): CompareStrings {
  const table: Record<UiKey, string> = lang === "vi" ? vi : en;
  return Object.fromEntries(Object.entries(table).filter(([k]) => isStringKey(k))) as CompareStrings;
}

function codeOf(p: EditionPoint): StatusCode {
  if (p.missing !== null) return STATUS_CODE[p.missing];
  return p.derived ? STATUS_CODE.derived : STATUS_CODE.reported;
}

function indicatorsOf(codebook: readonly CodebookRow[], index: EditionIndexId): string[] {
  const ids = codebook.filter((c) => c.level === "total" && c.indicator === "total").map((c) => c.indicator);
  if (index === "papi") ids.push(...codebook.filter((c) => c.level === "dimension" && c.parent === "total").map((c) => c.indicator));
  return [...new Set(ids)];
}

export function buildCompareIndex(entries: CompareEntries, index: EditionIndexId, lang: Lang, units: readonly string[]): CompareIndex {
  const ds = entries[index];
  const ctx = viewContext(entries.reference, lang);
  const lookup = indexLookup(ds);
  const inFrame = new Set(units);
  const editions = lookup.editions.filter((e) => lookup.ofEdition(e).some((v) => inFrame.has(v.unit)));
  const indicators = indicatorsOf(ds.codebook, index).map((id) => {
    const rows = ds.codebook.filter((c) => c.indicator === id).sort((a, b) => a.first_edition - b.first_edition);
    const latest = rows[rows.length - 1]!;
    const groups: CompareGroup[] = [];
    const groupOf = (r: CodebookRow) => groups.findIndex((g) => g.id === r.comparability && g.min === r.min && g.max === r.max);
    for (const r of rows) {
      const g = groups[groupOf(r)];
      if (g) g.last = Math.max(g.last, r.last_edition);
      else groups.push({ id: r.comparability, first: r.first_edition, last: r.last_edition, min: r.min, max: r.max });
    }
    const groupAt = editions.map((e) => {
      const r = rows.find((c) => c.first_edition <= e && e <= c.last_edition);
      return r ? groupOf(r) : -1;
    });
    // null: the indicator does not exist in that edition.
    const points = units.flatMap((unit) => editions.map((e, j): EditionPoint | null => {
      const g = groups[groupAt[j]!];
      if (!g) return null;
      const ranks = id === "total" ? computedRanks(ds, units, e, id, ctx) : null;
      return pointOf(e, cellOf(lookup.rows(e, unit, id), ctx), g.id, ranks?.get(unit));
    }));
    const indicator: CompareIndicator = {
      id, label: lang === "vi" ? latest.name_vi : latest.name_en, level: latest.level === "total" ? "total" : "dimension", unit: latest.unit,
      groups, groupAt,
      values: points.map((p) => (p === null || p.value === null ? "" : String(p.value))).join(","),
      status: points.map((p) => (p === null ? STATUS_CODE.absent : codeOf(p))).join(""),
    };
    return { indicator, points };
  });
  const cells = indicators[0]?.points ?? [];
  const rankTexts: Record<string, string> = {};
  cells.forEach((p, i) => {
    if (p !== null && p.rank === null && p.rankText !== "") rankTexts[String(i)] = p.rankText;
  });
  const { title } = packageText(ds.package, lang);
  return {
    index, title, short: t(lang, `nav.${index}`), href: hrefs.index(lang, index), datasetVersion: ds.package.version, editions,
    indicators: indicators.map((i) => i.indicator),
    ranks: cells.map((p) => (p === null || p.rank === null ? "" : `${p.rank}/${p.rankOf ?? ""}${p.rankBasis === "computed" ? "c" : "p"}`)).join(","),
    rankTexts,
    fullTable: editions.length > 0 && editions.every((e) => computedRanks(ds, units, e, "total", ctx) !== null),
  };
}

export function buildCompare(entries: CompareEntries, lang: Lang): CompareView {
  const ids = entries.reference.units.filter((u) => u.frame === "63").map((u) => u.id);
  const byId = new Map(entries.reference.units.map((u) => [u.id, u] as const));
  const name = (id: string) => (lang === "vi" ? byId.get(id)!.name_vi : byId.get(id)!.name_en);
  const sorted = [...ids].sort((a, b) => name(a).localeCompare(name(b), lang) || a.localeCompare(b));
  const indices = EDITION_INDEX_IDS.map((index) => buildCompareIndex(entries, index, lang, sorted));
  const papi = indices[0]!;
  const latest = papi.editions.length - 1;
  const status = papi.indicators[0]?.status ?? "";
  const hasLatest = (id: string) => latest >= 0 && /[rd]/.test(status[sorted.indexOf(id) * papi.editions.length + latest] ?? "");
  const candidates = [...DEFAULT_UNITS.filter((id) => sorted.includes(id)), ...sorted.filter(hasLatest), ...sorted];
  const chosen = [...new Set(candidates)].slice(0, DEFAULT_UNITS.length);
  return {
    lang,
    units: { slug: sorted.map((id) => byId.get(id)!.slug), name: sorted.map(name), folded: sorted.map((id) => fold(name(id))) },
    indices,
    defaults: { units: chosen.map((id) => byId.get(id)!.slug), index: "papi" },
    strings: compareStrings(lang),
  };
}
