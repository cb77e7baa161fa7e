// "Each CSV parsed once per build": the loader reads every data file once (each CSV read is
// parsed once, right after), and logs the reads when asked, as the build benchmark does.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { directoryReader, loggingReader } from "../../../src/lib/load/fs.ts";
import { loadData } from "../../../src/lib/load/index.ts";
import { loadSiteData } from "../../../src/lib/load/site-data.ts";
import { VALID_DATA } from "../../helpers/fixtures.ts";

const counts = (paths: readonly string[]) => paths.reduce((m, p) => m.set(p, (m.get(p) ?? 0) + 1), new Map<string, number>());

describe("reading the data once", () => {
  it("loadData() reads each CSV exactly once", () => {
    const log = join(mkdtempSync(join(tmpdir(), "minh-bach-reads-")), "reads.log");
    expect(loadData(loggingReader(directoryReader(VALID_DATA), log)).ok).toBe(true);
    const reads = readFileSync(log, "utf8").trim().split("\n");
    const csv = [...counts(reads)].filter(([p]) => p.endsWith(".csv"));
    expect(csv.length).toBeGreaterThanOrEqual(15);
    expect(csv.filter(([, n]) => n !== 1)).toEqual([]);
  });

  it("loadSiteData() logs its reads to the file it is given", () => {
    const log = join(mkdtempSync(join(tmpdir(), "minh-bach-reads-")), "reads.log");
    loadSiteData(VALID_DATA, { readLog: log });
    expect(readFileSync(log, "utf8")).toContain("papi/values.csv\n");
  });
});
