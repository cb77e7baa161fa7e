// Why a value is missing, in words: a page never shows 0 or a bare dash for "no value".
import { t } from "../i18n/index.ts";
import type { Lang, ValueStatus } from "../lib/views/types.ts";

export function missingLabel(status: ValueStatus, lang: Lang): string {
  switch (status) {
    case "not_published":
    case "no_data":
    case "not_surveyed":
    case "unit_not_existing":
      return t(lang, `status.${status}`);
    // A reported or derived row without a value breaks the data contract; say so rather than hide it.
    case "reported":
    case "derived":
      return t(lang, "status.missing");
  }
}
