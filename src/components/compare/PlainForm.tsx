// The form as the server renders it: plain selects in a GET form, usable before (or without) the
// island's JavaScript. It writes the same query the island reads (u repeated, i, e), so a submit
// before hydration still lands on the chosen comparison once the script runs.
import { COMPARE_MAX, COMPARE_MIN, type CompareView } from "../../lib/views/compare-data.ts";
import type { Say, Selection } from "./model.ts";

export interface PlainFormProps {
  view: CompareView;
  selection: Selection;
  profileEditions: readonly number[];
  say: Say;
}

export function PlainForm({ view, selection, profileEditions, say }: PlainFormProps) {
  const slots = Array.from({ length: COMPARE_MAX }, (_, i) => selection.units[i] ?? "");
  return (
    <form method="get" className="compare-form compare-plain" aria-labelledby="compare-form-title">
      <h2 id="compare-form-title">{say("compare.form.heading")}</h2>
      <fieldset className="compare-units">
        <legend>{say("compare.units.legend", { min: COMPARE_MIN, max: COMPARE_MAX })}</legend>
        <div className="compare-slots">
          {slots.map((slug, i) => (
            <div key={i} className="compare-field">
              <label htmlFor={`compare-u-${i + 1}`}>{say("compare.units.slot", { n: i + 1 })}</label>
              <select id={`compare-u-${i + 1}`} name="u" defaultValue={slug}>
                <option value="">{say("compare.units.none")}</option>
                {view.units.slug.map((s, row) => <option key={s} value={s}>{view.units.name[row]}</option>)}
              </select>
            </div>
          ))}
        </div>
      </fieldset>
      <div className="compare-controls">
        <div className="compare-field">
          <label htmlFor="compare-index">{say("compare.index.label")}</label>
          <select id="compare-index" name="i" defaultValue={selection.index}>
            {view.indices.map((x) => <option key={x.index} value={x.index}>{x.short}</option>)}
          </select>
        </div>
        {profileEditions.length > 0 && (
          <div className="compare-field">
            <label htmlFor="compare-edition">{say("compare.edition.label")}</label>
            <select id="compare-edition" name="e" defaultValue={String(selection.edition ?? profileEditions[profileEditions.length - 1])}>
              {[...profileEditions].reverse().map((e) => <option key={e} value={String(e)}>{e}</option>)}
            </select>
          </div>
        )}
        <button type="submit">{say("compare.submit")}</button>
      </div>
    </form>
  );
}
