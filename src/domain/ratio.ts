/** An indicator value: numerator over denominator, never only a percentage. */
export interface Ratio {
  readonly numerator: number;
  readonly denominator: number;
}

/** The percentage of a ratio, or null for "no data" (0 of 0 is neither 0% nor 100%). */
export function percentOf(ratio: Ratio): number | null {
  if (ratio.denominator === 0) return null;
  return (ratio.numerator / ratio.denominator) * 100;
}
