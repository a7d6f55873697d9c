import type { Dossier } from '../../domain/dossier.ts';
import { resolveDossier, returnDossier } from '../../domain/dossierLifecycle.ts';
import type { SoMotCuaDatabase } from '../../data/database.ts';
import { saveDossier } from '../../data/dossierStore.ts';

/** Marks a dossier resolved now and queues the change. */
export function markResolved(db: SoMotCuaDatabase, dossier: Dossier, flags: { digitized: boolean; electronicResult: boolean }): Promise<void> {
  return saveDossier(db, resolveDossier(dossier, new Date(), flags));
}

/** Marks a dossier's result returned now and queues the change. */
export function markReturned(db: SoMotCuaDatabase, dossier: Dossier): Promise<void> {
  return saveDossier(db, returnDossier(dossier, new Date()));
}
