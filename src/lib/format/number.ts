// Locale number formatting for pages. Downloads use plain machine numbers (84.38), never these.
import type { Lang } from "../views/types.ts";

/** Intl locale per site language; vi-VN prints a decimal comma and a grouping dot (1.234,5). */
const NUMBER_LOCALE: Record<Lang, string> = { vi: "vi-VN", en: "en-GB" };

/**
 * The most decimals a page prints, as the PAPI reports print their scores (46.0414). The source
 * files store single-precision floats widened to double (5.054007053375244 is 5.054007), so
 * printing every stored digit would claim a precision no producer has. Pages say so; the exact
 * stored value stays in the data, the downloads and the cell's title.
 */
export const DISPLAY_MAX_DECIMALS = 4;

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

/** Whether a page prints `value` with fewer decimals than the data hold (see DISPLAY_MAX_DECIMALS). */
export function isShortened(value: number): boolean {
  return decimalsOf(value) > DISPLAY_MAX_DECIMALS && Math.abs(value) >= 10 ** -DISPLAY_MAX_DECIMALS;
}

/** 46.0415 → "46,0415" (vi) / "46.0415" (en); 22000 → "22.000" / "22,000". */
export function formatNumber(value: number, lang: Lang, options: NumberOptions = {}): string {
  if (!Number.isFinite(value)) throw new RangeError(`formatNumber: not a finite number: ${value}`);
  const wanted = Math.max(decimalsOf(value), options.decimals ?? 0);
  // A tiny non-zero value keeps its digits rather than print as 0,0000.
  const digits = value !== 0 && Math.abs(value) < 10 ** -DISPLAY_MAX_DECIMALS ? wanted : Math.min(wanted, DISPLAY_MAX_DECIMALS);
  return new Intl.NumberFormat(NUMBER_LOCALE[lang], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** A value already in percent (84.38 means 84.38 %): "84,38%" (vi) / "84.38%" (en). */
export function formatPercent(value: number, lang: Lang, options: NumberOptions = {}): string {
  return `${formatNumber(value, lang, options)}%`;
}
