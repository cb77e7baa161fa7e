// A document's body (data/directives/<id>.md): our own prose in Vietnamese and English, and
// quotations from the sources in the one language they were written in. A block is a run of
// lines between blank lines, and every line says its language:
//
//   ## vi: Trích yếu                 a heading, Vietnamese then English
//   ## en: Title and summary
//
//   vi: Nguồn: seed-002.             a paragraph of our prose, Vietnamese then English
//   en: Source: seed-002.
//
//   > vi: Nâng cao Chỉ số …          a quotation, shown as printed on every page
//   > vi: (a quotation may run over several lines, each in the same language)
//
// A page shows its own language's prose and every quotation, marked with the quotation's
// language. A block missing one language is an error, so no page falls back to the other.

export const BODY_LANGS = ["vi", "en"] as const;
export type BodyLang = (typeof BODY_LANGS)[number];

export type BodyBlock =
  | { kind: "heading"; text: Record<BodyLang, string> }
  | { kind: "prose"; text: Record<BodyLang, string> }
  | { kind: "quote"; lang: BodyLang; text: string };

/** A fault at a line of the file (1-based). */
export interface BodyProblem {
  line: number;
  message: string;
}

const NAME: Record<BodyLang, string> = { vi: "Vietnamese", en: "English" };
const TAGGED = /^(## |> )?(vi|en): (.*)$/;

interface Line {
  n: number;
  prefix: "" | "## " | "> ";
  lang: BodyLang;
  text: string;
}

/** Blocks in file order, and every problem found (an empty list: the body is valid). */
export function parseBody(md: string): { blocks: BodyBlock[]; problems: BodyProblem[] } {
  const blocks: BodyBlock[] = [];
  const problems: BodyProblem[] = [];
  const lines = md.replace(/\n$/, "").split("\n");
  let run: Line[] = [];
  const flush = () => {
    if (run.length > 0) {
      const b = blockOf(run, problems);
      if (b) blocks.push(b);
    }
    run = [];
  };
  lines.forEach((raw, i) => {
    const n = i + 1;
    if (raw.trim() === "") return flush();
    const m = TAGGED.exec(raw);
    if (!m) {
      problems.push({ line: n, message: `untagged text: start the line with "vi: " or "en: " (our prose), "## vi: " / "## en: " (a heading) or "> vi: " / "> en: " (a quotation in its own language)` });
      return;
    }
    const text = m[3]!.trim();
    if (text === "") problems.push({ line: n, message: `"${m[0]}" has no text after the language tag` });
    run.push({ n, prefix: (m[1] ?? "") as Line["prefix"], lang: m[2] as BodyLang, text });
  });
  flush();
  if (blocks.length === 0 && problems.length === 0) problems.push({ line: 1, message: "the body is empty: say what the sources say of the document, in Vietnamese and English" });
  return { blocks, problems };
}

function blockOf(run: readonly Line[], problems: BodyProblem[]): BodyBlock | null {
  const first = run[0]!;
  const mixed = run.find((l) => l.prefix !== first.prefix);
  if (mixed) {
    problems.push({ line: mixed.n, message: "a block mixes headings, prose and quotations: separate them with a blank line" });
    return null;
  }
  if (first.prefix === "> ") {
    const other = run.find((l) => l.lang !== first.lang);
    if (other) {
      problems.push({ line: other.n, message: `a quotation is in one language (this one began in ${NAME[first.lang]}): start a new block for the other` });
      return null;
    }
    return { kind: "quote", lang: first.lang, text: run.map((l) => l.text).join(" ") };
  }
  // Prose and headings: one line per language, Vietnamese first.
  const what = first.prefix === "## " ? "heading" : "paragraph";
  const tag = (lang: BodyLang) => `${first.prefix}${lang}: `;
  let ok = true;
  const seen = new Map<BodyLang, Line>();
  for (const l of run) {
    if (seen.has(l.lang)) {
      problems.push({ line: l.n, message: `a second ${NAME[l.lang]} line in one ${what}: write each language on one line, and separate ${what}s with a blank line` });
      ok = false;
    } else seen.set(l.lang, l);
  }
  for (const lang of BODY_LANGS) {
    if (!seen.has(lang)) {
      const other = lang === "vi" ? "en" : "vi";
      problems.push({ line: seen.get(other)!.n, message: `${NAME[other]} ${what} without its ${NAME[lang]} version: add a line "${tag(lang)}…" to this block` });
      ok = false;
    }
  }
  if (ok && run[0]!.lang !== "vi") {
    problems.push({ line: run[0]!.n, message: `put the Vietnamese line ("${tag("vi")}…") first` });
    ok = false;
  }
  if (!ok) return null;
  const text = { vi: seen.get("vi")!.text, en: seen.get("en")!.text };
  return first.prefix === "## " ? { kind: "heading", text } : { kind: "prose", text };
}

/** The words of a body in one language: its prose in that language and every quotation. */
export function bodyText(blocks: readonly BodyBlock[], lang: BodyLang): string {
  return blocks.map((b) => (b.kind === "quote" ? b.text : b.text[lang])).join("\n");
}
