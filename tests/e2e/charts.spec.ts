// Charts are SVG rendered at build time: with JavaScript disabled, the province, index-edition
// and agency pages still show every chart, each with an accessible name, and no chart is wider
// than a phone screen.
import { expect, test } from "@playwright/test";
import { PAGE_TYPES } from "../helpers/page-types.ts";

const PAGES: { path: string; min: number }[] = [
  { path: "/vi/papi/2024/", min: 4 },          // ranking, map, distribution, change
  { path: "/en/par-index/2023/", min: 2 },
  { path: "/vi/provinces/gia-lai/", min: 4 },  // predecessors as small multiples
  { path: "/en/provinces/binh-dinh-63/", min: 2 },
  { path: "/vi/agencies/", min: 2 },
];

test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 900 } });

for (const { path, min } of PAGES) {
  test(`${path} renders its SVG charts without JavaScript, each named and within a phone's width`, async ({ page }) => {
    await page.goto(path);
    const charts = page.locator(".chart-frame svg[role='img']");
    expect(await charts.count()).toBeGreaterThanOrEqual(min);
    for (const svg of await charts.all()) {
      const labelled = await svg.getAttribute("aria-labelledby");
      expect(labelled, "every chart has a title").toBeTruthy();
      await expect(page.locator(`[id="${labelled!.split(" ")[0]}"]`)).not.toBeEmpty();
      const box = await svg.boundingBox();
      expect(box, "the chart is laid out").not.toBeNull();
      expect(box!.width).toBeGreaterThan(100);
      expect(box!.width).toBeLessThanOrEqual(390);
    }
    const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scroll, "the page itself never scrolls sideways").toBeLessThanOrEqual(390);
  });
}

for (const type of PAGE_TYPES) {
  for (const path of [type.vi, type.en]) {
    test(`${path} fits a 390 px phone screen without scrolling sideways`, async ({ page }) => {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    });
  }
}
