import type { IndicatorValues } from '../indicators/computeIndicators.ts';
import { percentOf } from '../ratio.ts';
import { MODEL_766, type Group766 } from './model766.ts';

/** A part's estimated points, or why none (no data in the period, or not knowable from dossiers). */
export interface PartEstimate {
  readonly label: string;
  readonly points: number;
  readonly earned: number | null;
  readonly missing: 'no_data' | 'unknown' | null;
}

/** A group's estimate as a range: `min` counts unknown parts as 0, `max` as full marks. */
export interface GroupEstimate {
  readonly id: Group766['id'];
  readonly label: string;
  readonly points: number;
  readonly min: number;
  readonly max: number;
  readonly parts: readonly PartEstimate[];
}

/** The whole estimate, clearly a range rather than the official score. */
export interface Estimate766 {
  readonly min: number;
  readonly max: number;
  readonly groups: readonly GroupEstimate[];
}

/**
 * Estimates the unit's Decision 766 score from its own indicator values: each known part
 * earns its points times the indicator's rate; a part without data in the period, or not
 * knowable from dossiers at all, widens the range instead of pretending to be 0 or full.
 */
export function estimate766(values: IndicatorValues): Estimate766 {
  const groups = MODEL_766.map((group): GroupEstimate => {
    const parts = group.parts.map((part): PartEstimate => {
      if (part.kind === 'unknown') return { label: part.label, points: part.points, earned: null, missing: 'unknown' };
      const p = percentOf(values[part.indicatorId]);
      return p === null
        ? { label: part.label, points: part.points, earned: null, missing: 'no_data' }
        : { label: part.label, points: part.points, earned: (part.points * p) / 100, missing: null };
    });
    const known = parts.reduce((sum, p) => sum + (p.earned ?? 0), 0);
    const open = parts.reduce((sum, p) => sum + (p.earned === null ? p.points : 0), 0);
    return { id: group.id, label: group.label, points: group.points, min: known, max: known + open, parts };
  });
  return { min: groups.reduce((s, g) => s + g.min, 0), max: groups.reduce((s, g) => s + g.max, 0), groups };
}
