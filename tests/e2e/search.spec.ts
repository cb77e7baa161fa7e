// Site search in Chromium: Vietnamese typed without diacritics finds the accented names first,
// the query lives in the address, the results are a listbox worked with the arrow keys and Enter,
// the index loads only once the box is used, and the search page has no axe violations.
import { expect, test, type Page } from "@playwright/test";
import { axeViolations, formatViolations } from "../helpers/axe.ts";

const box = (page: Page) => page.locator('main input[role="combobox"]');
const options = (page: Page) => page.getByRole("listbox").getByRole("option");

/** client:visible hydrates once the island is on screen; the box works once hydrated. */
async function ready(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator("main astro-island").first().scrollIntoViewIfNeeded();
  await expect(page.locator("main astro-island").first()).not.toHaveAttribute("ssr", /.*/);
}

test("typing 'da nang' without diacritics on /vi/search/ shows Đà Nẵng first, highlighted", async ({ page }) => {
  await ready(page, "/vi/search/");
  await box(page).fill("da nang");
  await expect(options(page).first().locator(".search-title")).toHaveText("Đà Nẵng");
  await expect(options(page).first().locator(".search-title mark")).toHaveText(["Đà", "Nẵng"]);
  await expect.poll(() => new URL(page.url()).search).toBe("?q=da+nang");
});

test("typing 'chi thi 10' on /vi/directives/ shows Chỉ thị 10/CT-UBND first", async ({ page }) => {
  await ready(page, "/vi/directives/");
  await box(page).fill("chi thi 10");
  await expect(options(page).first().locator(".search-title")).toHaveText("Chỉ thị 10/CT-UBND");
});

test("?q= restores a search, and the header's plain form leads to it", async ({ page }) => {
  await page.goto("/vi/papi/");
  await page.locator("#site-search-q").fill("TPHCM");
  await page.locator("#site-search-q").press("Enter");
  await expect(page).toHaveURL(/\/vi\/search\/\?q=TPHCM$/);
  await page.locator("main astro-island").first().scrollIntoViewIfNeeded();
  await expect(box(page)).toHaveValue("TPHCM");
  await expect(options(page).first().locator(".search-title")).toHaveText("Hồ Chí Minh");
  await page.goto("/en/search/?q=17%20NQ%20CP");
  await page.locator("main astro-island").first().scrollIntoViewIfNeeded();
  await expect(options(page).first().locator(".search-title")).toContainText("17/NQ-CP");
});

test("arrow keys move through the results and Enter opens the one chosen", async ({ page }) => {
  await ready(page, "/vi/search/");
  const input = box(page);
  await input.fill("hue");
  await expect(options(page)).not.toHaveCount(0);
  await input.press("ArrowDown");
  await input.press("ArrowDown");
  const second = options(page).nth(1);
  await expect(second).toHaveAttribute("aria-selected", "true");
  await expect(input).toHaveAttribute("aria-activedescendant", (await second.getAttribute("id"))!);
  await input.press("ArrowUp");
  await expect(options(page).first()).toHaveAttribute("aria-selected", "true");
  const href = await options(page).first().getAttribute("data-href");
  await input.press("Enter");
  await expect(page).toHaveURL((url) => url.pathname === href);
});

test("fetches the search index only when the box is first used, then only the parts a query needs", async ({ page }) => {
  const fetched: string[] = [];
  page.on("request", (r) => { if (r.url().includes("/search-index/")) fetched.push(new URL(r.url()).pathname); });
  await ready(page, "/vi/search/");
  await page.waitForLoadState("networkidle");
  expect(fetched).toEqual([]);
  await box(page).focus();
  await expect.poll(() => fetched).toEqual(["/vi/search-index/meta.json"]);
  await box(page).fill("da nang");
  await expect(options(page).first()).toContainText("Đà Nẵng");
  // Then posting shards (s…) and document chunks (d…), each once (which ones is a unit test's matter: tests/lib/search/pack.test.ts).
  expect(fetched.slice(1).some((p) => /^\/vi\/search-index\/s\d+\.json$/.test(p))).toBe(true);
  expect(fetched.every((p) => /^\/vi\/search-index\/(meta|[sd]\d+)\.json$/.test(p))).toBe(true);
  expect(new Set(fetched).size).toBe(fetched.length);
});

test("loads no script on a page with only the header's search form", async ({ page }) => {
  const scripts: string[] = [];
  page.on("request", (r) => { if (r.resourceType() === "script") scripts.push(r.url()); });
  await page.goto("/vi/provinces/");
  await page.locator("#site-search-q").fill("da nang");
  await page.waitForLoadState("networkidle");
  expect(scripts).toEqual([]);
});

for (const path of ["/vi/search/", "/en/search/"]) {
  test(`${path} has no axe violations with results showing`, async ({ page }) => {
    await ready(page, `${path}?q=ha`);
    await expect(options(page)).not.toHaveCount(0);
    await box(page).press("ArrowDown");
    const violations = await axeViolations(page);
    expect(violations.length, formatViolations(violations)).toBe(0);
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the search page says search needs JavaScript and links to the filter pages", async ({ page }) => {
    await page.goto("/en/search/?q=da+nang");
    const notice = (await page.locator("main noscript").textContent()) ?? "";
    expect(notice).toContain("Search needs JavaScript");
    await expect(page.locator("main noscript a")).toHaveText(["Documents, with filters", "Provinces and cities"]);
    await expect(page.locator("main noscript a").first()).toHaveAttribute("href", "/en/directives/");
  });
});
