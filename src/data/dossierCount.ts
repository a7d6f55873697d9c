import type { SoMotCuaDatabase } from './database.ts';
import { live, type LiveValue } from './liveValue.ts';

/** How many dossiers the phone holds (the install offer waits for the third). */
export function watchDossierCount(db: SoMotCuaDatabase): LiveValue<number> {
  return live(() => db.dossiers.count());
}
