// Small, pure helpers to read the built site in dist/ without a DOM library. The HTML is
// Astro's own output (well-formed, attributes quoted), so a tag regex after removing
// scripts, styles and comments is enough.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, posix, relative, sep } from "node:path";

export type Attributes = ReadonlyMap<string, string>;

export interface HtmlPage {
  /** File path relative to dist, posix separators: "vi/papi/index.html". */
  readonly file: string;
  /** URL path it is served at: "/vi/papi/", "/404.html". */
  readonly path: string;
}

/** Every file under `dir`, relative, posix separators, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join("/"));
    }
  };
  walk(dir);
  return out.sort();
}

/** The URL path a built HTML file answers at (directory format: a/index.html → /a/). */
export function urlPathOf(file: string): string {
  if (file === "index.html") return "/";
  if (file.endsWith("/index.html")) return `/${file.slice(0, -"index.html".length)}`;
  return `/${file}`;
}

export function htmlPages(distDir: string): HtmlPage[] {
  return listFiles(distDir)
    .filter((f) => f.endsWith(".html"))
    .map((file) => ({ file, path: urlPathOf(file) }));
}

/** Markup without comments, scripts, styles and templates, whose text is not markup. */
export function stripNonMarkup(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, "");
}

export function decodeEntities(text: string): string {
  const named: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return named[body.toLowerCase()] ?? whole;
  });
}

/** Attributes of one start tag's source, e.g. `<a href="/x" hidden>`; names lower-cased. */
export function parseAttributes(tag: string): Attributes {
  const attrs = new Map<string, string>();
  const inner = tag.replace(/^<[^\s>/]+/, "").replace(/\/?>$/, "");
  const re = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const m of inner.matchAll(re)) {
    const name = (m[1] ?? "").toLowerCase();
    if (!attrs.has(name)) attrs.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ""));
  }
  return attrs;
}

/** Attributes of every start tag named `name` (in markup already passed through stripNonMarkup). */
export function tagsNamed(markup: string, name: string): Attributes[] {
  // A quoted attribute value may hold ">" ("<id>.md" in an aria-label): tags end outside quotes
  // (double quotes: what Astro writes).
  const re = new RegExp(`<${name}(?=[\\s/>])(?:[^>"]|"[^"]*")*>`, "gi");
  return [...markup.matchAll(re)].map((m) => parseAttributes(m[0]));
}

export function documentLang(markup: string): string | undefined {
  return tagsNamed(markup, "html")[0]?.get("lang");
}

/** Text of <title>, entities decoded and whitespace collapsed; undefined if there is none. */
export function titleText(markup: string): string | undefined {
  const m = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(markup);
  return m ? decodeEntities(m[1] ?? "").replace(/\s+/g, " ").trim() : undefined;
}

/** Target of `<meta http-equiv="refresh" content="0;url=...">`, if the page has one. */
export function metaRefreshTarget(markup: string): string | undefined {
  const meta = tagsNamed(markup, "meta").find((a) => a.get("http-equiv")?.toLowerCase() === "refresh");
  const m = /url\s*=\s*['"]?([^'"\s]+)/i.exec(meta?.get("content") ?? "");
  return m?.[1];
}

/** Every id (and legacy <a name>) a fragment link may point at. */
export function anchorsOf(markup: string): Set<string> {
  const ids = [...markup.matchAll(/\sid\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)].map((m) => decodeEntities(m[1] ?? m[2] ?? ""));
  const names = tagsNamed(markup, "a").flatMap((a) => a.get("name") ?? []);
  return new Set([...ids, ...names]);
}

const ORIGIN = "http://site.invalid";

/**
 * Where a link from `fromPath` lands inside the site, or null when it leaves the site
 * (another origin, mailto:, javascript: ...). `file` is relative to dist. Absolute URLs on
 * `siteOrigin` (canonical links, sitemaps, feeds) are the site too.
 */
export function internalTarget(href: string, fromPath: string, siteOrigin?: string): { path: string; fragment: string } | null {
  if (href.trim() === "") return null;
  let url: URL;
  try {
    url = new URL(href, ORIGIN + fromPath);
  } catch {
    return { path: href, fragment: "" }; // unparseable: report as a broken internal link
  }
  if (siteOrigin !== undefined && url.origin === new URL(siteOrigin).origin) url = new URL(url.pathname + url.search + url.hash, ORIGIN);
  if (url.origin !== ORIGIN) return null;
  return { path: decodeURIComponent(url.pathname), fragment: decodeURIComponent(url.hash.slice(1)) };
}

/**
 * The dist file a site path is served from, following the static server's rules:
 * "/a/" → a/index.html, "/a.csv" → a.csv. A directory asked for without its trailing slash
 * is reported, because the site uses trailingSlash "always".
 */
export function resolveInDist(distDir: string, path: string): { file: string } | { error: string } {
  const rel = posix.normalize(path).replace(/^\/+/, "");
  if (rel.startsWith("..")) return { error: "escapes the site root" };
  const candidate = path.endsWith("/") ? posix.join(rel, "index.html") : rel;
  const full = join(distDir, candidate);
  if (existsSync(full) && statSync(full).isFile()) return { file: candidate };
  if (!path.endsWith("/") && existsSync(join(distDir, rel, "index.html"))) {
    return { error: "page link without its trailing slash" };
  }
  return { error: "no such file in dist" };
}

export function readText(distDir: string, file: string): string {
  return readFileSync(join(distDir, file), "utf8");
}
