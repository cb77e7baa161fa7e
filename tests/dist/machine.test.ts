// The machine-readable side of the portal over dist/: the DCAT catalogue, the Atom feed of
// releases, the sitemap, the dataset pages' schema.org JSON-LD, and "cite this view" on charts.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { PACKAGES } from "../../src/lib/load/index.ts";
import { directoryReader } from "../../src/lib/load/fs.ts";
import { loadReleases } from "../../src/lib/releases/check.ts";
import { SITE_URL } from "../../src/lib/site.ts";
import { decodeEntities, htmlPages, metaRefreshTarget, readText, stripNonMarkup } from "../helpers/dist.ts";
import { expectNoProblems } from "../helpers/problems.ts";
import { xmlProblems } from "../helpers/xml.ts";

const distDir = fileURLToPath(new URL("../../dist/", import.meta.url));
const built = existsSync(distDir);
const releases = loadReleases(directoryReader("data"), PACKAGES).releases;
const read = (path: string) => readFileSync(`${distDir}${path}`, "utf8");
const local = (url: string) => url.replace(SITE_URL, "");
const servedAt = (url: string) => {
  const p = local(url).split("#")[0]!;
  return existsSync(`${distDir}${p.slice(1)}${p.endsWith("/") ? "index.html" : ""}`);
};
const ids = releases.map((r) => `${r.manifest.dataset} ${r.manifest.version}`);

type Version = { "dcat:version": string; "dcat:distribution": { "dcat:downloadURL": string; "spdx:checksum": { "spdx:checksumValue": string } }[] };
type Catalog = { "@type": string; "dcat:dataset": { "dct:identifier": string; "dcat:version": string; "dcat:distribution": unknown[]; "dcat:hasVersion": Version[] }[] };

describe.skipIf(!built)("machine-readable output in dist/", () => {
  it("/data/catalog.json parses, lists every dataset and every release, and every distribution is served with its hash", () => {
    const catalog = JSON.parse(read("data/catalog.json")) as Catalog;
    expect(catalog["@type"]).toBe("dcat:Catalog");
    expect(catalog["dcat:dataset"].map((d) => d["dct:identifier"]).sort()).toEqual([...PACKAGES].sort());
    const listed = catalog["dcat:dataset"].flatMap((d) => d["dcat:hasVersion"].map((v) => `${d["dct:identifier"]} ${v["dcat:version"]}`));
    expect(listed.sort()).toEqual([...ids].sort());
    const problems = catalog["dcat:dataset"].flatMap((d) => d["dcat:hasVersion"].flatMap((v) => v["dcat:distribution"].flatMap((x) => {
      const release = releases.find((r) => r.manifest.dataset === d["dct:identifier"] && r.manifest.version === v["dcat:version"])!;
      const file = local(x["dcat:downloadURL"]).split("/").pop()!;
      const recorded = release.manifest.downloads.find((m) => m.path === file);
      return !servedAt(x["dcat:downloadURL"]) ? [`${x["dcat:downloadURL"]} is not served`] : recorded?.sha256 !== x["spdx:checksum"]["spdx:checksumValue"] ? [`${x["dcat:downloadURL"]}: hash differs from the manifest`] : [];
    })));
    expectNoProblems(problems);
  });

  it("/data/releases.atom is well-formed XML with one entry per release, newest first", () => {
    const feed = read("data/releases.atom");
    expect(xmlProblems(feed)).toEqual([]);
    const entries = [...feed.matchAll(/<entry>[\s\S]*?<\/entry>/g)].map((m) => m[0]);
    expect(entries).toHaveLength(releases.length);
    const entryIds = entries.map((e) => /<id>tag:[^,]+,\d{4}-\d{2}-\d{2}:\/data\/([^/]+)\/([^<]+)<\/id>/.exec(e)!.slice(1).join(" "));
    expect([...entryIds].sort()).toEqual([...ids].sort());
    const dates = entries.map((e) => /<updated>([^<]+)<\/updated>/.exec(e)![1]!);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(entries.every((e) => [...e.matchAll(/href="([^"]+)"/g)].every((m) => servedAt(decodeEntities(m[1]!))))).toBe(true);
  });

  it("/sitemap.xml is well-formed and lists every page under /vi/ and /en/, each once and served", () => {
    const xml = read("sitemap.xml");
    expect(xmlProblems(xml)).toEqual([]);
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => local(decodeEntities(m[1]!)));
    const pages = htmlPages(distDir).filter((p) => /^\/(vi|en)\//.test(p.path) && metaRefreshTarget(stripNonMarkup(readText(distDir, p.file))) === undefined).map((p) => p.path);
    expect(new Set(locs).size).toBe(locs.length);
    expect([...locs].sort()).toEqual([...pages].sort());
    expect(locs).toContain("/vi/data/papi/");
    expect(read("robots.txt")).toContain(`Sitemap: ${SITE_URL}/sitemap.xml`);
  });

  it.each(PACKAGES.flatMap((d) => (["vi", "en"] as const).map((lang) => [`/${lang}/data/${d}/`, d] as const)))("%s carries schema.org Dataset JSON-LD naming every release", (path, dataset) => {
    const html = read(`${path.slice(1)}index.html`);
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
    expect(blocks).toHaveLength(1);
    const ld = blocks[0]! as { "@type": string; version: string; hasPart: { version: string }[]; distribution: { contentUrl: string }[]; license: string[] };
    const mine = releases.filter((r) => r.manifest.dataset === dataset);
    expect(ld["@type"]).toBe("Dataset");
    expect(ld.version).toBe(mine.at(-1)!.manifest.version);
    expect(ld.hasPart.map((p) => p.version)).toEqual(mine.map((r) => r.manifest.version));
    expect(ld.license.length).toBeGreaterThan(0);
    expectNoProblems(ld.distribution.filter((x) => !servedAt(x.contentUrl)).map((x) => `${x.contentUrl} is not served`));
  });

  it("shows each release's sha256 on its dataset page, so a downloaded file can be matched to its release", () => {
    expectNoProblems(releases.flatMap((r) => {
      const html = read(`en/data/${r.manifest.dataset}/index.html`);
      return r.manifest.downloads.filter((d) => !html.includes(d.sha256)).map((d) => `${r.manifest.dataset} ${r.manifest.version} ${d.path}: sha256 not on the page`);
    }));
  });

  it("gives every chart frame a data link and a citation of the view with its own address and dataset version", () => {
    const pages = htmlPages(distDir).filter((p) => /^\/(vi|en)\/(papi|par-index|sipas)\/\d{4}\/$|^\/(vi|en)\/provinces\/gia-lai\/$/.test(p.path));
    expect(pages.length).toBeGreaterThan(10);
    expectNoProblems(pages.flatMap((p) => {
      const markup = stripNonMarkup(readText(distDir, p.file));
      const frames = [...markup.matchAll(/<figure class="chart-frame" id="([^"]+)"[\s\S]*?<\/figure>/g)];
      return frames.flatMap(([frame, id]) => {
        const cite = /<details class="chart-cite">[\s\S]*?<p>([\s\S]*?)<\/p>/.exec(frame)?.[1];
        const problems: string[] = [];
        if (!cite) problems.push(`${p.path}#${id}: no citation`);
        else if (!decodeEntities(cite).endsWith(`${SITE_URL}${p.path}#${id}`) || !/\d+\.\d+\.\d+/.test(cite)) problems.push(`${p.path}#${id}: citation "${cite}"`);
        if (!/href="\/(vi|en)\/data\/[a-z-]+\/#downloads"/.test(frame)) problems.push(`${p.path}#${id}: no link to the data`);
        return problems;
      });
    }));
  });
});
