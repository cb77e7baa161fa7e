// State shared by the readers of the press files: the drafts so far, the source book, the ledger,
// and the maximum points printed per (points indicator, edition) for the codebooks.
import { Provinces } from "./provinces.ts";
import { SourceBook } from "./sources.ts";
import { Ledger, type Draft } from "./types.ts";

export interface PrintedMax {
  max: string;
  /** Where it was printed (page hosts), for the codebook note. */
  where: string[];
}

const TOPIC: Record<Draft["dataset"], string> = { "par-index": "PAR Index", sipas: "SIPAS", procedures: "procedure statistics" };

export class PressContext {
  readonly drafts: Draft[] = [];
  readonly ledger = new Ledger();
  readonly book = new SourceBook();
  /** points indicator → edition → maximum as printed */
  readonly maxima = new Map<string, Map<string, PrintedMax>>();
  readonly provinces: Provinces;
  readonly shared: string;

  constructor(shared: string) {
    this.shared = shared;
    this.provinces = new Provinces(shared);
  }

  /** Adds a value row; `entity` names its unit for the source's title. */
  push(d: Draft, entity: string, year = d.edition): void {
    this.drafts.push(d);
    this.book.use(d.src, `${TOPIC[d.dataset]}${year ? ` ${year}` : ""}`, entity);
  }

  recordMax(indicator: string, edition: string, max: string, origin: string, where: string): void {
    if (max === "") return;
    const byEdition = this.maxima.get(indicator) ?? new Map<string, PrintedMax>();
    const prev = byEdition.get(edition);
    if (prev && Number(prev.max) !== Number(max)) throw new Error(`${origin}: max ${max} for ${indicator} ${edition} differs from ${prev.max}`);
    const places = new Set([...(prev?.where ?? []), where]);
    byEdition.set(edition, { max: prev?.max ?? String(Number(max)), where: [...places].sort() });
    this.maxima.set(indicator, byEdition);
  }
}
