// The directive filters are plain pages and links: with JavaScript off, a reader opens a filter
// group, picks a value and gets exactly the documents that match, as data/directives says.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import Papa from "papaparse";

type Doc = { id: string; doc_type: string; scope: string; date_issued: string };
const docs = Papa.parse<Doc>(readFileSync("data/directives/documents.csv", "utf8"), { header: true, skipEmptyLines: true }).data;

test.use({ javaScriptEnabled: false });

test("with JavaScript off, the type filter lists exactly the directives (Chỉ thị) in the data", async ({ page }) => {
  await page.goto("/vi/directives/");
  await page.locator("nav.filters").getByText("Loại văn bản", { exact: true }).click();
  await page.getByRole("link", { name: /^Chỉ thị/ }).first().click();
  await expect(page).toHaveURL(/\/vi\/directives\/type\/chi-thi\/$/);
  const listed = await page.locator("ol.directive-list > li > a, ol.directive-list > li :is(h2, h3, p) > a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  const expected = docs.filter((d) => d.doc_type === "chi-thi").map((d) => `/vi/directives/${d.id}/`).sort();
  expect([...new Set(listed)].filter((h) => h?.startsWith("/vi/directives/") && !/\/(type|issuer|scope|year|topic)\//.test(h)).sort()).toEqual(expected);
});

test("with JavaScript off, the province filter leads from Quảng Trị's documents to Chỉ thị 10/CT-UBND", async ({ page }) => {
  const scope = docs.find((d) => d.id.startsWith("10-ct-ubnd"))!.scope;
  await page.goto(`/vi/directives/scope/${scope}/`);
  const expected = docs.filter((d) => d.scope === scope).length;
  await expect(page.locator("ol.directive-list > li")).toHaveCount(expected);
  await page.getByRole("link", { name: /10\/CT-UBND/ }).first().click();
  await expect(page).toHaveURL(/\/vi\/directives\/10-ct-ubnd-2022-quang-tri\/$/);
  await expect(page.locator("h1")).toContainText("10/CT-UBND");
});
