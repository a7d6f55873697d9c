import type { DossierHistoryEntry } from '../domain/dossierHistory.ts';
import type { SoMotCuaDatabase } from './database.ts';
import { readDeviceId } from './deviceIdentity.ts';
import { readEnrollment } from './enrollmentStore.ts';
import { live, type LiveValue } from './liveValue.ts';
import { readSetting } from './settings.ts';

/** A history entry as stored (auto-incremented id: the order entries were written in). */
export interface StoredHistoryEntry extends DossierHistoryEntry {
  id?: number;
}

/**
 * A dossier's history, oldest first. Entries are only ever added, never changed or deleted
 * (issue 7, part 5): a save adds one (dossierStore), an undo is a new save and adds one more,
 * a pull adds one per merged change (applyPulled), a restore adds only entries it lacks
 * (backupRestore). No code path calls put/update/delete/clear on `history`.
 */
export function dossierHistory(db: SoMotCuaDatabase, dossierId: string): Promise<StoredHistoryEntry[]> {
  return db.history.where('dossierId').equals(dossierId).sortBy('id');
}

/** Live view of `dossierHistory`. */
export function watchDossierHistory(db: SoMotCuaDatabase, dossierId: string): LiveValue<StoredHistoryEntry[]> {
  return live(() => dossierHistory(db, dossierId));
}

/**
 * Who a save on this phone is recorded as: the officer typed in Settings, else the officer the
 * phone is enrolled for (by name), else nobody known. Read inside the save's transaction
 * (it needs `settings` and `meta`).
 */
export async function recordingOfficer(db: SoMotCuaDatabase): Promise<string | null> {
  const typed = await readSetting(db, 'officerId');
  if (typed !== null) return typed;
  return (await readEnrollment(db))?.officer.name ?? null;
}

/** What the history screen needs to tell this phone's changes from others' on the server. */
export interface HistoryContext {
  /** This phone's device id (null before its first record). */
  readonly deviceId: string | null;
  /** The token to ask the server with, and the unit; null when not enrolled. */
  readonly enrollment: { readonly token: string; readonly unitId: string } | null;
}

/** Live view of the device id and enrollment, for the dossier's history. */
export function watchHistoryContext(db: SoMotCuaDatabase): LiveValue<HistoryContext> {
  return live(async () => {
    const [deviceId, enrollment] = await Promise.all([readDeviceId(db), readEnrollment(db)]);
    return { deviceId, enrollment: enrollment === null ? null : { token: enrollment.token, unitId: enrollment.unit.id } };
  });
}
