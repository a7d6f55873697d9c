import * as v from 'valibot';
import { ProcedureSchema, type Procedure } from '../domain/procedure.ts';
import { foldVietnamese } from '../domain/csv/normalizeHeader.ts';
import type { SoMotCuaDatabase } from './database.ts';
import { live, type LiveValue } from './liveValue.ts';
import { recoveredWrite } from './recoveredWrite.ts';

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
  const valid = v.parse(ProcedureSchema, procedure);
  await recoveredWrite(db, () => db.procedures.put(valid));
}

/** Removes a procedure from the catalogue (dossiers already received keep their copy). */
export async function deleteProcedure(db: SoMotCuaDatabase, id: string): Promise<void> {
  await recoveredWrite(db, () => db.procedures.delete(id));
}

/**
 * Adds or replaces many procedures in one transaction: an import lands whole or not at all.
 * A row whose national code (mã TTHC), or else whose field and name, is already in the
 * catalogue updates that entry rather than adding a twin; importing the same file twice
 * leaves the same catalogue.
 */
export async function importProcedures(db: SoMotCuaDatabase, procedures: readonly Procedure[]): Promise<void> {
  const valid = procedures.map((p) => v.parse(ProcedureSchema, p));
  await recoveredWrite(db, () => db.transaction('rw', db.procedures, async () => {
    const existing = await db.procedures.toArray();
    const idByCode = new Map(existing.flatMap((p) => (p.code !== undefined ? [[p.code, p.id] as const] : [])));
    const idByName = new Map(existing.map((p) => [nameKey(p), p.id] as const));
    const matched = (p: Procedure) => (p.code !== undefined ? idByCode.get(p.code) : undefined) ?? idByName.get(nameKey(p)) ?? p.id;
    await db.procedures.bulkPut(valid.map((p) => ({ ...p, id: matched(p) })));
  }));
}

function nameKey(p: Procedure): string {
  return `${foldVietnamese(p.field)}|${foldVietnamese(p.name)}`;
}
