// The two-language body format: every block of our prose in Vietnamese and English, quotations in
// their own language, and a fault reported at its line with what to write instead.
import { describe, expect, it } from "vitest";
import { bodyText, parseBody } from "../../../src/lib/schema/directive-body.ts";

const GOOD = [
  "## vi: Trích yếu", "## en: Title", "",
  "> vi: Nâng cao Chỉ số PAPI", "> vi: của tỉnh", "",
  "vi: Nguồn: seed-002.", "en: Source: seed-002.", "",
  "> en: An English page's words.", "",
].join("\n");

describe("parseBody()", () => {
  it("reads headings, prose in both languages and quotations in one", () => {
    const { blocks, problems } = parseBody(GOOD);
    expect(problems).toEqual([]);
    expect(blocks).toEqual([
      { kind: "heading", text: { vi: "Trích yếu", en: "Title" } },
      { kind: "quote", lang: "vi", text: "Nâng cao Chỉ số PAPI của tỉnh" },
      { kind: "prose", text: { vi: "Nguồn: seed-002.", en: "Source: seed-002." } },
      { kind: "quote", lang: "en", text: "An English page's words." },
    ]);
    expect(bodyText(blocks, "en")).toBe("Title\nNâng cao Chỉ số PAPI của tỉnh\nSource: seed-002.\nAn English page's words.");
  });

  const problem = (md: string) => parseBody(md).problems;

  it("requires both languages of prose and headings, at the line of the one present", () => {
    expect(problem("vi: Một.\n")).toEqual([{ line: 1, message: expect.stringContaining('add a line "en: …"') }]);
    expect(problem("vi: Một.\nen: One.\n\n## en: Two\n")).toEqual([{ line: 4, message: expect.stringContaining('"## vi: …"') }]);
  });

  it("rejects untagged text, an empty tag, two lines of one language, mixed blocks and English first", () => {
    expect(problem("The sources only mention it.\n")[0]).toMatchObject({ line: 1, message: expect.stringContaining("untagged") });
    expect(problem("vi: \nen: x\n")[0]).toMatchObject({ line: 1, message: expect.stringContaining("no text") });
    expect(problem("vi: a\nvi: b\nen: c\n")[0]).toMatchObject({ line: 2, message: expect.stringContaining("second Vietnamese line") });
    expect(problem("vi: a\nen: b\n> vi: c\n")[0]).toMatchObject({ line: 3, message: expect.stringContaining("mixes") });
    expect(problem("> vi: a\n> en: b\n")[0]).toMatchObject({ line: 2, message: expect.stringContaining("one language") });
    expect(problem("en: b\nvi: a\n")[0]).toMatchObject({ line: 1, message: expect.stringContaining("Vietnamese line") });
    expect(problem("\n\n")[0]).toMatchObject({ line: 1, message: expect.stringContaining("empty") });
  });
});
