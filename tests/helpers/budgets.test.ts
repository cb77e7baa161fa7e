// Each budget check, broken on purpose with small synthetic pages: the dist tests would catch a
// page that goes over.
import { describe, expect, it } from "vitest";
import { BUDGETS } from "./budgets.ts";
import { htmlLoads, cssLoads, jsLoads, thirdParty } from "./origins.ts";
import { createWeigher, moduleImports, weightProblems, type Fetch } from "./page-weight.ts";
import { scriptsWithoutIsland } from "./scripts.ts";
import { chartElementCounts, chartProblems } from "./svg-count.ts";

/** Text that gzip cannot shrink much (seeded, so every run weighs the same): ~0.76 byte of gzip per character. */
function noise(chars: number, seed = 1): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  let x = seed >>> 0 || 1;
  let out = "";
  for (let i = 0; i < chars; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out += alphabet[(x >>> 0) % 64];
  }
  return out;
}
const js = (chars: number, seed?: number) => `const s="${noise(chars, seed)}";export default s;`;

function site(files: Record<string, string>): Fetch {
  return (path) => (path in files ? new TextEncoder().encode(files[path]) : null);
}
const page = (head: string, body = "") => `<!DOCTYPE html><html lang="en"><head><title>t</title>${head}</head><body>${body}</body></html>`;
const SITE = "https://minhbach.example";

describe("JavaScript budget", () => {
  it("fails a page whose one script is 120 KB gzip, passes one of 100 KB", () => {
    const weigh = createWeigher(site({ "/_astro/big.js": js(160_000), "/_astro/ok.js": js(131_000, 7) }));
    const big = weigh(page(`<script type="module" src="/_astro/big.js"></script>`), "/en/");
    expect(big.js.gzip).toBeGreaterThan(120_000);
    expect(weightProblems("/en/", big, BUDGETS)).toEqual([expect.stringContaining("of JavaScript, budget 110.0 KB")]);
    const ok = weigh(page(`<script type="module" src="/_astro/ok.js"></script>`), "/en/");
    expect(ok.js.gzip).toBeLessThan(BUDGETS.jsGzipPerPage);
    expect(weightProblems("/en/", ok, BUDGETS)).toEqual([]);
  });

  it("sums an island's component, renderer and every module they import, static or dynamic, each once", () => {
    const files = {
      "/_astro/Island.js": `import{a}from"./shared.js";const l=()=>import(\`./lazy.js\`);${js(60_000, 2)}`,
      "/_astro/client.js": `import"./shared.js";${js(20_000, 3)}`,
      "/_astro/shared.js": js(40_000, 4),
      "/_astro/lazy.js": js(40_000, 5),
    };
    const weigh = createWeigher(site(files));
    const w = weigh(page("", `<astro-island component-url="/_astro/Island.js" renderer-url="/_astro/client.js"></astro-island>`), "/en/compare/");
    expect(w.files).toEqual(["/_astro/Island.js", "/_astro/client.js", "/_astro/lazy.js", "/_astro/shared.js"]);
    expect(w.js.gzip).toBeGreaterThan(BUDGETS.jsGzipPerPage);
    expect(weightProblems("/en/compare/", w, BUDGETS)).toHaveLength(1);
  });

  it("counts inline scripts but not JSON-LD", () => {
    const weigh = createWeigher(site({}));
    const w = weigh(page(`<script>${noise(150_000)}</script><script type="application/ld+json">{"a":"${noise(150_000, 9)}"}</script>`), "/");
    expect(w.js.gzip).toBeGreaterThan(110_000);
    expect(w.js.gzip).toBeLessThan(120_000);
  });

  it("finds imports in minified modules and in Vite's preload list", () => {
    expect(moduleImports(`import{t as e}from"./react.js";import"./a.js";n(()=>import(\`./engine.js\`),__vite__mapDeps([0]));const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/engine.js","_astro/fold.js"])))=>i.map(i=>d[i]);`))
      .toEqual(["./react.js", "./a.js", "./engine.js", "/_astro/engine.js", "/_astro/fold.js"]);
  });

  it("reports a referenced script that is not in dist", () => {
    const w = createWeigher(site({}))(page(`<script src="/_astro/gone.js"></script>`), "/");
    expect(weightProblems("/", w, BUDGETS)).toEqual(["/: loads /_astro/gone.js, which is not in dist"]);
  });
});

describe("first-view budget", () => {
  it("fails a page whose HTML, stylesheet and image together pass 250 KB gzip", () => {
    const files = { "/_astro/a.css": `body{background:url(/bg.png)}/*${noise(50_000, 3)}*/`, "/bg.png": noise(100_000, 4), "/hero.png": noise(200_000, 5) };
    const w = createWeigher(site(files))(page(`<link rel="stylesheet" href="/_astro/a.css">`, `<img src="/hero.png" alt="">`), "/en/");
    expect(w.files).toEqual(["/_astro/a.css", "/bg.png", "/hero.png"]);
    expect(w.js.gzip).toBe(0);
    expect(w.firstView.gzip).toBeGreaterThan(BUDGETS.firstViewGzipPerPage);
    expect(weightProblems("/en/", w, BUDGETS)).toEqual([expect.stringContaining("first view")]);
  });

  it("counts fonts a stylesheet loads, resolved from the stylesheet's own path", () => {
    const files = { "/_astro/a.css": `@font-face{src:url(./f.woff2)}`, "/_astro/f.woff2": noise(1000) };
    const w = createWeigher(site(files))(page(`<link rel="stylesheet" href="/_astro/a.css">`), "/en/");
    expect(w.fonts.raw).toBe(1000);
  });
});

describe("no script without an island", () => {
  it("flags an inline script, a script file and a preloaded module on a page without an island", () => {
    const html = page(`<script>alert(1)</script><script src="/x.js"></script><script type="application/ld+json">{}</script>`);
    expect(scriptsWithoutIsland("/en/", html)).toEqual(["/en/: an inline <script>", '/en/: <script src="/x.js">']);
    const preload = page(`<link rel="modulepreload" href="/_astro/x.js">`);
    const w = createWeigher(site({ "/_astro/x.js": "export{}" }))(preload, "/en/");
    expect(scriptsWithoutIsland("/en/", preload, w)).toEqual([expect.stringContaining("loads 8 bytes of JavaScript (/_astro/x.js)")]);
  });

  it("allows scripts on a page with an island", () => {
    expect(scriptsWithoutIsland("/en/compare/", page("<script>1</script>", "<astro-island></astro-island>"))).toEqual([]);
  });
});

describe("SVG elements per chart", () => {
  const chart = (n: number) => `<svg viewBox="0 0 1 1"><title>t</title>${"<rect/>".repeat(n - 2)}</svg>`;

  it("fails a chart of 1,001 elements, passes one of 1,000, ignores an icon outside a figure", () => {
    const html = page("", `<svg>${"<path/>".repeat(5000)}</svg><figure id="f1">${chart(1000)}</figure><figure>${chart(1001)}</figure>`);
    expect(chartElementCounts(html)).toEqual([{ figure: "f1", elements: 1000 }, { figure: "figure 2", elements: 1001 }]);
    expect(chartProblems("/en/", chartElementCounts(html), BUDGETS.svgElementsPerChart)).toEqual(["/en/: chart in figure 2 has 1001 SVG elements, budget 1000"]);
  });

  it("counts nested groups and closing-tag elements once each", () => {
    const html = `<figure><svg><g><text>a</text><line x1="0"></line></g></svg></figure>`;
    expect(chartElementCounts(html)).toEqual([{ figure: "figure 1", elements: 4 }]);
  });
});

describe("third-party origins", () => {
  it("flags loads from another origin in HTML, and leaves links a reader follows alone", () => {
    const html = page(
      `<link rel="stylesheet" href="https://cdn.example/a.css"><link rel="canonical" href="https://elsewhere.example/"><link rel="icon" href="/favicon.svg"><script src="//cdn.example/x.js"></script><style>body{background:url(https://img.example/bg.png)}</style>`,
      `<a href="https://source.example/report.pdf">report</a><img src="/ok.png" srcset="/ok.png 1x, https://img.example/2x.png 2x"><iframe src="https://video.example/"></iframe><form action="https://other.example/"></form><astro-island component-url="https://cdn.example/i.js"></astro-island><p style="background:url('https://img.example/p.png')"></p><script>fetch("https://api.example/data")</script>`,
    );
    expect(thirdParty(htmlLoads(html), SITE, "/en/").sort()).toEqual([
      "//cdn.example/x.js",
      "https://api.example/data",
      "https://cdn.example/a.css",
      "https://cdn.example/i.js",
      "https://img.example/2x.png",
      "https://img.example/bg.png",
      "https://img.example/p.png",
      "https://video.example/",
    ]);
  });

  it("treats the site's own absolute URLs, data: URLs and fragments as first-party", () => {
    const html = page(`<link rel="preload" href="https://minhbach.example/a.css">`, `<img src="data:image/png;base64,AAAA" alt=""><svg><use href="#x"/></svg>`);
    expect(thirdParty(htmlLoads(html), SITE)).toEqual([]);
  });

  it("flags @import and url() in CSS files", () => {
    expect(thirdParty(cssLoads(`@import "https://fonts.example/css";a{background:url("/x.png")}@font-face{src:url(https://fonts.example/f.woff2)}`), SITE))
      .toEqual(["https://fonts.example/f.woff2", "https://fonts.example/css"]);
  });

  it("flags requests in scripts, not URLs that are only text", () => {
    const code = `import x from"https://esm.example/x.js";fetch(\`https://api.example/q\`);new Worker("https://w.example/w.js");img.src="https://px.example/p.gif";const e="https://react.dev/errors/"+n;document.createElementNS("http://www.w3.org/2000/svg","svg");fetch("/vi/search-index.json")`;
    expect(thirdParty(jsLoads(code), SITE)).toEqual(["https://esm.example/x.js", "https://api.example/q", "https://w.example/w.js", "https://px.example/p.gif"]);
  });
});
