// Differences between two published figures, exact to the decimals the figures carry.
import { decimalsOf } from "../format/number.ts";

/**
 * `to − from` without binary noise: 46.0415 − 45.7875 is 0.254, not 0.25399999999999778. The
 * result has no more decimals than the more precise of the two figures, so nothing is rounded
 * that the sources printed.
 */
export function difference(from: number, to: number): number {
  const digits = Math.max(decimalsOf(from), decimalsOf(to));
  return Number((to - from).toFixed(Math.min(digits, 100)));
}

/** Rank change as places gained: 5th → 2nd is +3 (rank 1 is best). */
export function placesGained(fromRank: number, toRank: number): number {
  return fromRank - toRank;
}
