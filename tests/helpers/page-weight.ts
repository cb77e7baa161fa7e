// What a built page costs to load: its HTML, the stylesheets, scripts (following module imports),
// images and fonts it references, raw and gzip. Reads files through a `fetch` function so the
// same code weighs dist/ in the dist tests and in the benchmark, and synthetic pages in unit tests.
import { gzipSync } from "node:zlib";
import { parseAttributes, stripNonMarkup, tagsNamed } from "./dist.ts";

export interface Sized {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  /** The HTML document (inline scripts and styles included). */
  html: Sized;
  /** Stylesheet files, plus inline <style> blocks in `inlineCss`. */
  css: Sized;
  inlineCss: Sized;
  /** Every script the page can load: inline code, script files and every module they import. */
  js: Sized;
  images: Sized;
  fonts: Sized;
  /** HTML + stylesheet, script, image and font files: what the page loads before any interaction. */
  firstView: Sized;
  /** Site paths of every file counted, and of those that were referenced but do not exist. */
  files: string[];
  missing: string[];
}

/** Reads a site path ("/_astro/x.js"), or null when no such file exists. */
export type Fetch = (sitePath: string) => Uint8Array | null;

const ZERO: Sized = { raw: 0, gzip: 0 };
const add = (a: Sized, b: Sized): Sized => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
export const sizeOf = (bytes: Uint8Array | string): Sized => {
  const buf = typeof bytes === "string" ? Buffer.from(bytes, "utf8") : bytes;
  return { raw: buf.byteLength, gzip: gzipSync(buf).byteLength };
};

/** Script types that hold data, not code (JSON-LD, import maps): part of the HTML, not of its JS. */
const DATA_SCRIPT = /^(application\/(ld\+)?json|importmap)$/i;
/** Link relations that make the browser fetch the target while loading the page. */
const LOADING_RELS = new Set(["stylesheet", "modulepreload", "preload", "icon", "apple-touch-icon", "manifest"]);
/** The attributes of an Astro island that name modules its runtime imports. */
const ISLAND_URLS = ["component-url", "renderer-url", "before-hydration-url"] as const;

/** Static and dynamic import specifiers in (minified) module code that point at files. */
export function moduleImports(code: string): string[] {
  const specs = [...code.matchAll(/\b(?:from|import)\s*\(?\s*(["'`])((?:\.{1,2}\/|\/)[^"'`\s]+?\.m?js)\1/g)].map((m) => m[2]!);
  // Vite's preload list for dynamic imports names dependencies relative to the site root.
  for (const m of code.matchAll(/__vite__mapDeps\s*=[^[]*\[([^\]]*)\]/g)) {
    for (const s of m[1]!.matchAll(/(["'`])([^"'`]+?\.m?js)\1/g)) specs.push(`/${s[2]!.replace(/^\/+/, "")}`);
  }
  return specs;
}

/** Every url(...) and @import target in CSS, fragment-only references (url(#id)) left out. */
export function cssUrls(css: string): string[] {
  const urls = [...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/gi)].map((m) => m[1] ?? m[2] ?? m[3] ?? "");
  const imports = [...css.matchAll(/@import\s+(["'])([^"']+)\1/gi)].map((m) => m[2]!);
  return [...urls, ...imports].filter((u) => u !== "" && !u.startsWith("#") && !u.startsWith("data:"));
}

/** Candidate URLs of a srcset attribute. */
export const srcsetUrls = (srcset: string): string[] =>
  srcset.split(",").map((c) => c.trim().split(/\s+/)[0] ?? "").filter((u) => u !== "");

/** Inline <script> and <style> bodies of a page, with the script's type. */
export function inlineBlocks(html: string): { scripts: { type: string; code: string; attrs: ReadonlyMap<string, string> }[]; styles: string[] } {
  const noComments = html.replace(/<!--[\s\S]*?-->/g, "");
  const scripts = [...noComments.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script\s*>/gi)].map((m) => {
    const attrs = parseAttributes(m[1]!);
    return { type: attrs.get("type") ?? "", code: m[2]!, attrs };
  });
  const styles = [...noComments.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map((m) => m[1]!);
  return { scripts, styles };
}

/** Site path of a reference made from `base`, or null when it points at another origin or is not a file. */
function sitePath(ref: string, base: string): string | null {
  const origin = "http://weigh.invalid";
  let url: URL;
  try {
    url = new URL(ref, origin + base);
  } catch {
    return null;
  }
  return url.origin === origin ? decodeURIComponent(url.pathname) : null;
}

const FONT = /\.(woff2?|ttf|otf|eot)$/i;

/** A weigher that remembers each file's size, so shared assets are read and compressed once. */
export function createWeigher(fetch: Fetch) {
  const cache = new Map<string, Sized | null>();
  const sized = (path: string): Sized | null => {
    if (!cache.has(path)) {
      const bytes = fetch(path);
      cache.set(path, bytes === null ? null : sizeOf(bytes));
    }
    return cache.get(path) ?? null;
  };
  const text = (path: string): string => new TextDecoder().decode(fetch(path) ?? new Uint8Array());

  return function weigh(html: string, pagePath: string): PageWeight {
    const files = new Set<string>();
    const missing = new Set<string>();
    const { scripts, styles } = inlineBlocks(html);
    const markup = stripNonMarkup(html);

    // Stylesheets (and what their url()s load).
    const cssFiles = new Set<string>();
    const assetFiles = new Set<string>();
    const jsFiles = new Set<string>();
    const cssRefs = (css: string, base: string) => {
      for (const u of cssUrls(css)) {
        const p = sitePath(u, base);
        if (p !== null) (u.match(/\.css(\?|$)/i) ? cssFiles : assetFiles).add(p);
      }
    };
    for (const link of tagsNamed(markup, "link")) {
      const rels = (link.get("rel") ?? "").toLowerCase().split(/\s+/);
      const href = link.get("href");
      if (href === undefined || !rels.some((r) => LOADING_RELS.has(r))) continue;
      const p = sitePath(href, pagePath);
      if (p === null) continue;
      if (rels.includes("stylesheet")) cssFiles.add(p);
      else if (rels.includes("modulepreload") || /\.m?js$/.test(p)) jsEntry(p);
      else assetFiles.add(p);
    }
    for (const s of styles) cssRefs(s, pagePath);
    for (const style of [...markup.matchAll(/\sstyle\s*=\s*"([^"]*)"/gi)]) cssRefs(style[1]!, pagePath);
    for (const p of [...cssFiles]) {
      if (sized(p) === null) continue;
      cssRefs(text(p), p);
    }

    // Scripts, following imports.
    function jsEntry(p: string): void {
      if (jsFiles.has(p)) return;
      jsFiles.add(p);
      if (sized(p) === null) return;
      for (const spec of moduleImports(text(p))) {
        const q = sitePath(spec, p);
        if (q !== null) jsEntry(q);
      }
    }
    let inlineJs = ZERO;
    for (const s of scripts) {
      if (DATA_SCRIPT.test(s.type)) continue;
      const src = s.attrs.get("src");
      if (src !== undefined) {
        const p = sitePath(src, pagePath);
        if (p !== null) jsEntry(p);
        continue;
      }
      if (s.code.trim() === "") continue;
      inlineJs = add(inlineJs, sizeOf(s.code));
      for (const spec of moduleImports(s.code)) {
        const q = sitePath(spec, pagePath);
        if (q !== null) jsEntry(q);
      }
    }
    for (const island of tagsNamed(markup, "astro-island")) {
      for (const attr of ISLAND_URLS) {
        const u = island.get(attr);
        const p = u === undefined ? null : sitePath(u, pagePath);
        if (p !== null) jsEntry(p);
      }
    }

    // Images: <img>, <source>, <video poster>, <input type=image>, SVG <image>.
    for (const tag of ["img", "source", "input", "video", "image"]) {
      for (const a of tagsNamed(markup, tag)) {
        const refs = [a.get("src"), a.get("poster"), a.get("href"), ...srcsetUrls(a.get("srcset") ?? "")];
        for (const r of refs) {
          const p = r === undefined ? null : sitePath(r, pagePath);
          if (p !== null) assetFiles.add(p);
        }
      }
    }

    const total = (paths: Iterable<string>): Sized => {
      let sum = ZERO;
      for (const p of paths) {
        const s = sized(p);
        if (s === null) missing.add(p);
        else {
          files.add(p);
          sum = add(sum, s);
        }
      }
      return sum;
    };
    const htmlSize = sizeOf(html);
    const css = total(cssFiles);
    const jsFilesSize = total(jsFiles);
    const fonts = total([...assetFiles].filter((p) => FONT.test(p)));
    const images = total([...assetFiles].filter((p) => !FONT.test(p)));
    const inlineCss = styles.reduce((s, c) => add(s, sizeOf(c)), ZERO);
    return {
      html: htmlSize,
      css,
      inlineCss,
      js: add(jsFilesSize, inlineJs),
      images,
      fonts,
      // Inline code is already inside the HTML's bytes.
      firstView: [css, jsFilesSize, images, fonts].reduce(add, htmlSize),
      files: [...files].sort(),
      missing: [...missing].sort(),
    };
  };
}

/** Budget problems of one page's weight, empty when it is within both budgets. */
export function weightProblems(path: string, w: PageWeight, budgets: { jsGzipPerPage: number; firstViewGzipPerPage: number }): string[] {
  const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
  const problems: string[] = [];
  if (w.js.gzip > budgets.jsGzipPerPage) problems.push(`${path}: ${kb(w.js.gzip)} gzip of JavaScript, budget ${kb(budgets.jsGzipPerPage)}`);
  if (w.firstView.gzip > budgets.firstViewGzipPerPage) problems.push(`${path}: first view ${kb(w.firstView.gzip)} gzip, budget ${kb(budgets.firstViewGzipPerPage)}`);
  for (const m of w.missing) problems.push(`${path}: loads ${m}, which is not in dist`);
  return problems;
}
