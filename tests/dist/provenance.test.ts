// "Every figure on the site traces to a source row": over the built pages, every value shown in
// a table cell carries a source reference, and that reference points at a source listed on the
// same page.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { htmlPages } from "../helpers/dist.ts";

const distDir = fileURLToPath(new URL("../../dist/", import.meta.url));
const pages = htmlPages(distDir).filter((p) => /^(vi|en)\/((papi|par-index|sipas|procedures)\/)?index\.html$/.test(p.file));
const cells = (html: string) => [...html.matchAll(/<td\b[^>]*>([\s\S]*?)<\/td>/g)].map((m) => m[1]!);

describe("provenance in dist/", () => {
  it("finds the four index pages and the home page in both languages", () => {
    expect(pages.map((p) => p.path).sort()).toEqual(["/en/", "/en/papi/", "/en/par-index/", "/en/procedures/", "/en/sipas/", "/vi/", "/vi/papi/", "/vi/par-index/", "/vi/procedures/", "/vi/sipas/"]);
  });

  it.each(pages.map((p) => [p.path, p.file] as const))("%s: every value or stated reason for a missing value links to a source listed on the page", (_path, file) => {
    const html = readFileSync(join(distDir, file), "utf8");
    const listed = new Set([...html.matchAll(/\bid="(source-[^"]+)"/g)].map((m) => m[1]));
    // A value, or the stated reason it is missing; only a cell with no dataset row has no source.
    const valueCells = cells(html).filter((c) => /class="cell-(value|missing)"/.test(c) && !c.includes("cell-absent"));
    expect(valueCells.length).toBeGreaterThan(0);
    const problems = valueCells.flatMap((c) => {
      // The cell's own reference, not one of the other sources listed in its <details>.
      const own = c.split("<details")[0]!;
      const ref = /href="#(source-[^"]+)"/.exec(own)?.[1];
      if (ref === undefined) return [`no source: ${c.slice(0, 160)}`];
      return listed.has(ref) ? [] : [`${ref} is not listed on the page`];
    });
    expect(problems).toEqual([]);
  });
});
