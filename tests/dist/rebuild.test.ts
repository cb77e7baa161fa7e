// Tests that build the site again (each ~15 s, so one file, run in order):
// - determinism: a second build of the same commit into another outDir is byte-identical to dist/;
// - escaping: data that is markup (tests/fixtures/escaping, added to a copy of data/) reaches
//   the pages as text, never as elements.
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { buildSite, ROOT } from "../../scripts/lib/build-site.ts";
import { describeDiff, diffTrees, hashTree } from "../../scripts/lib/tree-hash.ts";
import { copyWorkingData } from "../../scripts/lib/working-data.ts";
import { cspProblems } from "../helpers/csp.ts";
import { decodeEntities, htmlPages, listFiles, readText, stripNonMarkup } from "../helpers/dist.ts";
import { expectNoProblems } from "../helpers/problems.ts";

const distDir = fileURLToPath(new URL("../../dist/", import.meta.url));
const fixtureDir = fileURLToPath(new URL("../fixtures/escaping/", import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "minh-bach-rebuild-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const BUILD_TIMEOUT = 240_000;

describe("a second build of the same commit", () => {
  it("is byte-identical to dist/", { timeout: BUILD_TIMEOUT }, async () => {
    expect(existsSync(distDir), "dist/ is missing: run `astro build` first").toBe(true);
    const out = join(tmp, "again");
    const r = await buildSite({ outDir: out });
    expect(r.ok, r.log.slice(-3000)).toBe(true);
    const diff = diffTrees(hashTree(distDir), hashTree(out));
    expectNoProblems(describeDiff(diff, "dist", "the second build"));
  });
});

/** A copy of data/ with the fixture's rows appended and its other files added. */
function dataWithFixture(): string {
  const dir = join(tmp, "data");
  // The fixture's rows are no release: the copy leaves releases/ out.
  copyWorkingData(join(ROOT, "data"), dir);
  for (const file of listFiles(fixtureDir).filter((f) => f.includes("/"))) {
    const src = join(fixtureDir, file);
    if (file.endsWith(".append.csv")) {
      const target = join(dir, file.replace(/\.append\.csv$/, ".csv"));
      const [header, ...rows] = readFileSync(src, "utf8").split("\n");
      expect(readFileSync(target, "utf8").split("\n")[0], `${file}: header differs from data/`).toBe(header);
      appendFileSync(target, rows.filter((r) => r !== "").map((r) => `${r}\n`).join(""));
    } else {
      cpSync(src, join(dir, file));
    }
  }
  return dir;
}

const TITLE = "<script>alert(1)</script> Synthetic directive whose title is markup & an ampersand (escaping test fixture)";
const textOf = (markupFragment: string) => decodeEntities(markupFragment.replace(/<[^>]*>/g, "")).replace(/\s+/g, " ").trim();

describe("text from data", () => {
  it("renders a directive whose title, issuer and body are markup as text", { timeout: BUILD_TIMEOUT }, async () => {
    const out = join(tmp, "escaping");
    const r = await buildSite({ outDir: out, dataDir: dataWithFixture() });
    expect(r.ok, r.log.slice(-3000)).toBe(true);

    const page = readText(out, "en/directives/escaping-fixture/index.html");
    const markup = stripNonMarkup(page);
    expect(textOf(/<p class="lead"[^>]*>([\s\S]*?)<\/p>/.exec(markup)?.[1] ?? "")).toBe(TITLE);
    expect(page).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(textOf(markup)).toContain("<img src=x onerror=alert(3)>");
    // Nothing from the fixture became an element, an attribute or code, on any page.
    expectNoProblems(
      htmlPages(out).flatMap((p) => {
        const html = readText(out, p.file);
        return [/<script>alert\(/, /<img src=x/, /<b>bold<\/b>/, /href="javascript:/].filter((re) => re.test(html)).map((re) => `${p.path}: ${re.source}`);
      }),
    );
    // The list and the filter pages carry the title too, as text.
    const listed = readdirSync(join(out, "vi/directives")).length;
    expect(listed).toBeGreaterThan(1);
    expect(readText(out, "vi/directives/index.html")).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(cspProblems("/en/directives/escaping-fixture/", page)).toEqual([]);
  });
});
