// The fixture datasets (tests/fixtures/data) as the builders receive them, with some files
// replaced by synthetic CSV text written in the test.
import { datasetEntries, type DatasetEntries } from "../../../src/lib/load/content-loader.ts";
import { loadData } from "../../../src/lib/load/index.ts";
import { overlayReader, utf8 } from "../../helpers/fixtures.ts";

export const VALUES_HEADER = "edition,unit,indicator,value,status,rank,rank_of,rank_text,source,note";

export function fixtureEntries(replace: Record<string, string> = {}): DatasetEntries {
  const r = loadData(overlayReader(Object.fromEntries(Object.entries(replace).map(([k, v]) => [k, utf8(v)]))));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return datasetEntries(r.data);
}

/** CSV text of value rows: `edition,unit,indicator,value,status,rank,rank_of,rank_text,source,note`. */
export const valuesCsv = (...rows: string[]) => `${VALUES_HEADER}\n${rows.join("\n")}\n`;
