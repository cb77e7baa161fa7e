// t(lang, key, vars): the one way components read UI text.
import type { Lang } from "../lib/views/types.ts";
import { en } from "./en.ts";
import { vi, type UiKey } from "./vi.ts";

export type { UiKey } from "./vi.ts";

const STRINGS: Record<Lang, Record<UiKey, string>> = { vi, en };

/** The other site language: the target of the language switch. */
export function otherLang(lang: Lang): Lang {
  return lang === "vi" ? "en" : "vi";
}

/**
 * UI string for `key` in `lang`, with `{name}` placeholders filled from `vars`.
 * A placeholder left without a value throws: a half-filled sentence must not reach a page.
 */
export function t(lang: Lang, key: UiKey, vars: Record<string, string | number> = {}): string {
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`t(${lang}, ${key}): no value for {${name}}`);
    return String(value);
  });
}
