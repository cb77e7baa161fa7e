// Every page type in both languages renders in Chromium with no console errors and no axe
// violations (WCAG 2.2 AA), and its language switch leads to its twin.
import { expect, test, type Page } from "@playwright/test";
import { axeViolations, formatViolations } from "../helpers/axe.ts";
import { MISSING_PATHS, PAGE_TYPES, languageSwitchSelector, type Locale } from "../helpers/page-types.ts";

const LOCALES: readonly Locale[] = ["vi", "en"];

/** Collects console errors and uncaught exceptions from the moment it is called. */
function watchErrors(page: Page): { list: () => string[] } {
  const errors: { text: string; url: string }[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push({ text: msg.text(), url: msg.location().url });
  });
  page.on("pageerror", (err) => errors.push({ text: `uncaught: ${err.message}`, url: "" }));
  return { list: () => errors.map((e) => (e.url ? `${e.text} (${e.url})` : e.text)) };
}

/** Scrolls to the bottom and back so `client:visible` islands hydrate before the audit. */
async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await frame();
    }
    window.scrollTo(0, 0);
    await frame();
  });
  await page.waitForLoadState("networkidle");
}

async function renderAndAudit(page: Page, path: string, status: number, lang?: Locale): Promise<void> {
  const errors = watchErrors(page);
  const response = await page.goto(path);
  // Soft checks first, so one run reports the page's console errors and axe violations too.
  expect.soft(response?.status(), `HTTP status of ${path}`).toBe(status);
  if (lang) await expect.soft(page.locator("html")).toHaveAttribute("lang", lang);
  await expect.soft(page.locator("h1")).toHaveCount(1);
  await expect.soft(page.locator("h1").first()).toBeVisible();
  await scrollThrough(page);

  // A 404 page logs its own document's 404 status as a console error: that one is expected.
  const docUrl = response?.url() ?? "";
  const unexpected = errors
    .list()
    .filter((e) => !(status === 404 && e.includes("status of 404") && e.includes(docUrl)));
  expect.soft(unexpected, `console errors on ${path}`).toEqual([]);

  const violations = await axeViolations(page);
  expect(violations.length, `axe violations on ${path}:\n${formatViolations(violations)}`).toBe(0);
}

for (const type of PAGE_TYPES) {
  for (const lang of LOCALES) {
    const path = type[lang];
    test(`${type.id} (${path}) renders without errors or axe violations`, async ({ page }) => {
      await renderAndAudit(page, path, 200, lang);
    });
  }
}

for (const lang of LOCALES) {
  const path = MISSING_PATHS[lang];
  test(`a missing page (${path}) answers 404 with an accessible page`, async ({ page }) => {
    await renderAndAudit(page, path, 404);
  });
}

for (const type of PAGE_TYPES) {
  for (const from of LOCALES) {
    const to: Locale = from === "vi" ? "en" : "vi";
    test(`the language switch on ${type[from]} leads to ${type[to]}`, async ({ page }) => {
      await page.goto(type[from]);
      const link = page.locator(languageSwitchSelector(to)).first();
      await expect(link).toBeVisible();
      await link.click();
      await expect(page).toHaveURL((url) => url.pathname === type[to]);
      await expect(page.locator("html")).toHaveAttribute("lang", to);
    });
  }
}
