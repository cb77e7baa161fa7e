// The HTML validator finds what the standard forbids and exempts only Astro's island style.
import { describe, expect, it } from "vitest";
import { ASTRO_ISLAND_STYLE, createValidator } from "./html-validation.ts";

const doc = (body: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body><main>${body}</main></body></html>`;
const validate = createValidator();
const rules = async (html: string) => (await validate(html, "t.html")).map((e) => e.rule);

describe("createValidator()", () => {
  it("passes a valid page, Astro's island style in <body> included", async () => {
    expect(await rules(doc(`<h1>a</h1><figure><figcaption>c</figcaption><svg viewBox="0 0 1 1"></svg><details><summary>s</summary></details></figure><div>${ASTRO_ISLAND_STYLE}<p>x</p></div>`))).toEqual([]);
  });

  it("fails a <figcaption> in the middle of its figure, a duplicate id, a block in an inline element", async () => {
    expect(await rules(doc(`<h1 id="a">a</h1><figure><p>x</p><figcaption>c</figcaption><details><summary>s</summary></details></figure><span id="a"><div>d</div></span>`)))
      .toEqual(expect.arrayContaining(["element-permitted-order", "no-dup-id", "element-permitted-content"]));
  });

  it("fails any other <style> in <body>, an aria-labelledby to no element, and a page without a doctype", async () => {
    expect(await rules(doc(`<h1>a</h1><div><style>p{color:red}</style></div>`))).toEqual(["element-permitted-content"]);
    expect(await rules(doc(`<h1>a</h1><figure aria-labelledby="nope"></figure>`))).toEqual(["no-missing-references"]);
    expect(await rules(doc(`<h1>a</h1>`).replace("<!DOCTYPE html>", ""))).toEqual(["missing-doctype"]);
  });
});
