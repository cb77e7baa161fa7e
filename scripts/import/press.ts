// PAR Index, SIPAS and procedure statistics read in the press and the seed articles (see
// ./press/run.ts for the steps and the shared sources README §1, §5–§7 for the inputs).
import type { Row, SourceRegistry } from "./lib.ts";
import { runPress } from "./press/run.ts";

export function importPress(ctx: { shared: string; sources: SourceRegistry }): {
  ministries: Row[]; groups: Row[]; agencies: Row[];
  datasets: Record<"par-index" | "sipas" | "procedures", { codebook: Row[]; values: Row[] }>;
} {
  return runPress(ctx).result;
}
