// Province names and codes → unit ids: vn63-<GSO code> (2008-08-01 … 2025-06-30) and
// vn34-<code> (from 2025-07-01), read from the shared province tables.
import { slugify } from "../lib.ts";
import { cell, readLines } from "./input.ts";

/** Names the press uses that the GSO tables spell differently (compared as slugs). */
const ALIASES_63: Record<string, string> = {
  "thua-thien-hue": "46",
  "bac-can": "06",
  "tp-ho-chi-minh": "79",
  "thanh-pho-ho-chi-minh": "79",
};

export class Provinces {
  readonly names63 = new Map<string, string>();
  readonly names34 = new Map<string, string>();
  private readonly bySlug63 = new Map<string, string>();

  constructor(shared: string) {
    for (const l of readLines(shared, "provinces_63_codes.csv")) {
      const code = cell(l, "gso_code");
      this.names63.set(code, cell(l, "name_vi"));
      this.bySlug63.set(slugify(cell(l, "name_vi")), code);
    }
    for (const l of readLines(shared, "provinces_34_2025.csv")) this.names34.set(cell(l, "code"), cell(l, "name_vi"));
    if (this.names63.size !== 63 || this.names34.size !== 34) throw new Error("province tables are not 63 and 34 rows");
  }

  /** The 63-frame code for a printed name, or undefined. */
  code63(name: string): string | undefined {
    const s = slugify(name);
    return this.bySlug63.get(s) ?? ALIASES_63[s];
  }

  /** vn63 id from a code, checking that the printed name (if any) is that province. */
  id63(code: string, printedName = "", origin = ""): string {
    if (!this.names63.has(code)) throw new Error(`${origin}: ${code} is not a 63-frame GSO code`);
    if (printedName && this.code63(printedName) !== code) throw new Error(`${origin}: "${printedName}" is not code ${code}`);
    return `vn63-${code}`;
  }

  id63ByName(name: string, origin: string): string {
    const code = this.code63(name);
    if (!code) throw new Error(`${origin}: unknown province "${name}"`);
    return `vn63-${code}`;
  }

  /** vn34 id; the printed name must be the unit's name (the 34-frame units keep one of the old names). */
  id34(code: string, printedName: string, origin: string): string {
    const name = this.names34.get(code);
    if (!name) throw new Error(`${origin}: ${code} is not a 34-frame code`);
    if (slugify(name) !== slugify(printedName)) throw new Error(`${origin}: "${printedName}" is not 34-frame unit ${code} (${name})`);
    return `vn34-${code}`;
  }

  nameOf(id: string): string | undefined {
    const m = /^vn(63|34)-(\d{2})$/.exec(id);
    if (!m) return undefined;
    return (m[1] === "63" ? this.names63 : this.names34).get(m[2]!);
  }
}
