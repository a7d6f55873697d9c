import { applyContributions, type BucketMap } from '../domain/indicators/aggregate.ts';
import type { Bucket } from '../domain/indicators/bucket.ts';
import { bucketKey } from '../domain/indicators/bucket.ts';
import type { Contribution } from '../domain/indicators/contributions.ts';
import type { DayRange } from '../domain/periods/dayRange.ts';
import type { SoMotCuaDatabase } from './database.ts';

/**
 * Replaces a record's old contributions with its new ones in the stored daily buckets.
 * Call inside the rw transaction that writes the record, so the aggregates can never
 * disagree with the records (the property test proves the arithmetic equals a recount).
 */
export async function updateAggregates(db: SoMotCuaDatabase, before: readonly Contribution[], after: readonly Contribution[]): Promise<void> {
  const keys = [...new Set([...before, ...after].map((c) => bucketKey(c.dims)))];
  if (keys.length === 0) return;
  const existing = await db.aggregates.bulkGet(keys);
  const buckets: BucketMap = new Map();
  for (const b of existing) if (b) buckets.set(b.key, { ...b, counters: { ...b.counters } });
  applyContributions(buckets, before, -1);
  applyContributions(buckets, after, 1);
  const emptied = keys.filter((k) => !buckets.has(k));
  if (emptied.length > 0) await db.aggregates.bulkDelete(emptied);
  if (buckets.size > 0) await db.aggregates.bulkPut([...buckets.values()]);
}

/** The stored buckets of the days in `range` (inclusive). */
export function bucketsIn(db: SoMotCuaDatabase, range: DayRange): Promise<Bucket[]> {
  return db.aggregates.where('day').between(range.start, range.end, true, true).toArray();
}
