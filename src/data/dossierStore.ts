import { Dexie } from 'dexie';
import * as v from 'valibot';
import { DossierSchema, type Dossier } from '../domain/dossier.ts';
import { historyEntryFor } from '../domain/dossierHistory.ts';
import { dossierContributions } from '../domain/indicators/contributions.ts';
import { contentHash } from '../sync/contentHash.ts';
import { DOSSIER_LAYOUT } from '../sync/merge/registerLayout.ts';
import { rebaseEdit } from '../sync/merge/rebaseEdit.ts';
import { stampClocks } from '../sync/merge/stampClocks.ts';
import { updateAggregates } from './aggregateStore.ts';
import { recordingOfficer } from './historyStore.ts';
import type { SoMotCuaDatabase } from './database.ts';
import { ensureDeviceId } from './deviceIdentity.ts';
import { queueChange } from './queueChange.ts';
import { clockedRecord, putRecordClocks, tickClock } from './recordClocks.ts';
import { writeWithRecovery } from './reopen.ts';
import { readSetting } from './settings.ts';
import { noteRecordSaved } from './storageMarker.ts';

/** Thrown when a dossier about to be saved does not pass the schema: nothing is written. */
export class InvalidDossierError extends Error {
  override readonly name = 'InvalidDossierError';
}

/** A dossier as an action left it, and the copy the action started from (none for a new dossier). */
export interface DossierEdit {
  readonly next: Dossier;
  readonly base?: Dossier;
}

/**
 * Saves a dossier snapshot, its register clocks, its outbox change, its history entry and the
 * indicator aggregates in ONE transaction: a dossier never exists without its pending change, nor a
 * change without its dossier, and the figures on screen always match the records. With `base`
 * (the copy the action started from), only what the action changed is applied onto the stored
 * copy, so an edit from a screen opened before a pull never reverts what the pull brought.
 */
export function saveDossier(db: SoMotCuaDatabase, next: Dossier, base?: Dossier): Promise<void> {
  return saveDossiers(db, [base === undefined ? { next } : { next, base }]);
}

/**
 * Saves several dossiers as one transaction (all or none), e.g. dates moved by a calendar
 * edit. `alongside` runs inside the same transaction (it may write settings) so that the
 * cause of the change and the change land together.
 */
export async function saveDossiers(db: SoMotCuaDatabase, edits: readonly DossierEdit[], alongside?: () => Promise<void>): Promise<void> {
  const checked = edits.map(({ next, base }) => ({ base, next: validDossier(next) }));
  const tables = [db.dossiers, db.outbox, db.meta, db.aggregates, db.halfMonthAggregates, db.settings, db.history, db.recordClocks];
  // A dropped connection is reopened and the transaction run once more; a full disk is named (reopen.ts).
  const savedBy = await writeWithRecovery(db, () => db.transaction('rw', tables, async () => {
    const deviceId = await ensureDeviceId(db);
    const rule = await readSetting(db, 'apologyRule');
    const officerId = await recordingOfficer(db);
    for (const { base, next } of checked) {
      const previous = await db.dossiers.get(next.id);
      const payload = base === undefined || previous === undefined ? next : validDossier(rebaseEdit(DOSSIER_LAYOUT, base, next, previous));
      // Only the registers this save changes get the new clock (sync issue, item 2).
      const before = previous === undefined ? undefined : await clockedRecord(db, 'dossier', previous, deviceId);
      const clocks = stampClocks(DOSSIER_LAYOUT, before, payload, await tickClock(db, deviceId));
      await db.dossiers.put(payload);
      await putRecordClocks(db, 'dossier', payload.id, clocks);
      await updateAggregates(db, previous ? dossierContributions(previous, rule) : [], dossierContributions(payload, rule));
      // Web Crypto is not an IndexedDB request: waitFor keeps the transaction open meanwhile.
      const hash = await Dexie.waitFor(contentHash({ entity: 'dossier', entityId: payload.id, payload, clocks }));
      await queueChange(db, deviceId, { entity: 'dossier', entityId: payload.id, at: payload.updatedAt, payload, clocks, hash });
      await db.history.add(historyEntryFor(previous, payload, officerId));
    }
    if (alongside) await alongside();
    return deviceId;
  }));
  noteRecordSaved(savedBy);
}

/** One dossier by id, or undefined. */
export function getDossier(db: SoMotCuaDatabase, id: string): Promise<Dossier | undefined> {
  return db.dossiers.get(id);
}

function validDossier(dossier: Dossier): Dossier {
  const parsed = v.safeParse(DossierSchema, dossier);
  if (!parsed.success) throw new InvalidDossierError(parsed.issues.map((i) => i.message).join('; '));
  return parsed.output;
}
