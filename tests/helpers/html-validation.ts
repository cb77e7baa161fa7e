// Validating built pages against the HTML standard, offline, with html-validate: its "standard"
// rules (content models, required attributes, duplicate ids, unknown elements, character
// references...) plus three document rules. Style rules (quotes, void style, inline style) are
// left out: they are preferences, not errors. So is input-missing-label (axe checks labels in
// the browser tests), which alone would triple the run time on the large table pages.
import { HtmlValidate, type ConfigData } from "html-validate";

export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ["html-validate:standard"],
  rules: { "missing-doctype": "error", "no-missing-references": "error", "heading-level": "error" },
};

/**
 * The one thing Astro itself writes that HTML does not allow: the style its island runtime puts
 * in <body> just before the first island (astro/dist/runtime/server/scripts.js). Browsers apply a
 * <style> anywhere; it is exempt, by its exact text, and nothing else is.
 */
export const ASTRO_ISLAND_STYLE = "<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>";

/** html-validate points at the element's name, just after its "<". */
const isIslandStyle = (html: string, offset: number): boolean => html.startsWith(ASTRO_ISLAND_STYLE, offset - 1);

export interface HtmlError {
  line: number;
  column: number;
  rule: string;
  message: string;
}

export function createValidator(config: ConfigData = HTML_VALIDATE_CONFIG) {
  const hv = new HtmlValidate(config);
  return async (html: string, name: string): Promise<HtmlError[]> => {
    const report = await hv.validateString(html, name);
    return report.results
      .flatMap((r) => r.messages)
      .filter((m) => !(m.ruleId === "element-permitted-content" && isIslandStyle(html, m.offset)))
      .map((m) => ({ line: m.line, column: m.column, rule: m.ruleId, message: m.message }));
  };
}
