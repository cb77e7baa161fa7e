// A dataset's releases as its page lists them: note, changes by reason with the computed diff,
// downloads with size and sha256, citation files.
import { t, type UiKey } from "../../i18n/index.ts";
import type { FrozenRelease } from "../releases/check.ts";
import { keyText, type TableDiff } from "../releases/diff.ts";
import { CHANGES } from "../releases/downloads.ts";
import { diffReleases, groupByReason, type ReleaseDiff } from "../releases/release-diff.ts";
import type { DownloadRow, ReleaseView, TableChangeView } from "./data-types.ts";
import { hrefs } from "./hrefs.ts";
import { CITATIONS } from "./release-files.ts";
import type { Lang } from "./types.ts";

/** Changed cells and row keys a page lists per table; the rest are in changes.csv. */
const LISTED = 25;

const diffs = new WeakMap<FrozenRelease, ReleaseDiff>();
/** The diff from the previous release, computed once per build (both languages read it). */
export function diffFromPrevious(previous: FrozenRelease, release: FrozenRelease): ReleaseDiff {
  let d = diffs.get(release);
  if (!d) {
    d = diffReleases(previous, release);
    diffs.set(release, d);
  }
  return d;
}

export const releaseAnchor = (version: string) => `release-${version.replaceAll(".", "-")}`;

export function formatLabel(file: string, lang: Lang): string {
  const key: UiKey = file === CHANGES ? "data.format.changes" : file === "datapackage.json" ? "data.format.datapackage"
    : file.endsWith(".excel.csv") ? "data.format.excel" : file.endsWith(".json") ? "data.format.json" : "data.format.csv";
  return t(lang, key);
}

function tableChange(d: TableDiff): TableChangeView {
  const cells = d.changed.slice(0, LISTED).map((c) => ({ key: keyText(c.key), column: c.column, before: c.before, after: c.after }));
  const keyOfRow = (r: Record<string, string>) => keyText(Object.fromEntries(d.key.map((k) => [k, r[k] ?? ""])));
  return {
    file: d.file, added: d.added.length, removed: d.removed.length, changed: d.changed.length,
    columnsAdded: d.columnsAdded, columnsRemoved: d.columnsRemoved, cells,
    addedKeys: d.added.slice(0, LISTED).map(keyOfRow), removedKeys: d.removed.slice(0, LISTED).map(keyOfRow),
    more: Math.max(0, d.changed.length - LISTED) + Math.max(0, d.added.length - LISTED) + Math.max(0, d.removed.length - LISTED),
  };
}

export function releaseViews(list: readonly FrozenRelease[], lang: Lang): ReleaseView[] {
  return list.map((release, i): ReleaseView => {
    const m = release.manifest;
    const previous = list[i - 1] ?? null;
    const downloads: DownloadRow[] = m.downloads.map((d) => ({
      file: d.path, format: formatLabel(d.path, lang), href: hrefs.download(m.dataset, m.version, d.path), bytes: d.bytes, rows: d.rows, sha256: d.sha256,
    }));
    const diff = previous ? diffFromPrevious(previous, release) : null;
    return {
      version: m.version, date: m.date, anchor: releaseAnchor(m.version), latest: i === list.length - 1,
      // A one-change release's note is that change's text: the page says it once, under its reason.
      note: m.changes.some((c) => c.en === m.note.en && c.vi === m.note.vi) ? "" : lang === "vi" ? m.note.vi : m.note.en,
      downloads,
      citations: CITATIONS.map((file) => ({ label: file, href: hrefs.download(m.dataset, m.version, file) })),
      diff: diff && previous ? {
        from: previous.manifest.version,
        csvHref: hrefs.download(m.dataset, m.version, CHANGES),
        groups: groupByReason(m.changes, diff).map((g) => ({
          reason: g.reason, label: t(lang, `reason.${g.reason}`),
          texts: g.changes.map((c) => (lang === "vi" ? c.vi : c.en)),
          tables: g.tables.map(tableChange),
          other: [...g.descriptor.map((k) => `datapackage.json: ${k}`), ...g.documents.added, ...g.documents.removed, ...g.documents.changed],
          shownAbove: g.shownAbove,
        })),
      } : null,
    };
  }).reverse();
}
