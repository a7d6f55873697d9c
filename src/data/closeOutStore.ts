import * as v from 'valibot';
import { closeOutFigures, CloseOutRecordSchema, type CloseOutFigures, type CloseOutRecord } from '../domain/closeOutFigures.ts';
import type { Dossier } from '../domain/dossier.ts';
import { vietnamDayBounds, type DateKey } from '../domain/vietnamTime.ts';
import type { SoMotCuaDatabase } from './database.ts';
import { live, type LiveValue } from './liveValue.ts';
import { recoveredWrite } from './recoveredWrite.ts';
import { readSetting } from './settings.ts';

/**
 * Confirmed close-outs are kept as setting records keyed "closeOut:YYYY-MM-DD" (no new store,
 * so no schema upgrade): a handful of small records a year, backed up with the settings.
 */
export const CLOSE_OUT_KEY_PREFIX = 'closeOut:';

const keyOf = (day: DateKey) => `${CLOSE_OUT_KEY_PREFIX}${day}`;

/** Whether a setting key holds a close-out. */
export function isCloseOutKey(key: string): boolean {
  return key.startsWith(CLOSE_OUT_KEY_PREFIX);
}

/** The close-out confirmed for `day`, or null (also when the stored record is unreadable). */
export async function readCloseOut(db: SoMotCuaDatabase, day: DateKey): Promise<CloseOutRecord | null> {
  const record = await db.settings.get(keyOf(day));
  const parsed = v.safeParse(CloseOutRecordSchema, record?.value);
  return parsed.success && parsed.output.day === day ? parsed.output : null;
}

/** Live view of `readCloseOut`. */
export function watchCloseOut(db: SoMotCuaDatabase, day: DateKey): LiveValue<CloseOutRecord | null> {
  return live(() => readCloseOut(db, day));
}

/** Stores the figures the officer confirmed for `day` (confirming again replaces them); recovered as every desk write. */
export async function confirmCloseOut(db: SoMotCuaDatabase, day: DateKey, figures: CloseOutFigures, at: Date = new Date()): Promise<CloseOutRecord> {
  const record = v.parse(CloseOutRecordSchema, { day, confirmedAt: at.toISOString(), figures });
  await recoveredWrite(db, () => db.settings.put({ key: keyOf(day), value: record }));
  return record;
}

/** The day's figures as of `instant`, read from the dossiers on the phone. */
export async function currentCloseOutFigures(db: SoMotCuaDatabase, day: DateKey, instant: string): Promise<CloseOutFigures> {
  return db.transaction('r', [db.dossiers, db.settings], async () => {
    const { start, end } = vietnamDayBounds(day);
    const indexes = ['receivedAt', 'resolvedAt', 'returnedAt', 'endedAt'] as const;
    const touched = await Promise.all(indexes.map((index) => db.dossiers.where(index).between(start, end, true, false).toArray()));
    const byId = new Map<string, Dossier>();
    for (const d of touched.flat()) byId.set(d.id, d);
    const open = await db.dossiers.where('status').equals('received').toArray();
    return closeOutFigures(byId.values(), open, day, instant, await readSetting(db, 'apologyRule'));
  });
}

/** Live view of `currentCloseOutFigures` (re-read whenever a dossier changes). */
export function watchCloseOutFigures(db: SoMotCuaDatabase, day: DateKey, instant: () => string): LiveValue<CloseOutFigures> {
  return live(() => currentCloseOutFigures(db, day, instant()));
}
