import { uuidv7 } from '../domain/uuidv7.ts';
import type { SoMotCuaDatabase } from './database.ts';

const DEVICE_ID_KEY = 'deviceId';
const NEXT_SEQ_KEY = 'nextSeq';

/** This device's id, made once on first use and kept in IndexedDB. Call inside a rw transaction on `meta`. */
export async function ensureDeviceId(db: SoMotCuaDatabase): Promise<string> {
  const existing = await db.meta.get(DEVICE_ID_KEY);
  if (typeof existing?.value === 'string') return existing.value;
  const id = uuidv7();
  await db.meta.put({ key: DEVICE_ID_KEY, value: id });
  return id;
}

/** Takes the next gap-free sequence number. Call inside the rw transaction that writes the change. */
export async function takeNextSeq(db: SoMotCuaDatabase): Promise<number> {
  const record = await db.meta.get(NEXT_SEQ_KEY);
  const seq = typeof record?.value === 'number' ? record.value : 1;
  await db.meta.put({ key: NEXT_SEQ_KEY, value: seq + 1 });
  return seq;
}

/** Reads the device id without creating one (null before the first record). */
export async function readDeviceId(db: SoMotCuaDatabase): Promise<string | null> {
  const existing = await db.meta.get(DEVICE_ID_KEY);
  return typeof existing?.value === 'string' ? existing.value : null;
}
