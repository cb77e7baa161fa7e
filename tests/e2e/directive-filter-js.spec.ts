// The directives list filtered in place with JavaScript: menus instead of links, the list and a
// live count that match data/directives, the selection in the address (shareable, restored on
// load), and no axe violations once filtered. Without JavaScript the links stay (see
// directive-filters.spec.ts) and the menus never show.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import Papa from "papaparse";
import { axeViolations, formatViolations } from "../helpers/axe.ts";

type Doc = { id: string; doc_type: string; issuer: string; scope: string; date_issued: string; topics: string };
const docs = Papa.parse<Doc>(readFileSync("data/directives/documents.csv", "utf8"), { header: true, skipEmptyLines: true }).data;

const shown = (page: Page) => page.locator("#directive-list > li:visible");
const shownIds = async (page: Page, lang: string) =>
  (await shown(page).locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? "")))
    .filter((h) => h.startsWith(`/${lang}/directives/`)).map((h) => h.split("/")[3]).sort();
const idsWhere = (keep: (d: Doc) => boolean) => docs.filter(keep).map((d) => d.id).sort();

test("with JavaScript, choosing a type and a year filters the list in place, counts it live and puts it in the address", async ({ page }) => {
  await page.goto("/vi/directives/");
  await expect(page.locator("#directive-filter")).toBeVisible();
  await expect(page.locator("#directive-filter-links")).toBeHidden();
  await expect(shown(page)).toHaveCount(docs.length);

  await page.getByLabel("Loại văn bản", { exact: true }).selectOption("chi-thi");
  const directives = idsWhere((d) => d.doc_type === "chi-thi");
  await expect(shown(page)).toHaveCount(directives.length);
  await expect(page.getByRole("status")).toHaveText(`Đang hiển thị ${directives.length} trên ${docs.length} văn bản`);
  expect(await shownIds(page, "vi")).toEqual(directives);

  await page.getByLabel("Năm ban hành", { exact: true }).selectOption("2022");
  const both = idsWhere((d) => d.doc_type === "chi-thi" && d.date_issued.startsWith("2022-"));
  expect(both.length).toBeGreaterThan(0);
  await expect(shown(page)).toHaveCount(both.length);
  expect(await shownIds(page, "vi")).toEqual(both);
  await expect.poll(() => new URL(page.url()).search).toBe("?type=chi-thi&year=2022");
  await expect(page.locator("#directive-list-count")).toHaveText(`${both.length} văn bản`);

  await page.getByRole("button", { name: "Bỏ lọc" }).click();
  await expect(shown(page)).toHaveCount(docs.length);
  await expect.poll(() => new URL(page.url()).search).toBe("");
});

test("the address restores a filter: a province and a topic", async ({ page }) => {
  const scope = docs.find((d) => d.id === "5359-qd-ubnd-2021-binh-dinh")!.scope;
  await page.goto(`/en/directives/?scope=${scope}&topic=sipas`);
  const expected = idsWhere((d) => d.scope === scope && d.topics.split(" ").includes("sipas"));
  expect(expected.length).toBeGreaterThan(1);
  await expect(page.getByLabel("Scope", { exact: true })).toHaveValue(scope);
  await expect(page.getByLabel("Topic", { exact: true })).toHaveValue("sipas");
  await expect(shown(page)).toHaveCount(expected.length);
  expect(await shownIds(page, "en")).toEqual(expected);
  await expect(page.getByRole("status")).toHaveText(`Showing ${expected.length} of ${docs.length} documents`);
  // A value the list does not offer is ignored: the full list, not an empty one.
  await page.goto("/en/directives/?type=no-such-type");
  await expect(shown(page)).toHaveCount(docs.length);
});

test("the filtered list has no axe violations, in both languages", async ({ page }) => {
  for (const path of ["/vi/directives/?issuer=ubnd-tinh&year=2022", "/en/directives/?topic=papi"]) {
    await page.goto(path);
    await expect(page.locator("#directive-filter")).toBeVisible();
    const violations = await axeViolations(page);
    expect(violations, formatViolations(violations)).toEqual([]);
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the menus stay hidden and the links to the filter pages stay", async ({ page }) => {
    await page.goto("/vi/directives/?type=chi-thi");
    await expect(page.locator("#directive-filter")).toBeHidden();
    await expect(page.locator("#directive-filter-links")).toBeVisible();
    await expect(page.locator("#directive-list > li")).toHaveCount(docs.length);
  });
});
