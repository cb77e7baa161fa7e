// Locale number formatting for pages. Downloads use plain machine numbers (84.38), never these.
import type { Lang } from "../views/types.ts";

/** Intl locale per site language; vi-VN prints a decimal comma and a grouping dot (1.234,5). */
const NUMBER_LOCALE: Record<Lang, string> = { vi: "vi-VN", en: "en-GB" };

export interface NumberOptions {
  /**
   * Decimals to show at least: pads with zeros so 88.3 printed as "88.30" in its source shows
   * "88,30". Never fewer than the value itself has: a page must not print a rounded figure.
   */
  decimals?: number;
}

/**
 * Decimals a number really carries. Values come from CSV text; 15 significant digits cover any
 * figure a source prints and drop binary noise from sums (41.6286 + 0 stays 41.6286).
 */
export function decimalsOf(value: number): number {
  const text = String(Number(value.toPrecision(15)));
  const match = /^-?\d+(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(text);
  if (!match) return 0;
  const fraction = match[1]?.length ?? 0;
  const exponent = Number(match[2] ?? 0);
  return Math.max(0, fraction - exponent);
}

/** 46.0415 → "46,0415" (vi) / "46.0415" (en); 22000 → "22.000" / "22,000". */
export function formatNumber(value: number, lang: Lang, options: NumberOptions = {}): string {
  if (!Number.isFinite(value)) throw new RangeError(`formatNumber: not a finite number: ${value}`);
  const digits = Math.max(decimalsOf(value), options.decimals ?? 0);
  return new Intl.NumberFormat(NUMBER_LOCALE[lang], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** A value already in percent (84.38 means 84.38 %): "84,38%" (vi) / "84.38%" (en). */
export function formatPercent(value: number, lang: Lang, options: NumberOptions = {}): string {
  return `${formatNumber(value, lang, options)}%`;
}
