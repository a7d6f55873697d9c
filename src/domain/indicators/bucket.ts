import type { Channel } from '../channel.ts';
import type { DateKey } from '../vietnamTime.ts';
import type { Counters } from './counters.ts';

/**
 * The dimensions users filter by (DOMAIN.md §4: field, officer, channel) and the time slot.
 * General buckets have procedureId ''; per-procedure fee buckets have a procedureId and no
 * officer or channel (so they answer field filters only). Empty string = none.
 */
export interface BucketDims {
  /** A Vietnam day `YYYY-MM-DD` for daily buckets, a half-month `YYYY-MM-a|b` for roll-ups. */
  readonly slot: DateKey | string;
  readonly field: string;
  readonly procedureId: string;
  readonly officerId: string;
  readonly channel: Channel | '';
}

/** One slot's counts for one combination of dimensions: the unit of the stored aggregates. */
export interface Bucket extends BucketDims {
  /** Stable key of the dimensions (see bucketKey). */
  readonly key: string;
  readonly counters: Counters;
}

/** The key of a bucket: the slot first, so keys sort and range by time. */
export function bucketKey(d: BucketDims): string {
  return [d.slot, d.field, d.procedureId, d.officerId, d.channel].map((part) => part.replaceAll('\u001f', ' ')).join('\u001f');
}
