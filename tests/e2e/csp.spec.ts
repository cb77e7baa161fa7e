// The Content Security Policy in Chromium: it is enforced (an injected inline script is refused),
// and nothing the site itself does trips it — every page type loads, hydrates its islands and,
// on Compare and Search, works without one violation.
import { expect, test, type Page } from "@playwright/test";
import { PAGE_TYPES } from "../helpers/page-types.ts";

/** Records every securitypolicyviolation event of the page, from before its first script. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = list;
    document.addEventListener("securitypolicyviolation", (e) => list.push(`${e.effectiveDirective}: ${e.blockedURI || "inline"} (${e.sample})`));
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(r));
    }
  });
  await page.waitForLoadState("networkidle");
}

test("the policy is enforced: an inline script the page did not ship is refused", async ({ page }) => {
  const violations = await recordViolations(page);
  await page.goto("/vi/");
  const ran = await page.evaluate(() => {
    const s = document.createElement("script");
    s.textContent = "window.__injected = true";
    document.body.append(s);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(violations).toEqual([expect.stringMatching(/^script-src-elem: inline/)]);
});

for (const type of PAGE_TYPES) {
  test(`${type.id} (${type.vi}) loads and hydrates with no CSP violation`, async ({ page }) => {
    const violations = await recordViolations(page);
    await page.goto(type.vi);
    await scrollThrough(page);
    expect(await violations()).toEqual([]);
  });
}

test("Compare works under the policy: a province added, the charts redrawn", async ({ page }) => {
  const violations = await recordViolations(page);
  await page.goto("/vi/compare/?u=ha-noi-63,ho-chi-minh-63&i=papi");
  await page.locator("astro-island").first().scrollIntoViewIfNeeded();
  const box = page.locator('input[role="combobox"]');
  await box.fill("da nang");
  await box.press("Enter");
  await expect(page.locator(".compare-chip")).toHaveCount(3);
  expect(await violations()).toEqual([]);
});

test("Search works under the policy: engine and index fetched, results shown", async ({ page }) => {
  const violations = await recordViolations(page);
  await page.goto("/en/search/?q=da%20nang");
  await page.locator("main astro-island").first().scrollIntoViewIfNeeded();
  await expect(page.getByRole("listbox").getByRole("option").first()).toBeVisible();
  expect(await violations()).toEqual([]);
});
