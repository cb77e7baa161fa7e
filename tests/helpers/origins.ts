// "No third-party origins": every URL the browser would *load* from a page, a stylesheet or a
// script must be on the site's own origin. Links a reader follows (<a href>, <form action>,
// <link rel="canonical|alternate">) are navigation, not loads, and may point anywhere.
import { inlineBlocks, cssUrls, srcsetUrls } from "./page-weight.ts";
import { stripNonMarkup, tagsNamed } from "./dist.ts";

/** Link relations that describe a document rather than make the browser fetch it. */
const NAVIGATION_RELS = new Set(["canonical", "alternate", "author", "license", "help", "next", "prev", "me", "bookmark", "search", "external", "nofollow", "noopener", "noreferrer", "tag"]);

/** Attributes that make the browser fetch their URL, per element. */
const LOADING_ATTRS: Readonly<Record<string, readonly string[]>> = {
  img: ["src", "srcset"],
  source: ["src", "srcset"],
  video: ["src", "poster"],
  audio: ["src"],
  track: ["src"],
  iframe: ["src"],
  frame: ["src"],
  embed: ["src"],
  object: ["data"],
  input: ["src"],
  image: ["href", "xlink:href"],
  use: ["href", "xlink:href"],
  feimage: ["href", "xlink:href"],
  "astro-island": ["component-url", "renderer-url", "before-hydration-url"],
};

/** Every URL an HTML page makes the browser load (its inline CSS and scripts included). */
export function htmlLoads(html: string): string[] {
  const markup = stripNonMarkup(html);
  const refs: string[] = [];
  for (const [tag, attrs] of Object.entries(LOADING_ATTRS)) {
    for (const a of tagsNamed(markup, tag)) {
      for (const name of attrs) {
        const v = a.get(name);
        if (v !== undefined) refs.push(...(name === "srcset" ? srcsetUrls(v) : [v]));
      }
    }
  }
  for (const link of tagsNamed(markup, "link")) {
    const rels = (link.get("rel") ?? "").toLowerCase().split(/\s+/).filter(Boolean);
    const href = link.get("href");
    if (href !== undefined && !rels.every((r) => NAVIGATION_RELS.has(r))) refs.push(href);
  }
  for (const style of markup.matchAll(/\sstyle\s*=\s*"([^"]*)"/gi)) refs.push(...cssUrls(style[1]!));
  const { scripts, styles } = inlineBlocks(html);
  for (const css of styles) refs.push(...cssUrls(css));
  // stripNonMarkup drops <script> elements whole, so their src comes from the script blocks.
  for (const s of scripts) {
    const src = s.attrs.get("src");
    if (src !== undefined) refs.push(src);
    else if (!/json|importmap/i.test(s.type)) refs.push(...jsLoads(s.code));
  }
  return refs;
}

/** URLs a stylesheet loads: url(...) and @import. */
export const cssLoads = (css: string): string[] => cssUrls(css);

/**
 * Absolute URLs a script loads: module imports, fetch/XHR/beacons/workers/sockets, and URLs
 * assigned to an element's src. Other absolute URLs in strings (React's error-page links, XML
 * namespaces) are text, not requests.
 */
export function jsLoads(code: string): string[] {
  const url = String.raw`(["'\`])((?:[a-z][a-z0-9+.-]*:)?\/\/[^"'\`\s]+)\1`;
  const patterns = [
    new RegExp(String.raw`\b(?:from|import)\s*\(?\s*` + url, "gi"),
    new RegExp(String.raw`\b(?:fetch|importScripts|Worker|SharedWorker|EventSource|WebSocket|sendBeacon)\s*\(\s*` + url, "gi"),
    new RegExp(String.raw`\.open\s*\(\s*(["'\`])[A-Z]+\1\s*,\s*` + url, "gi"),
    new RegExp(String.raw`\.(?:src|srcset|poster|data)\s*=\s*` + url, "gi"),
    new RegExp(String.raw`setAttribute\s*\(\s*(["'\`])(?:src|srcset|href|poster|data)\1\s*,\s*` + url, "gi"),
  ];
  return patterns.flatMap((re) => [...code.matchAll(re)].map((m) => m[m.length - 1]!));
}

/** The references among `refs` that load from an origin other than the site's own. */
export function thirdParty(refs: readonly string[], siteOrigin: string, fromPath = "/"): string[] {
  const own = new URL(siteOrigin).origin;
  return refs.filter((ref) => {
    let u: URL;
    try {
      u = new URL(ref, own + fromPath);
    } catch {
      return false;
    }
    return /^(https?|wss?):$/.test(u.protocol) && u.origin !== own;
  });
}
