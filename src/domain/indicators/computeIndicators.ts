import type { Ratio } from '../ratio.ts';
import type { Bucket } from './bucket.ts';
import { INDICATOR_DEFINITIONS } from './indicatorDefinitions.ts';
import type { IndicatorFilter } from './indicatorFilter.ts';
import { INDICATOR_IDS, type IndicatorId } from './indicatorId.ts';
import { periodTotals } from './periodTotals.ts';

/** Every indicator's ratio for one period and filter. */
export type IndicatorValues = Readonly<Record<IndicatorId, Ratio>>;

/** Computes every indicator over the buckets of a period (chosen by the caller: see slotsOf). */
export function computeIndicators(buckets: Iterable<Bucket>, filter: IndicatorFilter = {}): IndicatorValues {
  const totals = periodTotals(buckets, filter);
  return Object.fromEntries(INDICATOR_DEFINITIONS.map((d) => [d.id, d.compute(totals)])) as Record<IndicatorId, Ratio>;
}

/** Every indicator at 0 of 0 ("no data"): the value shown before the first read. */
export const NO_INDICATOR_DATA: IndicatorValues = Object.fromEntries(INDICATOR_IDS.map((id) => [id, { numerator: 0, denominator: 0 }])) as Record<IndicatorId, Ratio>;
