// The Compare page's island in Chromium: the selection lives in the address, the type-ahead takes
// names without diacritics, every control is reached with Tab and worked with Enter, no axe
// violations in either language, and without JavaScript the default comparison still shows.
import { expect, test, type Page } from "@playwright/test";
import { axeViolations, formatViolations } from "../helpers/axe.ts";

/** client:visible hydrates once the island is on screen: bring it there and wait for the type-ahead. */
async function hydrated(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator("astro-island").first().scrollIntoViewIfNeeded();
  await expect(typeahead(page)).toBeVisible();
}

/** The province type-ahead (the selects are comboboxes to ARIA too). */
const typeahead = (page: Page) => page.locator('input[role="combobox"]');
const options = (page: Page) => page.getByRole("listbox").getByRole("option");

const chips = (page: Page) => page.locator(".compare-chip");
const search = (page: Page) => new URL(page.url()).search;

test("restores the selection from the address", async ({ page }) => {
  await hydrated(page, "/vi/compare/?u=da-nang-63,hai-phong-63,can-tho-63&i=sipas");
  await expect(chips(page)).toHaveText(["Đà Nẵng", "Hải Phòng", "Cần Thơ"].map((n) => new RegExp(n)));
  await expect(page.locator("#compare-index")).toHaveValue("sipas");
  // The figures follow: the trend table's columns are the provinces chosen, in order.
  await expect(page.locator("#compare-trend thead th")).toHaveText(["Kỳ", "Đà Nẵng", "Hải Phòng", "Cần Thơ"]);
});

test("adds a province typed without diacritics with Enter, and writes it into the address", async ({ page }) => {
  await hydrated(page, "/vi/compare/?u=ha-noi-63,ho-chi-minh-63&i=papi");
  const box = typeahead(page);
  await box.fill("da nang");
  await expect(box).toHaveAttribute("aria-expanded", "true");
  const first = options(page).first();
  await expect(first).toHaveText("Đà Nẵng");
  await expect(box).toHaveAttribute("aria-activedescendant", (await first.getAttribute("id"))!);
  await box.press("Enter");
  await expect(chips(page)).toHaveCount(3);
  await expect(chips(page).nth(2)).toContainText("Đà Nẵng");
  await expect.poll(() => search(page)).toBe("?u=ha-noi-63,ho-chi-minh-63,da-nang-63&i=papi");
  await expect(box).toHaveValue("");
  await expect(box).toBeFocused();
});

test("moves through the options with the arrow keys and closes them with Escape", async ({ page }) => {
  await hydrated(page, "/en/compare/?u=ha-noi-63,ho-chi-minh-63&i=papi");
  const box = typeahead(page);
  await box.fill("dak");
  await expect(options(page)).toHaveText(["Dak Lak", "Dak Nong"]);
  await box.press("ArrowDown");
  await expect(options(page).filter({ hasText: "Dak Nong" })).toHaveAttribute("aria-selected", "true");
  await box.press("Escape");
  await expect(box).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("listbox")).toBeHidden();
  await box.press("Escape");
  await expect(box).toHaveValue("");
});

test("reaches every control of the island with Tab, and Enter works them", async ({ page }) => {
  await hydrated(page, "/vi/compare/?u=ha-noi-63,da-nang-63,thua-thien-hue-63&i=papi");
  const controls = page.locator(".compare :is(input, select, button, a[href], summary)");
  const total = await controls.count();
  expect(total).toBeGreaterThan(8);
  await page.evaluate(() => document.addEventListener("focusin", (e) => (e.target as Element).setAttribute("data-tab-reached", "")));
  await page.locator("body").focus();
  // Past the header's links and through the island, with room to spare.
  for (let i = 0; i < total + 40; i++) await page.keyboard.press("Tab");
  const missed = await controls.evaluateAll((els) => els.filter((e) => !e.hasAttribute("data-tab-reached")).map((e) => e.outerHTML.slice(0, 120)));
  expect(missed).toEqual([]);

  // Enter on a remove button removes that province and updates the address.
  await page.getByRole("button", { name: "Bỏ Đà Nẵng" }).focus();
  await page.keyboard.press("Enter");
  await expect(chips(page)).toHaveCount(2);
  await expect.poll(() => search(page)).toBe("?u=ha-noi-63,thua-thien-hue-63&i=papi");
  // Enter on a figure's table toggle opens its table.
  const toggle = page.locator("#compare-trend summary");
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("#compare-trend table")).toBeVisible();
  // The index select by keyboard: the address follows.
  await page.locator("#compare-index").selectOption("par-index");
  await expect.poll(() => search(page)).toBe("?u=ha-noi-63,thua-thien-hue-63&i=par-index");
});

for (const lang of ["vi", "en"] as const) {
  test(`has no axe violations on /${lang}/compare/, with the option list open too`, async ({ page }) => {
    await hydrated(page, `/${lang}/compare/`);
    let violations = await axeViolations(page);
    expect(violations.length, formatViolations(violations)).toBe(0);
    await typeahead(page).fill("ha");
    await expect(page.getByRole("listbox")).toBeVisible();
    await page.locator("details").evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    violations = await axeViolations(page);
    expect(violations.length, formatViolations(violations)).toBe(0);
  });
}

test("is accessible before hydration too: the server-rendered form and figures", async ({ page }) => {
  // A short viewport keeps the island off screen, so client:visible has not hydrated it yet.
  await page.setViewportSize({ width: 390, height: 200 });
  await page.goto("/en/compare/");
  await expect(page.locator("form.compare-plain")).toHaveCount(1);
  const violations = await axeViolations(page);
  expect(violations.length, formatViolations(violations)).toBe(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("shows the default comparison, its figures and a plain form", async ({ page }) => {
    await page.goto("/vi/compare/");
    await expect(page.locator("form.compare-plain select[name=u]")).toHaveCount(6);
    await expect(page.locator("form.compare-plain select[name=u]").first()).toHaveValue("ha-noi-63");
    await expect(page.locator("#compare-trend thead th")).toHaveText(["Kỳ", "Hà Nội", "Đà Nẵng", "Hồ Chí Minh"]);
    await expect(page.locator("#compare-trend svg")).toBeVisible();
    await expect(page.locator("#compare-rank svg")).toBeVisible();
    await expect(page.locator("#compare-profile svg")).toHaveCount(3);
  });
});
