import type { Dossier } from '../domain/dossier.ts';
import { vietnamDayBounds, type DateKey } from '../domain/vietnamTime.ts';
import type { SoMotCuaDatabase } from './database.ts';
import { live, type LiveValue } from './liveValue.ts';

/** Dossiers received, resolved or returned on a Vietnam calendar day: what the day's tally needs. */
export async function dossiersTouchedOn(db: SoMotCuaDatabase, day: DateKey): Promise<Dossier[]> {
  const { start, end } = vietnamDayBounds(day);
  const [received, resolved, returned] = await Promise.all(
    (['receivedAt', 'resolvedAt', 'returnedAt'] as const).map((index) => db.dossiers.where(index).between(start, end, true, false).toArray()),
  );
  const byId = new Map<string, Dossier>();
  for (const d of [...(received ?? []), ...(resolved ?? []), ...(returned ?? [])]) byId.set(d.id, d);
  return [...byId.values()];
}

/** Dossiers not yet returned (received or resolved, voided entries aside), oldest appointment first. */
export async function openDossiers(db: SoMotCuaDatabase): Promise<Dossier[]> {
  const open = (await db.dossiers.where('status').anyOf('received', 'resolved').toArray()).filter((d) => d.voidedAt === undefined);
  return open.sort((a, b) => a.appointmentDate.localeCompare(b.appointmentDate) || a.receivedAt.localeCompare(b.receivedAt));
}

/** Live view of `dossiersTouchedOn`. */
export function watchDossiersTouchedOn(db: SoMotCuaDatabase, day: DateKey): LiveValue<Dossier[]> {
  return live(() => dossiersTouchedOn(db, day));
}

/** Live view of `openDossiers`. */
export function watchOpenDossiers(db: SoMotCuaDatabase): LiveValue<Dossier[]> {
  return live(() => openDossiers(db));
}
