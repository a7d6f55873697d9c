import type { Dossier } from '../../domain/dossier.ts';
import type { SoMotCuaDatabase } from '../../data/database.ts';
import { getDossier } from '../../data/dossierStore.ts';
import { live, type LiveValue } from '../../data/liveValue.ts';

/** Live view of one dossier (undefined when this device has no such dossier). */
export function watchDossier(db: SoMotCuaDatabase, id: string): LiveValue<Dossier | undefined> {
  return live(() => getDossier(db, id));
}
