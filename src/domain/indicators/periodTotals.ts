import type { Bucket } from './bucket.ts';
import { addCounters, zeroCounters, type Counters } from './counters.ts';
import { matchesFilter, type IndicatorFilter } from './indicatorFilter.ts';

/** The summed counters of a period, plus the procedures seen with fees and with online payments. */
export interface PeriodTotals {
  readonly counters: Counters;
  readonly proceduresWithFee: ReadonlySet<string>;
  readonly proceduresPaidOnline: ReadonlySet<string>;
}

/** Sums the buckets that pass `filter` (the caller chose the buckets of the period: see slotsOf). */
export function periodTotals(buckets: Iterable<Bucket>, filter: IndicatorFilter = {}): PeriodTotals {
  const counters = zeroCounters();
  const withFee = new Set<string>();
  const paid = new Set<string>();
  for (const b of buckets) {
    if (!matchesFilter(b, filter)) continue;
    if (b.procedureId === '') {
      addCounters(counters, b.counters);
      continue;
    }
    if (b.counters.feeDossiers > 0) withFee.add(b.procedureId);
    if (b.counters.paidOnline > 0) paid.add(b.procedureId);
  }
  return { counters, proceduresWithFee: withFee, proceduresPaidOnline: paid };
}
