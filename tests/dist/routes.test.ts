// Audits of the built site: every page exists in both languages, declares its language,
// has a title and one h1, and every internal link, load and fragment lands on a file (and id) in
// dist/ — from pages, stylesheets, sitemaps and feeds.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import config from "../../astro.config.mjs";
import {
  anchorsOf,
  decodeEntities,
  documentLang,
  htmlPages,
  internalTarget,
  listFiles,
  metaRefreshTarget,
  readText,
  resolveInDist,
  stripNonMarkup,
  tagsNamed,
  titleText,
  type HtmlPage,
} from "../helpers/dist.ts";
import { cssLoads, htmlLoads } from "../helpers/origins.ts";
import { counterpartPath } from "../helpers/page-types.ts";
import { expectNoProblems } from "../helpers/problems.ts";

const distDir = fileURLToPath(new URL("../../dist/", import.meta.url));
const built = existsSync(distDir);
const pages: HtmlPage[] = built ? htmlPages(distDir) : [];

const markupCache = new Map<string, string>();
const markupOf = (file: string): string => {
  let m = markupCache.get(file);
  if (m === undefined) {
    m = stripNonMarkup(readText(distDir, file));
    markupCache.set(file, m);
  }
  return m;
};

// Tables link every cell to a source on the same page: tens of thousands of fragment links,
// so each page's anchors and each path's resolution are computed once.
const anchorCache = new Map<string, Set<string>>();
const anchorsIn = (file: string): Set<string> => {
  let a = anchorCache.get(file);
  if (a === undefined) {
    a = anchorsOf(markupOf(file));
    anchorCache.set(file, a);
  }
  return a;
};
const resolveCache = new Map<string, ReturnType<typeof resolveInDist>>();
const resolvePath = (path: string): ReturnType<typeof resolveInDist> => {
  let r = resolveCache.get(path);
  if (r === undefined) {
    r = resolveInDist(distDir, path);
    resolveCache.set(path, r);
  }
  return r;
};

// Redirect stubs (Astro writes one for "/" → "/vi/") are not content pages.
const isRedirect = (p: HtmlPage): boolean => metaRefreshTarget(markupOf(p.file)) !== undefined;
const localeOf = (p: HtmlPage): "vi" | "en" | undefined => /^\/(vi|en)\//.exec(p.path)?.[1] as "vi" | "en" | undefined;
const localized = pages.filter((p) => localeOf(p) !== undefined);
const contentPages = localized.filter((p) => !isRedirect(p));

describe("the built site in dist/", () => {
  it("exists and has pages under both /vi/ and /en/", () => {
    expect(built, "dist/ is missing: run `astro build` first").toBe(true);
    expect(localized.some((p) => localeOf(p) === "vi")).toBe(true);
    expect(localized.some((p) => localeOf(p) === "en")).toBe(true);
  });

  it("has a twin under /en/ for every page under /vi/, and the reverse", () => {
    const paths = new Set(pages.map((p) => p.path));
    expectNoProblems(
      localized.flatMap((p) => {
        const twin = counterpartPath(p.path);
        return twin !== null && paths.has(twin) ? [] : [`${p.path} has no twin (expected ${twin})`];
      }),
    );
  });

  it("declares each page's language in <html lang>, matching its prefix", () => {
    expectNoProblems(
      contentPages.flatMap((p) => {
        const lang = documentLang(markupOf(p.file));
        return lang === localeOf(p) ? [] : [`${p.path}: <html lang="${lang ?? ""}">, expected "${localeOf(p)}"`];
      }),
    );
  });

  it("gives every page a non-empty <title> and exactly one <h1>", () => {
    const targets = [...contentPages, ...pages.filter((p) => p.path === "/404.html")];
    expectNoProblems(
      targets.flatMap((p) => {
        const markup = markupOf(p.file);
        const problems: string[] = [];
        if (!titleText(markup)) problems.push(`${p.path}: empty or missing <title>`);
        const h1 = tagsNamed(markup, "h1").length;
        if (h1 !== 1) problems.push(`${p.path}: ${h1} <h1> elements`);
        return problems;
      }),
    );
  });

  it("sends / to /vi/", () => {
    const home = pages.find((p) => p.path === "/");
    expect(home, "dist/index.html is missing").toBeDefined();
    const target = home ? metaRefreshTarget(markupOf(home.file)) : undefined;
    expect(target && internalTarget(target, "/")?.path).toBe("/vi/");
  });

  it("has a 404.html", () => {
    expect(pages.some((p) => p.path === "/404.html")).toBe(true);
  });

  // Links a reader follows and everything a page loads (scripts, islands, images, srcset,
  // url() in its styles), relative or absolute on the site's own origin (canonical, hreflang).
  const siteOrigin = config.site;
  const checkRef = (ref: string, fromPath: string, problems: string[]): void => {
    const target = internalTarget(ref, fromPath, siteOrigin);
    if (target === null) return;
    const resolved = resolvePath(target.path);
    if ("error" in resolved) {
      problems.push(`${fromPath}: "${ref}" → ${resolved.error}`);
      return;
    }
    const frag = target.fragment;
    if (frag === "" || frag === "top" || !resolved.file.endsWith(".html")) return;
    if (!anchorsIn(resolved.file).has(frag)) problems.push(`${fromPath}: "${ref}" → no id "${frag}" in ${resolved.file}`);
  };

  it("resolves every internal link, load and fragment to a file in dist", () => {
    const problems: string[] = [];
    for (const page of pages) {
      const markup = markupOf(page.file);
      const refs = [
        ...["a", "link", "area"].flatMap((t) => tagsNamed(markup, t).map((a) => a.get("href"))),
        ...tagsNamed(markup, "form").map((a) => a.get("action")),
        ...htmlLoads(readText(distDir, page.file)),
        metaRefreshTarget(markup),
      ];
      for (const ref of refs) if (ref !== undefined) checkRef(ref, page.path, problems);
    }
    expectNoProblems([...new Set(problems)]);
  });

  it("resolves every site URL in stylesheets, sitemaps and feeds", () => {
    const problems: string[] = [];
    for (const file of listFiles(distDir).filter((f) => /\.(css|xml|atom|rss)$/.test(f))) {
      const text = readText(distDir, file);
      const refs = file.endsWith(".css")
        ? cssLoads(text)
        : [...text.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>|\shref="([^"]+)"/g)].map((m) => decodeEntities(m[1] ?? m[2] ?? ""));
      for (const ref of refs) checkRef(ref, `/${file}`, problems);
    }
    expectNoProblems([...new Set(problems)]);
  });
});
