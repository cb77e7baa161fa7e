// The Compare page's island. The server renders the default comparison with a plain GET form;
// once hydrated it reads the selection from the address, swaps in the type-ahead, and keeps the
// address in step (history.replaceState), so a link reproduces the view.
import { useEffect, useMemo, useState } from "react";
import { COMPARE_MIN, type CompareView } from "../../lib/views/compare-data.ts";
import type { EditionIndexId } from "../../lib/views/types.ts";
import { CompareFigures } from "./CompareFigures.tsx";
import { decodeIndex, listOf, profileEditions, sayer, unitIndex, type IndexData, type Selection } from "./model.ts";
import { PlainForm } from "./PlainForm.tsx";
import { parseSelection, selectionQuery } from "./url.ts";
import { UnitPicker } from "./UnitPicker.tsx";

export interface CompareIslandProps {
  view: CompareView;
}

export default function CompareIsland({ view }: CompareIslandProps) {
  const say = useMemo(() => sayer(view.strings), [view.strings]);
  const rows = useMemo(() => unitIndex(view), [view]);
  const defaults: Selection = { units: view.defaults.units, index: view.defaults.index, edition: null };
  const [hydrated, setHydrated] = useState(false);
  const [sel, setSel] = useState<Selection>(defaults);
  const [announce, setAnnounce] = useState("");

  useEffect(() => {
    setSel(parseSelection(window.location.search, new Set(rows.keys()), defaults));
    setHydrated(true);
    // Runs once: the address is read on load only; afterwards the island writes it.
  }, []);

  const cache = useMemo(() => new Map<EditionIndexId, IndexData>(), [view]);
  const data = useMemo(() => {
    let d = cache.get(sel.index);
    if (!d) {
      d = decodeIndex(view.indices.find((x) => x.index === sel.index)!, view.units.slug.length);
      cache.set(sel.index, d);
    }
    return d;
  }, [cache, sel.index, view]);
  const editions = useMemo(() => profileEditions(data), [data]);
  const profileEdition = sel.edition !== null && editions.includes(sel.edition) ? sel.edition : (editions[editions.length - 1] ?? null);

  const update = (next: Selection, message: string) => {
    setSel(next);
    setAnnounce(message);
    window.history.replaceState(window.history.state, "", selectionQuery(next));
  };
  const chosenRows = sel.units.flatMap((s) => {
    const row = rows.get(s);
    return row === undefined ? [] : [row];
  });
  const chosen = chosenRows.map((row) => ({ row, name: view.units.name[row]! }));
  const current = (units: readonly string[]) => listOf(units.map((s) => view.units.name[rows.get(s)!]!), say("compare.and"));

  const add = (row: number) => {
    const units = [...sel.units, view.units.slug[row]!];
    update({ ...sel, units }, say("compare.announce.added", { name: view.units.name[row]!, list: current(units) }));
  };
  const remove = (row: number) => {
    const units = sel.units.filter((s) => s !== view.units.slug[row]);
    update({ ...sel, units }, say("compare.announce.removed", { name: view.units.name[row]!, list: current(units) }));
  };
  const indexTitle = (i: EditionIndexId) => view.indices.find((x) => x.index === i)!.short;

  return (
    <div className="compare">
      {hydrated ? (
        <form className="compare-form" aria-labelledby="compare-form-title" onSubmit={(e) => e.preventDefault()}>
          <h2 id="compare-form-title">{say("compare.form.heading")}</h2>
          <UnitPicker names={view.units.name} folded={view.units.folded} chosen={chosenRows} onAdd={add} onRemove={remove} say={say} />
          <div className="compare-controls">
            <div className="compare-field">
              <label htmlFor="compare-index">{say("compare.index.label")}</label>
              <select id="compare-index" value={sel.index} onChange={(e) => {
                const index = e.target.value as EditionIndexId;
                update({ ...sel, index, edition: null }, say("compare.announce.index", { index: indexTitle(index) }));
              }}>
                {view.indices.map((x) => <option key={x.index} value={x.index}>{x.short}</option>)}
              </select>
            </div>
            {editions.length > 0 && (
              <div className="compare-field">
                <label htmlFor="compare-edition">{say("compare.edition.label")}</label>
                <select id="compare-edition" value={String(profileEdition)} onChange={(e) => {
                  const edition = Number(e.target.value);
                  update({ ...sel, edition }, say("compare.announce.edition", { edition }));
                }}>
                  {[...editions].reverse().map((e) => <option key={e} value={String(e)}>{e}</option>)}
                </select>
              </div>
            )}
          </div>
          <p className="visually-hidden" role="status">{announce}</p>
        </form>
      ) : (
        <PlainForm view={view} selection={sel} profileEditions={editions} say={say} />
      )}
      <h2 id="compare-result-title">{say("compare.result.heading")}</h2>
      {chosen.length < COMPARE_MIN && <p className="notice">{say("compare.units.tooFew", { min: COMPARE_MIN })}</p>}
      <CompareFigures
        data={data} chosen={chosen} names={view.units.name} slugs={view.units.slug}
        profileEdition={profileEdition} lang={view.lang} say={say}
      />
    </div>
  );
}
