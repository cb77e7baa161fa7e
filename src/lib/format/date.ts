// Dates as pages show them; data and downloads keep ISO (2026-11-22).
import type { Lang } from "../views/types.ts";

// Fixed abbreviations: ICU versions disagree (en-GB prints "Sept" in some), builds must not.
const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * ISO date → "22/11/2026" (vi) or "22 Nov 2026" (en). Partial dates keep their precision
 * ("2026-11" → "11/2026" / "Nov 2026"; "2026" stays). Empty stays empty; text that is not an ISO
 * date is returned unchanged rather than guessed at.
 */
export function formatDate(iso: string, lang: Lang): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso.trim());
  if (!match) return iso;
  const [, year, month, day] = match;
  const monthIndex = month === undefined ? -1 : Number(month) - 1;
  if (month !== undefined && (monthIndex < 0 || monthIndex > 11)) return iso;
  if (lang === "vi") return [day, month, year].filter((part) => part !== undefined).join("/");
  const parts = [day === undefined ? undefined : String(Number(day)), EN_MONTHS[monthIndex], year];
  return parts.filter((part) => part !== undefined).join(" ");
}
