import { uuidv7 } from '../domain/uuidv7.ts';
import type { SoMotCuaDatabase } from './database.ts';

const DEVICE_ID_KEY = 'deviceId';
/** The meta key of the next sequence number to hand out. */
export const NEXT_SEQ_KEY = 'nextSeq';

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

/** This device's id, made now when there is none yet: `ensureDeviceId` in its own rw transaction on `meta`. */
export async function obtainDeviceId(db: SoMotCuaDatabase): Promise<string> {
  return db.transaction('rw', db.meta, () => ensureDeviceId(db));
}

const DISCARDED_SEQS_KEY = 'discardedSeqs';

/**
 * Remembers a sequence number the officer chose never to send (a discarded rejected change),
 * so that data-loss checks do not count it as lost. Call inside a rw transaction on `meta`.
 */
export async function rememberDiscardedSeq(db: SoMotCuaDatabase, seq: number): Promise<void> {
  await db.meta.put({ key: DISCARDED_SEQS_KEY, value: [...(await discardedSeqs(db)), seq] });
}

async function discardedSeqs(db: SoMotCuaDatabase): Promise<number[]> {
  const record = await db.meta.get(DISCARDED_SEQS_KEY);
  return Array.isArray(record?.value) ? record.value.filter((s): s is number => typeof s === 'number') : [];
}

/** The highest seq handed out, and every seq the device knows it has not delivered (queued, quarantined or discarded). */
export async function localSeqState(db: SoMotCuaDatabase): Promise<{ highestSeq: number; unsentSeqs: Set<number> }> {
  return db.transaction('r', [db.meta, db.outbox], async () => {
    const next = await db.meta.get(NEXT_SEQ_KEY);
    const queued = (await db.outbox.toCollection().primaryKeys()) as number[];
    return { highestSeq: typeof next?.value === 'number' ? next.value - 1 : 0, unsentSeqs: new Set([...queued, ...(await discardedSeqs(db))]) };
  });
}

/**
 * Moves the sequence past `seq` when the server already holds changes up to it from this
 * device (its storage was wiped or restored): new changes must not reuse those numbers.
 */
export async function advanceSeqPast(db: SoMotCuaDatabase, seq: number): Promise<void> {
  await db.transaction('rw', db.meta, () => advanceSeqPastInTransaction(db, seq));
}

/** `advanceSeqPast` inside a rw transaction on `meta` that the caller holds. */
export async function advanceSeqPastInTransaction(db: SoMotCuaDatabase, seq: number): Promise<void> {
  const record = await db.meta.get(NEXT_SEQ_KEY);
  const next = typeof record?.value === 'number' ? record.value : 1;
  if (next <= seq) await db.meta.put({ key: NEXT_SEQ_KEY, value: seq + 1 });
}
