import type { vi } from "./vi.ts";

type Shape<T> = { [K in keyof T]: T[K] extends (...a: infer A) => string ? (...a: A) => string : T[K] extends object ? Shape<T[K]> : string };

export const en: Shape<typeof vi> = {
  entityKind: { unit: "Province or city", ministry: "Ministry or ministry-level agency", group: "Group or average", agency: "Provincial agency" },
  derivedNote: (editions, method) => `Dimension scores and totals for ${editions} are derived (not read from an official file): ${method}`,
  comparabilityNote: (span, other) => `Editions ${span} are not directly comparable with ${other} (the method changed).`,
  pressNote: "The Ministry of Home Affairs has not released the full table as data; this table holds the figures printed by the press and government portals, each with its source. A province missing from the table is one for which we have no published figure.",
  ownIndexNote: "A province's own indices (e.g. Bình Định's survey of its agencies) are not the Ministry's indices and do not compare with the national ones.",
  periodNote: "Every figure belongs to the period it was published for (a week, a month, a year, or a year up to a date); a weekly figure is never compared with a yearly result.",
  otherPeriods: (n) => `The dataset holds ${n} more figures for other periods (weeks, months, quarters, a year up to a date) or other indicators; this table holds full-year results only.`,
  displayPrecision: "Figures are shown to at most 4 decimals, as the PAPI reports print them; the full stored value is in the data (hover a figure to see it).",
  preferenceRule: "Where sources differ, the page shows the figure printed by the most sources; on a tie, official files and reports come before the press. The other figures are listed with their sources.",
};
