import * as v from 'valibot';
import { ProcedureSchema, type Procedure } from '../domain/procedure.ts';
import type { SoMotCuaDatabase } from './database.ts';
import { live, type LiveValue } from './liveValue.ts';

/** The unit's procedure catalogue, by field then name (Vietnamese collation). */
export async function listProcedures(db: SoMotCuaDatabase): Promise<Procedure[]> {
  const all = await db.procedures.toArray();
  return all.sort((a, b) => a.field.localeCompare(b.field, 'vi') || a.name.localeCompare(b.name, 'vi'));
}

/** Live view of the catalogue. */
export function watchProcedures(db: SoMotCuaDatabase): LiveValue<Procedure[]> {
  return live(() => listProcedures(db));
}

/** Adds or edits one procedure (validated). Existing dossiers keep the snapshot they were received with. */
export async function saveProcedure(db: SoMotCuaDatabase, procedure: Procedure): Promise<void> {
  await db.procedures.put(v.parse(ProcedureSchema, procedure));
}

/** Removes a procedure from the catalogue (dossiers already received keep their copy). */
export async function deleteProcedure(db: SoMotCuaDatabase, id: string): Promise<void> {
  await db.procedures.delete(id);
}

/**
 * Adds or replaces many procedures in one transaction: an import lands whole or not at all.
 * Importing the same file twice leaves the same catalogue (ids come from the file).
 */
export async function importProcedures(db: SoMotCuaDatabase, procedures: readonly Procedure[]): Promise<void> {
  const valid = procedures.map((p) => v.parse(ProcedureSchema, p));
  await db.transaction('rw', db.procedures, () => db.procedures.bulkPut(valid));
}
