import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  anchorsOf,
  documentLang,
  htmlPages,
  internalTarget,
  metaRefreshTarget,
  parseAttributes,
  resolveInDist,
  stripNonMarkup,
  tagsNamed,
  titleText,
  urlPathOf,
} from "./dist.ts";

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function fakeDist(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "dist-test-"));
  made.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

describe("dist helpers", () => {
  it("urlPathOf() maps directory-format files to the path they are served at", () => {
    expect(urlPathOf("index.html")).toBe("/");
    expect(urlPathOf("vi/papi/index.html")).toBe("/vi/papi/");
    expect(urlPathOf("404.html")).toBe("/404.html");
  });

  it("htmlPages() lists only HTML files, sorted", () => {
    const dir = fakeDist({ "vi/index.html": "", "en/index.html": "", "vi/a.csv": "", "404.html": "" });
    expect(htmlPages(dir).map((p) => p.path)).toEqual(["/404.html", "/en/", "/vi/"]);
  });

  it("parseAttributes() reads quoted, unquoted and bare attributes and decodes entities", () => {
    const a = parseAttributes(`<a href="/x/?a=1&amp;b=2" data-k='v' tabindex=0 hidden>`);
    expect([...a]).toEqual([["href", "/x/?a=1&b=2"], ["data-k", "v"], ["tabindex", "0"], ["hidden", ""]]);
  });

  it("stripNonMarkup() hides tags inside scripts, styles and comments", () => {
    const html = `<h1>a</h1><script>"<h1>"</script><!-- <h1> --><style>h1{}</style>`;
    expect(tagsNamed(stripNonMarkup(html), "h1")).toHaveLength(1);
  });

  it("tagsNamed() does not confuse <a> with <abbr> or <h1> with <h10>", () => {
    expect(tagsNamed(`<abbr title="x"></abbr><a href="/"></a>`, "a")).toHaveLength(1);
  });

  it("reads lang, title and meta refresh target", () => {
    const html = `<html lang="vi"><head><title> Minh  Bạch &amp; co </title><meta http-equiv="refresh" content="0;url=/vi/"></head>`;
    expect(documentLang(html)).toBe("vi");
    expect(titleText(html)).toBe("Minh Bạch & co");
    expect(metaRefreshTarget(html)).toBe("/vi/");
    expect(metaRefreshTarget("<html>")).toBeUndefined();
  });

  it("anchorsOf() finds ids and <a name>, not data-id", () => {
    expect([...anchorsOf(`<div id="main"></div><a name="old"></a><p data-id="no"></p>`)].sort()).toEqual(["main", "old"]);
  });

  it("internalTarget() keeps same-site links, resolves relative ones and drops the rest", () => {
    expect(internalTarget("/en/papi/#x", "/vi/")).toEqual({ path: "/en/papi/", fragment: "x" });
    expect(internalTarget("../sipas/", "/vi/papi/")).toEqual({ path: "/vi/sipas/", fragment: "" });
    expect(internalTarget("#top", "/vi/")).toEqual({ path: "/vi/", fragment: "top" });
    expect(internalTarget("https://example.org/", "/vi/")).toBeNull();
    expect(internalTarget("//cdn.example.org/x.js", "/vi/")).toBeNull();
    expect(internalTarget("mailto:a@b.c", "/vi/")).toBeNull();
    // The site's own absolute URLs (canonical, hreflang, sitemap) are internal when its origin is given.
    expect(internalTarget("https://minhbach.example/en/papi/#x", "/vi/", "https://minhbach.example")).toEqual({ path: "/en/papi/", fragment: "x" });
    expect(internalTarget("https://minhbach.example/en/", "/vi/")).toBeNull();
  });

  it("resolveInDist() follows the static server's rules and wants trailing slashes on pages", () => {
    const dir = fakeDist({ "vi/papi/index.html": "", "vi/papi/data.csv": "" });
    expect(resolveInDist(dir, "/vi/papi/")).toEqual({ file: "vi/papi/index.html" });
    expect(resolveInDist(dir, "/vi/papi/data.csv")).toEqual({ file: "vi/papi/data.csv" });
    expect(resolveInDist(dir, "/vi/papi")).toEqual({ error: "page link without its trailing slash" });
    expect(resolveInDist(dir, "/vi/sipas/")).toEqual({ error: "no such file in dist" });
  });
});
