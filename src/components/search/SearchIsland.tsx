// The search box: an editable combobox whose results are a listbox (arrows move, Enter opens,
// Escape clears). The engine and the index are loaded the first time the box is used (focus or
// typing) or when the address carries ?q=; the query is kept in the address for sharing.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import type { RecordKind } from "../../lib/search/documents.ts";
import type { SearchResult } from "../../lib/search/engine.ts";
import { splitByRanges, type Range } from "../../lib/search/fold-tokens.ts";

export interface SearchStrings {
  label: string;
  hint: string;
  loading: string;
  error: string;
  /** With {query}. */
  none: string;
  /** With {count} and {query}. */
  count: string;
  results: string;
  kind: Record<RecordKind, string>;
}

export interface SearchIslandProps {
  /** The folder of the index files (meta.json, s0.json …). */
  indexUrl: string;
  /** The search page: where the plain form goes before the island hydrates. */
  action: string;
  strings: SearchStrings;
  /** Only these kinds of records (all when absent). */
  kinds?: RecordKind[];
}

type Run = (query: string) => Promise<SearchResult[]>;
type Status = "idle" | "loading" | "ready" | "error";

const fill = (s: string, vars: Record<string, string | number>) => s.replace(/\{(\w+)\}/g, (w, k: string) => String(vars[k] ?? w));
const LIMIT = 12;

function Marked({ text, ranges }: { text: string; ranges: readonly Range[] }) {
  return <>{splitByRanges(text, ranges).map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>;
}

export default function SearchIsland({ indexUrl, action, strings, kinds }: SearchIslandProps) {
  const id = useId();
  const loader = useRef<Promise<Run> | null>(null);
  const [run, setRun] = useState<Run | null>(null);
  const [status, setStatus] = useState<Status>("idle");
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(-1);

  // The shown results and the query they answer (the previous answer stays up until the next arrives).
  const [answer, setAnswer] = useState<{ query: string; results: SearchResult[] }>({ query: "", results: [] });
  const results = answer.results;
  // Answers arrive out of order when a later query needs fewer files: only the newest is shown.
  const latest = useRef("");

  const ensure = () => {
    if (loader.current) return;
    setStatus("loading");
    const fetchFile = async (name: string) => {
      const url = `${indexUrl}${name}.json`;
      const r = await fetch(url);
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
      return r.json() as Promise<unknown>;
    };
    loader.current = import("../../lib/search/engine.ts").then(async (engine) => {
      const ix = await engine.openSearchIndex(fetchFile);
      return (q: string) => engine.search(ix, q, kinds ? { limit: LIMIT, kinds } : { limit: LIMIT });
    });
    loader.current.then((r) => { setRun(() => r); setStatus("ready"); }, () => setStatus("error"));
  };

  useEffect(() => {
    const q = new URLSearchParams(window.location.search).get("q") ?? "";
    if (q.trim() !== "") {
      setQuery(q);
      ensure();
    }
    // Runs once: afterwards the box writes the address.
  }, []);

  useEffect(() => {
    latest.current = query;
    if (!run || query.trim() === "") {
      setAnswer({ query, results: [] });
      return;
    }
    run(query).then(
      (r) => { if (latest.current === query) setAnswer({ query, results: r }); },
      () => { if (latest.current === query) setStatus("error"); },
    );
  }, [run, query]);

  const expanded = results.length > 0;
  const optionId = (i: number) => `${id}-opt-${i}`;

  const change = (q: string) => {
    setQuery(q);
    setActive(-1);
    ensure();
    const url = new URL(window.location.href);
    if (q.trim() === "") url.searchParams.delete("q");
    else url.searchParams.set("q", q);
    window.history.replaceState(window.history.state, "", url.pathname + url.search + url.hash);
  };
  const open = (r: SearchResult | undefined) => {
    if (r) window.location.assign(r.record.href);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const n = results.length;
    switch (e.key) {
      case "ArrowDown":
        if (n > 0) { e.preventDefault(); setActive((active + 1) % n); }
        break;
      case "ArrowUp":
        if (n > 0) { e.preventDefault(); setActive(active <= 0 ? n - 1 : active - 1); }
        break;
      case "Home":
      case "End":
        if (n > 0 && active >= 0) { e.preventDefault(); setActive(e.key === "Home" ? 0 : n - 1); }
        break;
      case "Enter":
        // Enter opens the chosen result, or the first one: the results are already on screen.
        e.preventDefault();
        open(results[active >= 0 ? active : 0]);
        break;
      case "Escape":
        if (query !== "") { e.preventDefault(); change(""); }
        break;
    }
  };

  const trimmed = query.trim();
  const message = status === "loading" && trimmed !== "" ? strings.loading
    : status === "error" ? strings.error
    : status === "ready" && trimmed !== "" && answer.query === query ? (results.length === 0 ? fill(strings.none, { query: trimmed }) : fill(strings.count, { count: results.length, query: trimmed }))
    : "";

  return (
    <form className="search-box" role="search" action={action} method="get" onSubmit={(e) => e.preventDefault()}>
      <label htmlFor={`${id}-input`}>{strings.label}</label>
      <div className="search-row">
        <input
          id={`${id}-input`}
          name="q"
          type="search"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={`${id}-list`}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-describedby={`${id}-hint`}
          value={query}
          onFocus={ensure}
          onChange={(e) => change(e.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <p id={`${id}-hint`} className="search-hint">{strings.hint}</p>
      <p className="search-status" role="status">{message}</p>
      <ul id={`${id}-list`} role="listbox" aria-label={strings.results} className="search-results" hidden={!expanded}>
        {results.map((r, i) => (
          <li
            key={r.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={i === active ? "active" : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => open(r)}
            data-href={r.record.href}
          >
            <span className="search-kind">{strings.kind[r.record.kind]}</span>{" "}
            <span className="search-title"><Marked text={r.record.title} ranges={r.highlight.title} /></span>
            {r.record.subtitle !== "" && <span className="search-subtitle" lang={r.record.kind === "document" ? "vi" : undefined}><Marked text={r.record.subtitle} ranges={r.highlight.subtitle} /></span>}
            {r.record.note !== "" && <span className="search-note">{r.record.note}</span>}
          </li>
        ))}
      </ul>
    </form>
  );
}
