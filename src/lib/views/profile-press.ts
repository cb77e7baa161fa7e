// A profile's PAR Index and SIPAS sections: figures printed by the press, shown where they exist,
// with sources; where none was published, said plainly.
import { t } from "../../i18n/index.ts";
import type { DatasetEntries } from "../load/content-loader.ts";
import type { CodebookRow } from "../schema/tables.ts";
import type { ViewContext } from "./context.ts";
import { hrefs } from "./hrefs.ts";
import { cellOf } from "./index-page.ts";
import { documentsSummary, trendView } from "./profile-papi.ts";
import { indexLookup, seriesOf } from "./series.ts";
import { listText, pointValueText, spanText } from "./text.ts";
import type { ColumnDef, Lang, PressSectionView, ProfileSubject } from "./types.ts";

const columnOf = (c: CodebookRow, lang: Lang, decimals: number): ColumnDef => ({
  indicator: c.indicator, label: lang === "vi" ? c.name_vi : c.name_en, unit: c.unit, min: c.min, max: c.max, decimals,
});

export function pressSection(entries: DatasetEntries, index: "par-index" | "sipas", subjects: readonly ProfileSubject[], units63: readonly string[], ctx: ViewContext, lang: Lang): PressSectionView {
  const ds = entries[index];
  const lookup = indexLookup(ds);
  const title = t(lang, `nav.${index}`);
  const editions = lookup.editions;
  const span = editions.length === 0 ? "" : spanText(editions[0]!, editions[editions.length - 1]!);
  const tables: PressSectionView["tables"] = [];
  const empty: string[] = [];
  for (const subject of subjects) {
    const own = lookup.ofUnit(subject.entity.id);
    if (own.length === 0) {
      empty.push(t(lang, "profile.pressNone", { index: title, name: subject.label, span }));
      continue;
    }
    // One column per codebook span used: an indicator whose scale changed gets a column per scale.
    const spans = ds.codebook
      .filter((c) => own.some((v) => v.indicator === c.indicator && c.first_edition <= v.edition && v.edition <= c.last_edition))
      .sort((a, b) => Number(b.level === "total") - Number(a.level === "total") || a.first_edition - b.first_edition);
    const rows = [...new Set(own.map((v) => v.edition))].sort((a, b) => b - a);
    tables.push({
      subject,
      tables: [{
        id: `${index}-${subject.entity.id}`,
        caption: t(lang, "profile.pressCaption", { index: title, name: subject.label }),
        rowHeader: t(lang, "frame.edition"),
        // Rows are editions, printed to different precisions: each value keeps its own decimals.
        columns: spans.map((c) => columnOf(c, lang, 0)),
        rows: rows.map((e) => ({
          label: String(e), href: hrefs.edition(lang, index, e), anchor: null,
          cells: spans.map((c) => (c.first_edition <= e && e <= c.last_edition ? cellOf(lookup.rows(e, subject.entity.id, c.indicator), ctx) : null)),
        })),
      }],
    });
  }
  const unit = ds.codebook.find((c) => c.indicator === "total")?.unit ?? "percent";
  const withTotals = tables
    .map(({ subject }) => ({ subject, points: seriesOf(ds, subject.entity.id, "total", ctx, units63.includes(subject.entity.id) ? units63 : []) }))
    .filter((s) => s.points.some((p) => p.value !== null));
  const view = withTotals.length === 0 ? null : trendView(`${index}-trend`, t(lang, "profile.pressTrend", { index: title, span }), withTotals, ds, lang);
  const trend = view === null ? null : {
    ...view,
    summary: [...withTotals.map((s) => t(lang, "profile.pressPublished", {
      name: s.subject.label,
      list: listText(s.points.filter((p) => p.value !== null).map((p) => `${p.edition}: ${pointValueText(p, unit, lang)}`), lang),
    })), documentsSummary(view.render, withTotals.map((s) => s.subject.label), lang)].filter((x) => x !== "").join(" "),
  };
  return { index, title, overviewHref: hrefs.index(lang, index), tables, trend, empty };
}

