import type { DatasetEntries } from "../load/content-loader.ts";
import { rank } from "../metrics/rank.ts";
import { viewContext } from "./context.ts";
import { cellOf, editionsOf } from "./index-page.ts";
import { fullYearEditions } from "./procedures-page.ts";
import { INDEX_IDS, type HomeView, type Lang, type RankedEntry } from "./types.ts";

const PODIUM = 5;

export function buildHome(entries: DatasetEntries, lang: Lang): HomeView {
  const ctx = viewContext(entries.reference, lang);
  const papi = entries.papi;
  const edition = editionsOf(papi.values.filter((v) => v.indicator === "total"))[0];
  const totals = papi.values.filter((v) => v.indicator === "total" && v.edition === edition && v.unit.startsWith("vn63-"));
  const ranked = rank(totals, (v) => v.value)
    .filter((r) => r.rank !== null)
    .sort((a, b) => a.rank! - b.rank! || a.item.unit.localeCompare(b.item.unit));
  const entry = (r: (typeof ranked)[number]): RankedEntry => ({ entity: ctx.entity(r.item.unit), cell: cellOf([r.item], ctx)!, rank: r.rank!, rankOf: r.of });
  const cb = papi.codebook.find((c) => c.indicator === "total" && edition !== undefined && c.first_edition <= edition && edition <= c.last_edition);
  const derivedSource = totals.find((v) => v.status === "derived")?.source;

  const values = INDEX_IDS.reduce((n, id) => n + entries[id].values.length, 0);
  return {
    papi: {
      edition: edition === undefined ? "" : String(edition),
      scaleMax: cb?.max ?? 0,
      derived: derivedSource !== undefined,
      method: derivedSource ? ctx.source(derivedSource).method : "",
      top: ranked.slice(0, PODIUM).map(entry),
      bottom: ranked.slice(-PODIUM).reverse().map(entry),
    },
    counts: {
      datasets: INDEX_IDS.length,
      values,
      sources: entries.reference.sources.length,
      units63: entries.reference.units.filter((u) => u.frame === "63").length,
      units34: entries.reference.units.filter((u) => u.frame === "34").length,
    },
    indexes: INDEX_IDS.map((id) => {
      const pkg = entries[id].package;
      const latest = id === "procedures" ? fullYearEditions(entries.procedures.values)[0] ?? "" : String(editionsOf(entries[id].values)[0] ?? "");
      return {
        index: id,
        title: lang === "vi" && typeof pkg["x-title-vi"] === "string" ? pkg["x-title-vi"] : pkg.title,
        description: lang === "vi" && typeof pkg["x-description-vi"] === "string" ? pkg["x-description-vi"] : pkg.description,
        latestEdition: latest,
      };
    }),
  };
}
