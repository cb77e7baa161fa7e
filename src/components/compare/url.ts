// The selection in the address: ?u=ha-noi-63,da-nang-63&i=papi&e=2019. A link reproduces the
// view. Also reads what the plain no-JavaScript form submits (u=a&u=b&u=, repeated keys).
import { COMPARE_MAX } from "../../lib/views/compare-data.ts";
import { EDITION_INDEX_IDS, type EditionIndexId } from "../../lib/views/types.ts";
import type { Selection } from "./model.ts";

const isIndex = (s: string | null): s is EditionIndexId => s !== null && (EDITION_INDEX_IDS as readonly string[]).includes(s);

/**
 * The selection a query string asks for. Unknown slugs and duplicates are dropped, at most
 * COMPARE_MAX kept; with no known unit at all the default units apply, so a stale link still
 * shows a comparison.
 */
export function parseSelection(search: string, known: ReadonlySet<string>, defaults: Selection): Selection {
  const q = new URLSearchParams(search);
  const asked = q.getAll("u").flatMap((v) => v.split(",")).map((s) => s.trim()).filter((s) => known.has(s));
  const units = [...new Set(asked)].slice(0, COMPARE_MAX);
  const i = q.get("i");
  const e = Number(q.get("e"));
  return {
    units: units.length > 0 ? units : [...defaults.units],
    index: isIndex(i) ? i : defaults.index,
    edition: Number.isInteger(e) && e > 0 ? e : null,
  };
}

/** The query string for a selection; the profile edition only when one was picked. */
export function selectionQuery(s: Selection): string {
  // Slugs are [a-z0-9-]: the commas stay readable rather than %2C.
  const parts = [`u=${s.units.map(encodeURIComponent).join(",")}`, `i=${encodeURIComponent(s.index)}`];
  if (s.edition !== null) parts.push(`e=${s.edition}`);
  return `?${parts.join("&")}`;
}
