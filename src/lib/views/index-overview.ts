// An index's overview: what it measures, the spans of editions that compare with one another,
// every edition with its coverage, and the latest edition's table (unchanged from the index page).
import { t } from "../../i18n/index.ts";
import { formatNumber } from "../format/index.ts";
import type { DatasetEntries } from "../load/content-loader.ts";
import { hrefs } from "./hrefs.ts";
import { buildIndexPage } from "./index-page.ts";
import { indexLookup } from "./series.ts";
import { scaleText, spanText } from "./text.ts";
import type { EditionIndexId, IndexOverviewView, Lang } from "./types.ts";

export function buildIndexOverview(entries: DatasetEntries, index: EditionIndexId, lang: Lang): IndexOverviewView {
  const ds = entries[index];
  const lookup = indexLookup(ds);
  const latest = buildIndexPage(entries, index, lang);

  // Comparability groups of the total: its scale and how many dimensions sum into it.
  const totals = ds.codebook.filter((c) => c.indicator === "total").sort((a, b) => a.first_edition - b.first_edition);
  const groups = totals.map((c) => {
    const dimensions = new Set(ds.codebook.filter((d) => d.parent === "total" && d.level === "dimension" && d.comparability === c.comparability).map((d) => d.indicator)).size;
    const span = spanText(c.first_edition, c.last_edition);
    const max = formatNumber(c.max, lang);
    return {
      group: c.comparability, first: c.first_edition, last: c.last_edition, unit: c.unit, min: c.min, max: c.max, dimensions,
      text: dimensions > 0
        ? t(lang, "overview.groupDimensions", { span, n: formatNumber(dimensions, lang), max })
        : c.unit === "percent"
          ? t(lang, "overview.groupPercent", { span, max })
          : t(lang, "overview.group", { span, scale: scaleText(c.unit, c.max, lang) }),
    };
  });

  const editions = [...lookup.editions].reverse().map((e) => {
    const rows = lookup.inEdition(e, "total");
    return {
      edition: String(e),
      href: hrefs.edition(lang, index, e),
      withValue: new Set(rows.filter((v) => v.value !== null && (v.unit.startsWith("vn63-") || v.unit.startsWith("vn34-"))).map((v) => v.unit)).size,
      derived: rows.some((v) => v.status === "derived"),
      group: lookup.codebook("total", e)?.comparability ?? "",
    };
  });
  return { index, title: latest.title, description: latest.description, groups, editions, latest };
}
