import type { EntityTable } from 'dexie';
import { applyContributions, type BucketMap } from '../domain/indicators/aggregate.ts';
import { bucketKey, type Bucket } from '../domain/indicators/bucket.ts';
import { halfMonthContributions, type Contribution } from '../domain/indicators/contributions.ts';
import { slotsOf } from '../domain/indicators/slotsOf.ts';
import type { DayRange } from '../domain/periods/dayRange.ts';
import type { SoMotCuaDatabase } from './database.ts';

/**
 * Replaces a record's old contributions with its new ones in the daily buckets and the
 * half-month roll-ups. Call inside the rw transaction that writes the record, so aggregates can
 * never disagree with records (a property test proves the arithmetic equals a recount).
 */
export async function updateAggregates(db: SoMotCuaDatabase, before: readonly Contribution[], after: readonly Contribution[]): Promise<void> {
  await updateTable(db.aggregates, before, after);
  await updateTable(db.halfMonthAggregates, halfMonthContributions(before), halfMonthContributions(after));
}

async function updateTable(table: EntityTable<Bucket, 'key'>, before: readonly Contribution[], after: readonly Contribution[]): Promise<void> {
  const keys = [...new Set([...before, ...after].map((c) => bucketKey(c.dims)))];
  if (keys.length === 0) return;
  const existing = await table.bulkGet(keys);
  const buckets: BucketMap = new Map();
  for (const b of existing) if (b) buckets.set(b.key, { ...b, counters: { ...b.counters } });
  applyContributions(buckets, before, -1);
  applyContributions(buckets, after, 1);
  const emptied = keys.filter((k) => !buckets.has(k));
  if (emptied.length > 0) await table.bulkDelete(emptied);
  if (buckets.size > 0) await table.bulkPut([...buckets.values()]);
}

/** The stored buckets that make up `range`: half-month roll-ups for whole halves, daily buckets for the rest. */
export async function bucketsIn(db: SoMotCuaDatabase, range: DayRange): Promise<Bucket[]> {
  const { days, halves } = slotsOf(range);
  const parts = await Promise.all([
    ...days.map((d) => db.aggregates.where('slot').between(d.start, d.end, true, true).toArray()),
    halves ? db.halfMonthAggregates.where('slot').between(halves.start, halves.end, true, true).toArray() : Promise.resolve([]),
  ]);
  return parts.flat();
}
