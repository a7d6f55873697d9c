import type { Dossier } from '../domain/dossier.ts';
import { checkRegisterFileSize, RegisterFileError } from '../domain/import/decodeRegisterFile.ts';
import { describeProblems } from '../domain/import/importProblems.ts';
import { planRegisterImport } from '../domain/import/planRegisterImport.ts';
import type { WorkingDayCalendar } from '../domain/workingDays.ts';
import type { SoMotCuaDatabase } from './database.ts';
import { saveDossiers } from './dossierStore.ts';
import { listProcedures } from './procedureStore.ts';
import { readSetting } from './settings.ts';

/** What a register file would bring: dossiers not yet on this device, and how many already are. */
export type RegisterImportPreview =
  | { readonly ok: true; readonly fresh: readonly Dossier[]; readonly alreadyPresent: number }
  | { readonly ok: false; readonly problems: readonly string[]; readonly problemCount: number };

/** The outcome of an import: dossiers written, and rows skipped because their dossier was already here. */
export interface RegisterImportResult {
  readonly imported: number;
  readonly alreadyPresent: number;
}

/**
 * Reads and checks a register file against this device's catalogue and working calendar (with
 * the user's edits), stamping the officer set in Settings; writes nothing. Problems come as
 * "Dòng N: …" lines, the first 50 listed.
 */
export async function previewRegisterImport(
  db: SoMotCuaDatabase,
  bytes: Uint8Array,
  calendar: WorkingDayCalendar,
  now: Date = new Date(),
): Promise<RegisterImportPreview> {
  const officerId = await readSetting(db, 'officerId');
  const plan = await planRegisterImport(bytes, {
    catalogue: await listProcedures(db),
    calendar,
    now,
    ...(officerId !== null ? { officerId } : {}),
  });
  if (!plan.ok) return { ok: false, problems: describeProblems(plan.problems), problemCount: plan.problems.length };
  const dossiers = plan.rows.map((row) => row.dossier);
  const stored = await db.dossiers.bulkGet(dossiers.map((d) => d.id));
  const fresh = dossiers.filter((_, i) => stored[i] === undefined);
  return { ok: true, fresh, alreadyPresent: dossiers.length - fresh.length };
}

/** previewRegisterImport for a picked file: one over the size limit is refused before it is read into memory. */
export async function previewRegisterFile(db: SoMotCuaDatabase, file: Blob, calendar: WorkingDayCalendar): Promise<RegisterImportPreview> {
  try {
    checkRegisterFileSize(file.size);
  } catch (error) {
    if (error instanceof RegisterFileError) return { ok: false, problems: [error.message], problemCount: 1 };
    throw error;
  }
  return previewRegisterImport(db, new Uint8Array(await file.arrayBuffer()), calendar);
}

/**
 * Writes the dossiers of a preview in ONE transaction through the normal save path (outbox
 * changes queued for sync, aggregates and history updated). A dossier whose id is already on
 * the device (an earlier import, or one pulled from another phone meanwhile) is left as it is
 * and counted, so importing the same file twice changes nothing.
 */
export async function commitRegisterImport(db: SoMotCuaDatabase, dossiers: readonly Dossier[]): Promise<RegisterImportResult> {
  // Every table: saveDossiers nests its own transaction inside this one, on a subset of them.
  return db.transaction('rw', db.tables, async () => {
    const stored = await db.dossiers.bulkGet(dossiers.map((d) => d.id));
    const fresh = dossiers.filter((_, i) => stored[i] === undefined);
    await saveDossiers(db, fresh.map((next) => ({ next })));
    return { imported: fresh.length, alreadyPresent: dossiers.length - fresh.length };
  });
}
