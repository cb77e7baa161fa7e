// Editions along the x axis, with a methodology break drawn as a break: each run of editions in
// one comparability group is a panel, and panels are separated by a gap.

export interface EditionSlot {
  edition: string;
  /** Comparability group (e.g. "papi-2011", "papi-2018"): values of different groups never share a line. */
  group: string;
}

export interface Panel {
  group: string;
  editions: string[];
  x0: number;
  x1: number;
}

export interface EditionTick {
  edition: string;
  position: number;
  /** Whether the tick gets a printed label; thinned so labels never overlap. */
  labelled: boolean;
}

export interface EditionPlacement {
  x: ReadonlyMap<string, number>;
  panels: Panel[];
  /** Distance between neighbouring editions inside a panel. */
  step: number;
}

/** Runs of consecutive editions in the same group, in input order. */
export function panelsOf(editions: readonly EditionSlot[]): { group: string; editions: string[] }[] {
  const runs: { group: string; editions: string[] }[] = [];
  for (const e of editions) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.group === e.group) last.editions.push(e.edition);
    else runs.push({ group: e.group, editions: [e.edition] });
  }
  return runs;
}

/**
 * Places editions in [x0, x1]: equal steps everywhere, each edition in the middle of its step
 * (d3.scalePoint with padding 0.5, per panel), and `gap` extra between panels.
 */
export function placeEditions(editions: readonly EditionSlot[], x0: number, x1: number, gap: number): EditionPlacement {
  const runs = panelsOf(editions);
  const step = editions.length === 0 ? 0 : Math.max(0, x1 - x0 - gap * (runs.length - 1)) / editions.length;
  const x = new Map<string, number>();
  const panels: Panel[] = [];
  let left = x0;
  for (const run of runs) {
    run.editions.forEach((edition, i) => x.set(edition, left + (i + 0.5) * step));
    const right = left + run.editions.length * step;
    panels.push({ group: run.group, editions: run.editions, x0: left, x1: right });
    left = right + gap;
  }
  return { x, panels, step };
}

/**
 * Ticks for every edition; within each panel a label every k-th edition counted back from the
 * latest (always labelled), with k the smallest step that leaves `labelWidth + minGap` between labels.
 */
export function editionTicks(placement: EditionPlacement, labelWidth: number, minGap = 4): EditionTick[] {
  const need = labelWidth + minGap;
  const k = placement.step <= 0 ? 1 : Math.max(1, Math.ceil(need / placement.step - 1e-9));
  const ticks = placement.panels.flatMap((p) =>
    p.editions.map((edition, i) => ({
      edition,
      position: placement.x.get(edition)!,
      labelled: (p.editions.length - 1 - i) % k === 0,
    })),
  );
  // Across a panel gap two labels can still meet: keep the later one.
  let next = Infinity;
  for (let i = ticks.length - 1; i >= 0; i--) {
    const t = ticks[i]!;
    if (!t.labelled) continue;
    if (next - t.position < need) t.labelled = false;
    else next = t.position;
  }
  return ticks;
}

/** "2011–2014, 2016": consecutive editions of `all` joined into ranges, in the order of `all`. */
export function editionRanges(subset: readonly string[], all: readonly string[]): string {
  const wanted = new Set(subset);
  const parts: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length === 1) parts.push(run[0]!);
    else if (run.length === 2) parts.push(`${run[0]}, ${run[1]}`);
    else if (run.length > 2) parts.push(`${run[0]}–${run[run.length - 1]}`);
    run = [];
  };
  for (const e of all) {
    if (wanted.has(e)) run.push(e);
    else flush();
  }
  flush();
  return parts.join(", ");
}
