import type { DossierHistoryEntry } from '../domain/dossierHistory.ts';
import type { SoMotCuaDatabase } from './database.ts';
import { live, type LiveValue } from './liveValue.ts';

/** A history entry as stored (auto-incremented id: the order entries were written in). */
export interface StoredHistoryEntry extends DossierHistoryEntry {
  id?: number;
}

/** A dossier's history, oldest first. Entries are only ever added, never changed. */
export function dossierHistory(db: SoMotCuaDatabase, dossierId: string): Promise<StoredHistoryEntry[]> {
  return db.history.where('dossierId').equals(dossierId).sortBy('id');
}

/** Live view of `dossierHistory`. */
export function watchDossierHistory(db: SoMotCuaDatabase, dossierId: string): LiveValue<StoredHistoryEntry[]> {
  return live(() => dossierHistory(db, dossierId));
}
