import * as v from 'valibot';
import { DossierSchema, type Dossier } from '../domain/dossier.ts';
import { historyEntryFor } from '../domain/dossierHistory.ts';
import { dossierContributions } from '../domain/indicators/contributions.ts';
import { contentHash } from '../sync/contentHash.ts';
import { updateAggregates } from './aggregateStore.ts';
import type { SoMotCuaDatabase } from './database.ts';
import { ensureDeviceId } from './deviceIdentity.ts';
import { queueChange } from './queueChange.ts';
import { readSetting } from './settings.ts';

/** Thrown when a dossier about to be saved does not pass the schema: nothing is written. */
export class InvalidDossierError extends Error {
  override readonly name = 'InvalidDossierError';
}

/**
 * Saves a dossier snapshot, its outbox change, its history entry and the indicator
 * aggregates in ONE transaction: a dossier never exists without its pending change, nor a
 * change without its dossier, and the figures on screen always match the records.
 */
export function saveDossier(db: SoMotCuaDatabase, dossier: Dossier): Promise<void> {
  return saveDossiers(db, [dossier]);
}

/**
 * Saves several dossiers as one transaction (all or none), e.g. dates moved by a calendar
 * edit. `alongside` runs inside the same transaction (it may write settings) so that the
 * cause of the change and the change land together.
 */
export async function saveDossiers(db: SoMotCuaDatabase, dossiers: readonly Dossier[], alongside?: () => Promise<void>): Promise<void> {
  const payloads = dossiers.map((dossier) => {
    const parsed = v.safeParse(DossierSchema, dossier);
    if (!parsed.success) throw new InvalidDossierError(parsed.issues.map((i) => i.message).join('; '));
    return parsed.output;
  });
  // Web Crypto is not an IndexedDB request, so hash before the transaction opens.
  const hashes = await Promise.all(payloads.map((payload) => contentHash({ entity: 'dossier', entityId: payload.id, payload })));
  await db.transaction('rw', [db.dossiers, db.outbox, db.meta, db.aggregates, db.halfMonthAggregates, db.settings, db.history], async () => {
    const deviceId = await ensureDeviceId(db);
    const rule = await readSetting(db, 'apologyRule');
    const officerId = await readSetting(db, 'officerId');
    for (const [i, payload] of payloads.entries()) {
      const previous = await db.dossiers.get(payload.id);
      await db.dossiers.put(payload);
      await updateAggregates(db, previous ? dossierContributions(previous, rule) : [], dossierContributions(payload, rule));
      await queueChange(db, deviceId, { entity: 'dossier', entityId: payload.id, at: payload.updatedAt, payload, hash: hashes[i]! });
      await db.history.add(historyEntryFor(previous, payload, officerId));
    }
    if (alongside) await alongside();
  });
}

/** One dossier by id, or undefined. */
export function getDossier(db: SoMotCuaDatabase, id: string): Promise<Dossier | undefined> {
  return db.dossiers.get(id);
}
