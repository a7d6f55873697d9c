import * as v from 'valibot';
import type { SoMotCuaDatabase } from './database.ts';
import { readDeviceId } from './deviceIdentity.ts';
import { localStore, readLocalJson, writeLocal } from './localStore.ts';
import { requestPersistenceOnce } from './storagePersistence.ts';

/**
 * The mark this browser leaves in localStorage at its first record: the device id IndexedDB
 * holds and when the first record was saved. IndexedDB keeps the same id in `meta`. When
 * localStorage still has the mark but IndexedDB no longer has that id, the browser deleted
 * IndexedDB (eviction under storage pressure, "clear site data" for that store only).
 */
const MARKER_KEY = 'so-mot-cua:storage-marker';

const MarkerSchema = v.object({ deviceId: v.string(), firstRecordAt: v.string() });
export type StorageMarker = v.InferOutput<typeof MarkerSchema>;

/** The mark, or null when this browser never saved a record (or the mark is unreadable). */
export function readStorageMarker(store: Storage | null = localStore()): StorageMarker | null {
  const parsed = v.safeParse(MarkerSchema, readLocalJson(store, MARKER_KEY));
  return parsed.success ? parsed.output : null;
}

/**
 * After every committed save: the first one leaves the mark and asks the browser to keep the
 * data (issue 7, items 1 and 3). An existing mark is never overwritten here, so a wipe found
 * at start stays visible until the officer acknowledges it.
 */
export function noteRecordSaved(deviceId: string, now: Date = new Date(), store: Storage | null = localStore()): void {
  if (readStorageMarker(store) !== null) return;
  writeLocal(store, MARKER_KEY, JSON.stringify({ deviceId, firstRecordAt: now.toISOString() } satisfies StorageMarker));
  void requestPersistenceOnce(store);
}

/** What a start-up check found: this browser had records (since `firstRecordAt`) that IndexedDB no longer holds. */
export interface StorageWipe {
  readonly firstRecordAt: string;
}

/** Compares the mark with IndexedDB; null when nothing was wiped (or this browser never recorded). */
export async function findStorageWipe(db: SoMotCuaDatabase, store: Storage | null = localStore()): Promise<StorageWipe | null> {
  const marker = readStorageMarker(store);
  if (marker === null) return null;
  return (await readDeviceId(db)) === marker.deviceId ? null : { firstRecordAt: marker.firstRecordAt };
}

/** The officer has read the message: the mark follows what IndexedDB holds now (none until the next record). */
export async function acknowledgeStorageWipe(db: SoMotCuaDatabase, store: Storage | null = localStore()): Promise<void> {
  const deviceId = await readDeviceId(db);
  if (deviceId === null) store?.removeItem(MARKER_KEY);
  else writeLocal(store, MARKER_KEY, JSON.stringify({ deviceId, firstRecordAt: new Date().toISOString() } satisfies StorageMarker));
}
