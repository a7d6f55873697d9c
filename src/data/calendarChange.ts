import { createVietnamWorkingCalendar, type CalendarOverrides } from '../domain/calendar/index.ts';
import type { Dossier } from '../domain/dossier.ts';
import { dossierDateMoves, type DossierDateMove } from '../domain/dossierDateMoves.ts';
import type { SoMotCuaDatabase } from './database.ts';
import { saveDossiers } from './dossierStore.ts';
import { live, type LiveValue } from './liveValue.ts';
import { writeSetting } from './settings.ts';

/** One dossier whose due or appointment date a calendar edit would move. */
export type CalendarMove = DossierDateMove;

/** Thrown when the dossiers changed between the preview and "Áp dụng": nothing is written. */
export class StaleCalendarPreviewError extends Error {
  override readonly name = 'StaleCalendarPreviewError';
  constructor() {
    super('Hồ sơ đã thay đổi từ lúc xem trước. Hãy xem lại danh sách rồi áp dụng lại.');
  }
}

function movesUnder(dossiers: readonly Dossier[], overrides: CalendarOverrides): CalendarMove[] {
  return dossierDateMoves(dossiers, createVietnamWorkingCalendar(overrides));
}

function receivedDossiers(db: SoMotCuaDatabase): Promise<Dossier[]> {
  return db.dossiers.where('status').equals('received').toArray();
}

/**
 * The dossiers still being worked on (status "received") whose due or appointment date would
 * move under `overrides`, oldest receipt first. Finished dossiers keep their history.
 */
export async function previewCalendarChange(db: SoMotCuaDatabase, overrides: CalendarOverrides): Promise<CalendarMove[]> {
  return movesUnder(await receivedDossiers(db), overrides);
}

/** Live view of `previewCalendarChange`: follows dossiers received or finished meanwhile. */
export function watchCalendarChange(db: SoMotCuaDatabase, overrides: CalendarOverrides): LiveValue<CalendarMove[]> {
  return live(() => previewCalendarChange(db, overrides));
}

/**
 * Saves the calendar edit and the moved dossiers (stamped `now`, each with its outbox
 * change) in ONE transaction. Refuses with StaleCalendarPreviewError, writing nothing, when a
 * previewed dossier was changed since, or when a dossier not in the preview would move too.
 */
export async function applyCalendarChange(
  db: SoMotCuaDatabase,
  overrides: CalendarOverrides,
  changes: readonly CalendarMove[],
  now: Date = new Date(),
): Promise<void> {
  // The previewed snapshots must still be the stored ones; what is left to move is checked
  // again inside the saving transaction.
  const current = await db.dossiers.bulkGet(changes.map((c) => c.before.id));
  if (current.some((d, i) => d === undefined || d.updatedAt !== changes[i]?.before.updatedAt || d.status !== 'received')) {
    throw new StaleCalendarPreviewError();
  }
  const at = now.toISOString();
  const edits = changes.map((c) => ({ base: c.before, next: { ...c.after, updatedAt: at } }));
  await saveDossiers(db, edits, async () => {
    if (movesUnder(await receivedDossiers(db), overrides).length > 0) throw new StaleCalendarPreviewError();
    await writeSetting(db, 'calendarOverrides', overrides);
  });
}
