// The press import end to end: read the nine input files, merge rows that repeat one page's
// figure, register the sources, and build the value tables, codebooks and entity tables.
import type { SourceRegistry } from "../lib.ts";
import { readAdminStats } from "./admin.ts";
import { buildCodebook } from "./codebook.ts";
import { PAR_SPECS } from "./codebook-par.ts";
import { procedureSpecs } from "./codebook-procedures.ts";
import { SIPAS_SPECS } from "./codebook-sipas.ts";
import { PressContext } from "./context.ts";
import { tables, type PressTables } from "./tables.ts";
import { readLines } from "./input.ts";
import { mergeDrafts } from "./merge.ts";
import { OVERRIDES } from "./overrides.ts";
import { readNoteFigures } from "./note-figures.ts";
import { readParMinistries, readParProvinces, readParPublished } from "./par.ts";
import { read766, readRates } from "./procedures.ts";
import { readSeedFigures } from "./seeds.ts";
import { readSipasProvinces, readSipasPublished } from "./sipas.ts";
import { registerSeeds } from "./sources.ts";
import type { Draft, Ledger } from "./types.ts";

export const INPUT_FILES = [
  "par_index_published_figures.csv", "par_index_provinces_press.csv", "par_index_ministries_press.csv",
  "sipas_published_figures.csv", "sipas_provinces_press.csv", "index766_provinces_press.csv",
  "procedure_rates_press.csv", "admin_procedure_stats.csv", "seed_figures.csv",
] as const;

const QD766_FRAME_PAGE = "https://sonoivu.namdinh.gov.vn/cai-cach-hanh-chinh/thu-tuong-chinh-phu-phe-duyet-bo-chi-so-chi-dao-dieu-hanh-va-danh-gia-chat-luong-phuc-vu-nguoi-dan-doanh-nghiep-trong-2373";

export interface PressRun {
  result: PressTables;
  ledger: Ledger;
  rows: Draft[];
  /** Input rows (file:line) with no ledger entry: must be none. */
  unaccounted: string[];
}

export function runPress(ctx: { shared: string; sources: SourceRegistry }): PressRun {
  const pc = new PressContext(ctx.shared);
  registerSeeds(ctx.sources);
  readParPublished(pc);
  readParProvinces(pc);
  readParMinistries(pc);
  readSipasPublished(pc);
  readSipasProvinces(pc);
  readRates(pc, read766(pc));
  readAdminStats(pc);
  readSeedFigures(pc);
  readNoteFigures(pc);

  const rows = mergeDrafts(pc.drafts, pc.ledger);
  const ids = pc.book.register(ctx.sources);
  const frameSource = ids.get(QD766_FRAME_PAGE);
  if (!frameSource) throw new Error("the QĐ 766 frame page was not registered");

  const specs = { "par-index": PAR_SPECS, sipas: SIPAS_SPECS, procedures: procedureSpecs(frameSource) };
  for (const [ind, byYear] of pc.maxima) {
    const spec = specs.procedures.find((s) => s.indicator === ind);
    if (!spec) continue;
    for (const [y, m] of byYear) if (m.max !== spec.max) throw new Error(`${ind} ${y}: printed max ${m.max}, codebook ${spec.max}`);
  }
  const result = tables(rows, ids, (dataset, used) => buildCodebook(specs[dataset], used, pc.maxima));

  const seen = new Set(pc.ledger.entries.map((e) => e.origin));
  const unaccounted = INPUT_FILES.flatMap((f) => readLines(ctx.shared, f).map((l) => l.origin)).filter((o) => !seen.has(o));
  // An override naming a row that no longer exists would silently stop applying.
  const stale = Object.keys(OVERRIDES).filter((o) => !seen.has(o));
  if (stale.length) throw new Error(`overrides for rows not read: ${stale.join(", ")}`);
  return { result, ledger: pc.ledger, rows, unaccounted };
}

