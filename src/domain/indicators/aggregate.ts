import { bucketKey, type Bucket } from './bucket.ts';
import type { Contribution } from './contributions.ts';
import { addCounters, isZero, zeroCounters } from './counters.ts';

/** Buckets by key, as kept in memory or in IndexedDB. */
export type BucketMap = Map<string, Bucket>;

/**
 * Adds (delta 1) or removes (delta −1) contributions into `buckets`, dropping buckets that
 * fall back to zero. Returns the keys touched, so a store can write just those.
 */
export function applyContributions(buckets: BucketMap, contributions: readonly Contribution[], delta: 1 | -1): Set<string> {
  const touched = new Set<string>();
  for (const c of contributions) {
    const key = bucketKey(c.dims);
    let bucket = buckets.get(key);
    if (!bucket) {
      bucket = { ...c.dims, key, counters: zeroCounters() };
      buckets.set(key, bucket);
    }
    addCounters(bucket.counters, c.counts, delta);
    if (isZero(bucket.counters)) buckets.delete(key);
    touched.add(key);
  }
  return touched;
}

/** Builds buckets from scratch (the full recomputation that incremental upkeep must equal). */
export function aggregate(contributions: Iterable<readonly Contribution[]>): BucketMap {
  const buckets: BucketMap = new Map();
  for (const list of contributions) applyContributions(buckets, list, 1);
  return buckets;
}
