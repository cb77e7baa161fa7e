// Exact decimal sums, so re-checking the derived table compares digits, not float noise.
const SCALE = 20;

export function toScaled(s: string): bigint {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) throw new Error(`not a plain decimal: ${s}`);
  const frac = (m[2] ?? "").padEnd(SCALE, "0");
  if (frac.length > SCALE) throw new Error(`too many decimals: ${s}`);
  return BigInt(m[1]! + frac);
}

/** Rounds a scaled value half up to `d` decimals and returns it scaled again. */
export function roundScaled(v: bigint, d: number): bigint {
  const unit = 10n ** BigInt(SCALE - d);
  return ((v + unit / 2n) / unit) * unit;
}
