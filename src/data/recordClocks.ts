import { formatHlc, isTooFarAhead, parseHlc, receive, tick } from '../sync/merge/hybridLogicalClock.ts';
import type { ClockedSnapshot } from '../sync/merge/mergeSnapshots.ts';
import { layoutOf } from '../sync/merge/registerLayout.ts';
import { legacyClocks } from '../sync/merge/stampClocks.ts';
import type { Entity, RegisterClocks } from '../sync/protocol.ts';
import type { SoMotCuaDatabase } from './database.ts';

/** The register clocks of one record (ids are UUIDv7, unique across entities). */
export interface RecordClocks {
  id: string;
  entity: Entity;
  clocks: RegisterClocks;
}

const HLC_KEY = 'hlc';

/**
 * A record with its register clocks. A record saved before merging existed has none stored:
 * it takes the clocks of its `updatedAt` on this device, as the server does for it.
 */
export async function clockedRecord(db: SoMotCuaDatabase, entity: Entity, value: Readonly<Record<string, unknown>> & { id: string }, deviceId: string): Promise<ClockedSnapshot> {
  const stored = await db.recordClocks.get(value.id);
  return { value, clocks: stored?.clocks ?? legacyClocks(layoutOf(entity), value, deviceId) };
}

/** Keeps a record's clocks. Call inside the transaction that writes the record. */
export async function putRecordClocks(db: SoMotCuaDatabase, entity: Entity, id: string, clocks: RegisterClocks): Promise<void> {
  await db.recordClocks.put({ id, entity, clocks });
}

/** A fresh reading of this device's hybrid logical clock for a local edit. Call inside a rw transaction on `meta`. */
export async function tickClock(db: SoMotCuaDatabase, deviceId: string, nowMs = Date.now()): Promise<string> {
  const next = tick(await lastReading(db), nowMs, deviceId);
  const text = formatHlc(next);
  await db.meta.put({ key: HLC_KEY, value: text });
  return text;
}

/**
 * Moves this device's clock past every clock it has just received, so its next edit orders
 * after what it has seen. Call inside a rw transaction on `meta`.
 */
export async function observeClocks(db: SoMotCuaDatabase, deviceId: string, seen: readonly string[], nowMs = Date.now()): Promise<void> {
  let reading = await lastReading(db);
  for (const text of seen) {
    const remote = parseHlc(text);
    // A reading far ahead of the real time (a phone whose date was wrong) is not followed.
    if (remote === null || isTooFarAhead(remote, nowMs)) continue;
    if (reading === null || text > formatHlc(reading)) reading = receive(reading, remote, nowMs, deviceId);
  }
  if (reading !== null) await db.meta.put({ key: HLC_KEY, value: formatHlc(reading) });
}

async function lastReading(db: SoMotCuaDatabase) {
  const record = await db.meta.get(HLC_KEY);
  return typeof record?.value === 'string' ? parseHlc(record.value) : null;
}
