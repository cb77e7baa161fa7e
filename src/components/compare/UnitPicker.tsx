// The chosen provinces as chips with remove buttons, and a type-ahead to add one: the WAI-ARIA
// APG editable combobox with list autocomplete (the first match is highlighted, Enter takes it,
// arrows move, Escape closes the list and then clears the text).
import { useId, useRef, useState, type KeyboardEvent } from "react";
import { COMPARE_MAX, COMPARE_MIN } from "../../lib/views/compare-data.ts";
import { slotColour } from "../charts/chart-svg.tsx";
import { matchNames } from "./match.ts";
import type { Say } from "./model.ts";

export interface UnitPickerProps {
  names: readonly string[];
  folded: readonly string[];
  /** Rows of the chosen units, in order. */
  chosen: readonly number[];
  onAdd: (row: number) => void;
  onRemove: (row: number) => void;
  say: Say;
}

/** Shown options are capped: a short list is quicker to scan and to arrow through. */
const MAX_OPTIONS = 8;

export function UnitPicker({ names, folded, chosen, onAdd, onRemove, say }: UnitPickerProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const full = chosen.length >= COMPARE_MAX;
  const matches = full ? [] : matchNames(folded, query, new Set(chosen)).slice(0, MAX_OPTIONS);
  const expanded = open && matches.length > 0;
  const optionId = (i: number) => `${id}-opt-${i}`;

  const take = (row: number) => {
    onAdd(row);
    setQuery("");
    setOpen(false);
    setActive(0);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    switch (e.key) {
      case "ArrowDown":
        e.preventDefault();
        if (!expanded) { setOpen(true); setActive(0); } else setActive((active + 1) % matches.length);
        break;
      case "ArrowUp":
        e.preventDefault();
        if (!expanded) { setOpen(true); setActive(Math.max(0, matches.length - 1)); } else setActive((active - 1 + matches.length) % matches.length);
        break;
      case "Enter": {
        // Never submit the form from here: Enter picks the highlighted province.
        e.preventDefault();
        const row = expanded ? matches[active] : undefined;
        if (row !== undefined) take(row);
        break;
      }
      case "Escape":
        if (expanded) { e.preventDefault(); setOpen(false); } else if (query !== "") { e.preventDefault(); setQuery(""); }
        break;
    }
  };

  const hint = full ? say("compare.units.full", { max: COMPARE_MAX }) : say("compare.units.hint");
  const noMatch = !full && query.trim() !== "" && matches.length === 0;
  return (
    <fieldset className="compare-units">
      <legend>{say("compare.units.legend", { min: COMPARE_MIN, max: COMPARE_MAX })}</legend>
      {chosen.length > 0 && (
        <ul className="compare-chips" aria-label={say("compare.units.chosen")}>
          {chosen.map((row, slot) => (
            <li key={row} className="compare-chip">
              <span className="compare-swatch" aria-hidden="true" style={{ background: slotColour(slot) }} />
              <span>{names[row]}</span>
              <button type="button" className="compare-remove" onClick={() => { onRemove(row); input.current?.focus(); }}>
                <span aria-hidden="true">×</span>
                <span className="visually-hidden">{say("compare.units.remove", { name: names[row]! })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="compare-combo">
        <label htmlFor={`${id}-input`}>{say("compare.units.add")}</label>
        <input
          ref={input}
          id={`${id}-input`}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={`${id}-list`}
          aria-activedescendant={expanded ? optionId(active) : undefined}
          aria-describedby={`${id}-hint`}
          value={query}
          onChange={(e) => { setQuery(e.target.value); setOpen(true); setActive(0); }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => { if (query !== "") setOpen(true); }}
        />
        <ul id={`${id}-list`} role="listbox" aria-label={say("compare.units.options")} className="compare-options" hidden={!expanded}>
          {expanded && matches.map((row, i) => (
            <li
              key={row}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={i === active ? "active" : undefined}
              // Keep focus in the input: the click then adds without a blur closing the list first.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => take(row)}
            >
              {names[row]}
            </li>
          ))}
        </ul>
        <p id={`${id}-hint`} className="compare-hint">{hint}</p>
        <p className="compare-hint" role="status">{noMatch ? say("compare.units.noMatch", { query: query.trim() }) : ""}</p>
      </div>
    </fieldset>
  );
}
