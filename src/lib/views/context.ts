// Lookups shared by the view builders: names in the page language, source references.
import type { DatasetEntries } from "../load/content-loader.ts";
import type { Source } from "../schema/tables.ts";
import { hrefs } from "./hrefs.ts";
import type { EntityRef, Lang, SourceRef } from "./types.ts";

export type EntityKind = "unit" | "ministry" | "group" | "agency";

export interface ViewContext {
  lang: Lang;
  source(id: string): SourceRef;
  sourceKind(id: string): Source["kind"];
  entity(id: string): EntityRef & { kind: EntityKind };
}

/** A web address for a source: http(s) as recorded, repository files on GitHub, else none. */
export function sourceHref(url: string): string | null {
  if (/^https?:\/\//.test(url)) return url.split(/\s/)[0]!;
  const gh = /^github:([^/@\s]+)\/([^@:\s]+)(?:@([0-9a-f]{7,40}))?(?::(.+?))?(?:\s+[[(]|\s*$)/.exec(url.trim());
  if (!gh) return null;
  const [, owner, repo, commit, path] = gh;
  const base = `https://github.com/${owner}/${repo}`;
  if (!commit) return base;
  return path ? `${base}/blob/${commit}/${path.split("/").map(encodeURIComponent).join("/")}` : `${base}/tree/${commit}`;
}

export function toSourceRef(s: Source, lang: Lang): SourceRef {
  const method = lang === "vi" && s.method_vi !== "" ? s.method_vi : s.method;
  return { id: s.id, kind: s.kind, title: s.title, publisher: s.publisher, href: sourceHref(s.url), url: s.url, method };
}

export function viewContext(ref: DatasetEntries["reference"], lang: Lang): ViewContext {
  const sources = new Map(ref.sources.map((s) => [s.id, s] as const));
  const names = new Map<string, { name: string; kind: EntityKind; href: string | null }>();
  const pick = (x: { name_vi: string; name_en: string }) => (lang === "vi" ? x.name_vi : x.name_en);
  // Every province, ministry and agency has a page (or an entry on one); groups and averages do not.
  for (const u of ref.units) names.set(u.id, { name: pick(u), kind: "unit", href: hrefs.province(lang, u.slug) });
  for (const m of ref.ministries) names.set(m.id, { name: pick(m), kind: "ministry", href: hrefs.agencies(lang, m.id) });
  for (const g of ref.groups) names.set(g.id, { name: pick(g), kind: "group", href: null });
  for (const a of ref.agencies) {
    const province = ref.units.find((u) => u.id === a.province);
    names.set(a.id, { name: `${pick(a)} (${province ? pick(province) : a.province})`, kind: "agency", href: hrefs.agencies(lang, a.id) });
  }
  return {
    lang,
    source(id) {
      const s = sources.get(id);
      if (!s) throw new Error(`unknown source ${id}: the loader should have rejected this`);
      return toSourceRef(s, lang);
    },
    sourceKind: (id) => sources.get(id)?.kind ?? "news",
    entity(id) {
      const n = names.get(id);
      if (!n) throw new Error(`unknown entity ${id}: the loader should have rejected this`);
      return { id, name: n.name, href: n.href, kind: n.kind };
    },
  };
}
