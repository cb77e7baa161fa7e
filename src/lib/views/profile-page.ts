// A province's profile. A 63-frame unit shows its own history and says where it went on
// 1 July 2025; a 34-frame unit shows each predecessor's history as its own, labelled small
// multiple, and nothing is summed or averaged across the merger. A unit that continues
// unchanged shows its predecessor's history as its own past, labelled as such.
import { t } from "../../i18n/index.ts";
import { formatDate, formatNumber } from "../format/index.ts";
import type { DatasetEntries } from "../load/content-loader.ts";
import type { Unit } from "../schema/tables.ts";
import { viewContext } from "./context.ts";
import { directiveHrefs } from "./directives.ts";
import { papiSection } from "./profile-papi.ts";
import { pressSection } from "./profile-press.ts";
import { proceduresSection } from "./profile-procedures.ts";
import { frameUnits, indexLookup } from "./series.ts";
import { listText } from "./text.ts";
import type { ChartDocument, EditionIndexId, EntityRef, Lang, ProfileSubject, ProfileView, SourceRef } from "./types.ts";

const byCode = (a: Unit, b: Unit) => a.code.localeCompare(b.code);

export function buildProfilePage(entries: DatasetEntries, unitId: string, lang: Lang): ProfileView {
  const ref = entries.reference;
  const unit = ref.units.find((u) => u.id === unitId);
  if (!unit) throw new Error(`no unit ${unitId}`);
  const ctx = viewContext(ref, lang);
  const pick = (x: { name_vi: string; name_en: string }) => (lang === "vi" ? x.name_vi : x.name_en);
  const name = pick(unit);
  const fullName = pick({ name_vi: unit.full_name_vi, name_en: unit.full_name_en });
  const self: ProfileSubject = { entity: ctx.entity(unit.id), label: name, role: "self" };
  const units63 = frameUnits(entries, "63");

  let successor: ProfileView["successor"] = null;
  let predecessors: ProfileView["predecessors"] = null;
  let subjects: ProfileSubject[] = [self];
  let mergerNote = "";

  if (unit.frame === "63") {
    const line = ref.lineage.find((l) => l.predecessor === unit.id);
    if (line) {
      const next = ctx.entity(line.successor);
      const partners = ref.lineage.filter((l) => l.successor === line.successor && l.predecessor !== unit.id).map((l) => ctx.entity(l.predecessor));
      const date = formatDate(line.date, lang);
      const args = { name, successor: next.name, date, basis: line.legal_basis };
      successor = {
        entity: next, kind: line.kind, date: line.date, legalBasis: line.legal_basis, partners, source: ctx.source(line.source),
        text: line.kind === "unchanged"
          ? t(lang, "profile.continuesAs", args)
          : partners.length === 0
            ? t(lang, "profile.mergedIntoAlone", args)
            : t(lang, "profile.mergedInto", { ...args, partners: listText(partners.map((p) => t(lang, "profile.formerLabel", { name: p.name, date })), lang) }),
      };
      mergerNote = t(lang, "profile.formerNote", { name, date: formatDate(unit.valid_to ?? line.date, lang) });
    }
  } else {
    const lines = ref.lineage.filter((l) => l.successor === unit.id);
    const former = lines.map((l) => ({ l, u: ref.units.find((u) => u.id === l.predecessor)! })).sort((a, b) => byCode(a.u, b.u));
    if (former.length > 0) {
      const first = former[0]!.l;
      const unchanged = former.length === 1 && first.kind === "unchanged";
      const date = formatDate(first.date, lang);
      const label = (u: Unit) => t(lang, "profile.formerLabel", { name: pick(u), date });
      predecessors = {
        entities: former.map(({ l, u }) => ({ ...ctx.entity(u.id), kind: l.kind, label: label(u) })),
        date: first.date, legalBasis: first.legal_basis, source: ctx.source(first.source),
        text: unchanged
          ? t(lang, "profile.unchangedFrom", { name, predecessor: label(former[0]!.u), date, basis: first.legal_basis })
          : t(lang, "profile.formedFrom", { name, n: formatNumber(former.length, lang), list: listText(former.map(({ u }) => pick(u)), lang), date, basis: first.legal_basis }),
      };
      const past: ProfileSubject[] = former.map(({ u }) => ({ entity: ctx.entity(u.id), label: label(u), role: unchanged ? "own-past" : "predecessor" }));
      subjects = [self, ...past];
      mergerNote = unchanged ? t(lang, "profile.ownPastNote", { name, date }) : t(lang, "profile.mergerNote", { date });
    }
  }

  // Each subject's documents go on its own trend panels: a predecessor's on the predecessor's.
  subjects = subjects.map((s) => ({ ...s, documents: chartDocuments(entries, s.entity.id, lang) }));

  // A 34-frame unit has no index values of its own before 2025: its own subject shows only where data exist.
  const subjectsFor = (index: EditionIndexId) =>
    subjects.filter((s) => s.role !== "self" || unit.frame === "63" || indexLookup(entries[index]).ofUnit(s.entity.id).length > 0);
  const papi = papiSection(entries, subjectsFor("papi"), units63, ctx, lang, name);
  const press = (["par-index", "sipas"] as const).map((index) => pressSection(entries, index, subjectsFor(index), units63, ctx, lang));
  const procedures = proceduresSection(entries, subjects, ctx, lang);
  const agencyIds = new Set(subjects.map((s) => s.entity.id));
  const agencies: EntityRef[] = ref.agencies.filter((a) => agencyIds.has(a.province)).map((a) => ctx.entity(a.id));

  return {
    unit: {
      id: unit.id, slug: unit.slug, name,
      heading: unit.frame === "63" ? t(lang, "profile.heading63", { name: fullName, date: formatDate(unit.valid_to ?? "", lang) }) : fullName,
      fullName, frame: unit.frame, code: unit.code,
      validFrom: unit.valid_from, validTo: unit.valid_to ?? "",
    },
    successor, predecessors, subjects, mergerNote, papi, press, procedures, agencies,
    sources: pageSources([
      ...(successor ? [successor.source] : []), ...(predecessors ? [predecessors.source] : []),
      ...(papi.trend?.sources ?? []), ...(papi.dimensions?.sources ?? []),
      ...[...papi.tables, ...press.flatMap((p) => p.tables)].flatMap((x) => x.tables.flatMap((table) => table.rows.flatMap((r) => r.cells.flatMap((c) => (c ? [c.source, ...c.otherSources.map((o) => o.source)] : []))))),
      ...procedures.panels.flatMap((p) => p.table.rows.flatMap((r) => [r.cell.source, ...r.cell.otherSources.map((o) => o.source)])),
    ]),
  };
}

/** The documents scoped to one unit, as a trend chart marks and lists them. */
function chartDocuments(entries: DatasetEntries, unitId: string, lang: Lang): ChartDocument[] {
  return entries.directives.documents.filter((d) => d.scope === unitId).map((d) => ({
    id: d.id, number: d.number, name: `${t(lang, `directives.type.${d.doc_type}`)} ${d.number}`,
    date: d.date_issued, dateText: d.date_issued === null ? t(lang, "directives.unknown") : formatDate(d.date_issued, lang),
    href: directiveHrefs.document(lang, d.id),
  }));
}

/** Every source the page cites, each once, in order of first citation (the footnote numbers). */
function pageSources(cited: readonly SourceRef[]): SourceRef[] {
  const seen = new Map<string, SourceRef>();
  for (const s of cited) if (!seen.has(s.id)) seen.set(s.id, s);
  return [...seen.values()];
}
