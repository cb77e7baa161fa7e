// Colour-blind-safe colours. Categorical: Okabe & Ito (2008), distinguishable under the common
// colour-vision deficiencies. Sequential: a light-to-dark blue ramp whose steps differ in
// lightness, so order reads in greyscale too. Colour is never the only carrier of meaning:
// every coloured mark also has a label, position or pattern.

export const CATEGORICAL = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"] as const;

/** Seven steps, light to dark; contrast with the page background rises with the value. */
export const SEQUENTIAL = ["#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#084594"] as const;

/** Fill for a unit with no value: a neutral grey, always paired with a hatch or a label. */
export const MISSING_FILL = "#d9d9d9";

export function categorical(i: number): string {
  return CATEGORICAL[((i % CATEGORICAL.length) + CATEGORICAL.length) % CATEGORICAL.length]!;
}
