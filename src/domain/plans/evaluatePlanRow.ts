import { percentOf } from '../ratio.ts';
import { meetsComparator, type Comparator } from './comparator.ts';
import type { PlanTargetRow } from './planSchema.ts';
import type { PlanRowValue } from './planRowValue.ts';

/** Whether a row's target is met for a period; `no_data` when nothing can be said (0 of 0). */
export type PlanRowStatus = 'met' | 'not_met' | 'no_data';

/** A row judged against its target. */
export interface PlanRowEvaluation {
  readonly status: PlanRowStatus;
  /** The measured percentage, unrounded; null for text rows and when there is no data. */
  readonly percent: number | null;
  /**
   * Percentage points still missing to the target's figure, 0 when met; null without a percent.
   * A "trên X" (gt) target measured at exactly X has a gap of 0 yet is not met: it needs more than X.
   */
  readonly gap: number | null;
  /** Present when the row has a floor and a percent: true when the floor itself is crossed. */
  readonly floorBreached?: boolean;
}

interface Measurement {
  readonly percent: number;
  /** Sign of (measurement − threshold). */
  compareTo(threshold: number): number;
}

/** Targets carry at most three decimals (99,5%); thresholds are scaled to integers by this. */
const SCALE = 1000;

const NO_DATA: PlanRowEvaluation = { status: 'no_data', percent: null, gap: null };

function measure(value: PlanRowValue | undefined): Measurement | null {
  if (value === undefined || 'text' in value) return null;
  if ('percent' in value) {
    const p = value.percent;
    if (!Number.isFinite(p) || p < 0 || p > 100) return null;
    return { percent: p, compareTo: (threshold) => Math.sign(p - threshold) };
  }
  const { numerator: n, denominator: d } = value;
  // 0 of 0 is "no data" (ratio.ts); a share above 100% or a negative count is a typing error, not a result.
  if (!Number.isFinite(n) || !Number.isFinite(d) || n < 0 || d <= 0 || n > d) return null;
  const percent = percentOf(value);
  if (percent === null) return null;
  // Compared on the counts, not on a rounded percent: 199 of 200 stays below 100.
  return { percent, compareTo: (threshold) => Math.sign(n * 100 * SCALE - Math.round(threshold * SCALE) * d) };
}

function meets(measurement: Measurement, threshold: { value: number; comparator: Comparator }): boolean {
  return meetsComparator(measurement.compareTo(threshold.value), threshold.comparator);
}

/** Judges a row: `value` is the indicator's Ratio, or the user's manual entry, or nothing yet. */
export function evaluatePlanRow(row: PlanTargetRow, value: PlanRowValue | undefined): PlanRowEvaluation {
  if (row.target.kind === 'text') {
    // Words cannot be measured: only the user can say a text target is met.
    if (value === undefined || !('text' in value) || value.met === null) return NO_DATA;
    return { status: value.met ? 'met' : 'not_met', percent: null, gap: null };
  }
  const measurement = measure(value);
  if (measurement === null) return NO_DATA;
  const met = meets(measurement, row.target);
  const gap = met ? 0 : Math.max(0, row.target.value - measurement.percent);
  const evaluation = { status: met ? 'met' : 'not_met', percent: measurement.percent, gap } as const;
  return row.floor === undefined ? evaluation : { ...evaluation, floorBreached: !meets(measurement, row.floor) };
}
