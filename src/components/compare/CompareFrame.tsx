// ChartFrame (src/components/charts/ChartFrame.astro) for the island: the same figure, title,
// summary, source line and data table, in React so it re-renders with the selection.
import type { ReactNode } from "react";
import type { Say } from "./model.ts";

/** A table cell: text, a † for a value computed by us, or a spoken-only reason behind a dash. */
export interface TableCell {
  text: string;
  derived?: boolean;
  /** The cell shows a dash; this is what a screen reader hears instead. */
  absent?: string;
  /** A missing value's reason, shown in muted italics. */
  missing?: boolean;
  meta?: string;
}

export interface FrameTable {
  caption: string;
  columns: string[];
  rows: { header: string; cells: TableCell[] }[];
}

export interface CompareFrameProps {
  id: string;
  title: string;
  caption?: string;
  summary: string;
  children?: ReactNode;
  table: FrameTable | null;
  /** The source line: where each value's source is listed, and the dataset version. */
  source: ReactNode;
  say: Say;
}

function Cell({ cell, say }: { cell: TableCell; say: Say }) {
  if (cell.absent !== undefined) {
    return <td className="num"><span className="cmp-missing"><span aria-hidden="true">—</span><span className="visually-hidden">{cell.absent}</span></span></td>;
  }
  return (
    <td className="num">
      <span className={cell.missing ? "cmp-missing" : "cmp-value"}>
        {cell.text}
        {cell.derived && <span className="derived-mark"><span aria-hidden="true">†</span><span className="visually-hidden"> ({say("derived.hidden")})</span></span>}
      </span>
      {cell.meta && <span className="cell-meta">{cell.meta}</span>}
    </td>
  );
}

export function DataTable({ table, say }: { table: FrameTable; say: Say }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={table.caption}>
      <table className="data-table">
        <caption>{table.caption}</caption>
        <thead><tr>{table.columns.map((c, i) => <th key={i} scope="col">{c}</th>)}</tr></thead>
        <tbody>
          {table.rows.map((r) => (
            <tr key={r.header}><th scope="row">{r.header}</th>{r.cells.map((c, i) => <Cell key={i} cell={c} say={say} />)}</tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CompareFrame({ id, title, caption, summary, children, table, source, say }: CompareFrameProps) {
  const derived = table?.rows.some((r) => r.cells.some((c) => c.derived)) ?? false;
  const absent = table?.rows.some((r) => r.cells.some((c) => c.absent !== undefined)) ?? false;
  return (
    <figure className="chart-frame compare-frame" id={id} aria-labelledby={`${id}-title`}>
      {/* A <figcaption> must be the figure's first or last child (HTML): the title and caption. */}
      <figcaption>
        <h3 className="chart-title" id={`${id}-title`}>{title}</h3>
        {caption && <p className="chart-caption">{caption}</p>}
      </figcaption>
      {children && <div className="chart-body">{children}</div>}
      {summary && <p className="chart-summary">{summary}</p>}
      <div className="chart-source">{source}</div>
      {table && (
        <details className="chart-table">
          <summary>{say("compare.table.show")}</summary>
          <DataTable table={table} say={say} />
          {(derived || absent) && (
            <p className="legend">
              {derived && <><span className="derived-mark" aria-hidden="true">†</span> {say("derived.legend")}</>}
              {derived && absent && <br />}
              {absent && <><span aria-hidden="true">—</span> {say("cell.noRow")}</>}
            </p>
          )}
        </details>
      )}
    </figure>
  );
}
