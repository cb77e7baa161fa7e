// Which pages may run JavaScript: only those with an interactive island (<astro-island>). The
// rule the dist test applies to every built page, as a function unit tests can break on purpose.
import { parseAttributes } from "./dist.ts";
import type { PageWeight } from "./page-weight.ts";

/** Every <script> start tag of a page, with its attributes. */
export function scriptsOf(html: string): { src: string | undefined; type: string }[] {
  return [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => {
    const attrs = parseAttributes(m[0]);
    return { src: attrs.get("src"), type: (attrs.get("type") ?? "").toLowerCase() };
  });
}

export const hasIsland = (html: string): boolean => /<astro-island\b/i.test(html);

/**
 * Scripts on a page without an island: any <script> but JSON-LD (data, not code), and any
 * JavaScript its weight counts (a modulepreload link, say). Empty when the page may run scripts.
 */
export function scriptsWithoutIsland(path: string, html: string, weight?: PageWeight): string[] {
  if (hasIsland(html)) return [];
  const tags = scriptsOf(html)
    .filter((s) => s.type !== "application/ld+json")
    .map((s) => `${path}: ${s.src === undefined ? "an inline <script>" : `<script src="${s.src}">`}`);
  if (tags.length === 0 && weight !== undefined && weight.js.raw > 0) {
    tags.push(`${path}: loads ${weight.js.raw} bytes of JavaScript (${weight.files.filter((f) => /\.m?js$/.test(f)).join(", ")})`);
  }
  return tags;
}
