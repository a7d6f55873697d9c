import * as v from 'valibot';
import { DossierSchema, type Dossier } from '../domain/dossier.ts';
import { historyEntryFor } from '../domain/dossierHistory.ts';
import { FeedbackSchema, type Feedback } from '../domain/feedback.ts';
import { dossierContributions, feedbackContributions } from '../domain/indicators/contributions.ts';
import { mergeInto, type ClockedSnapshot } from '../sync/merge/mergeSnapshots.ts';
import { layoutOf } from '../sync/merge/registerLayout.ts';
import type { PulledRecord } from '../sync/protocol.ts';
import { updateAggregates } from './aggregateStore.ts';
import type { SoMotCuaDatabase } from './database.ts';
import { ensureDeviceId } from './deviceIdentity.ts';
import { clockedRecord, observeClocks, putRecordClocks } from './recordClocks.ts';
import { readSetting } from './settings.ts';

/** The cursor is the unit's: a phone enrolled into another unit starts that unit from the beginning. */
const cursorKey = (unitId: string) => `pullCursor:${unitId}`;

/** What applying one pulled page did. */
export interface PulledSummary {
  /** Records written or changed on this device. */
  readonly changed: number;
  /** Records the server sent that did not pass this app's schema (kept out, counted; pulled again later). */
  readonly unreadable: number;
}

/** Where the next pull of the unit starts ("0" before the first). */
export async function readPullCursor(db: SoMotCuaDatabase, unitId: string): Promise<string> {
  const record = await db.meta.get(cursorKey(unitId));
  return typeof record?.value === 'string' ? record.value : '0';
}

/**
 * Merges a page of records from the server into the device, register by register (the same
 * `mergeSnapshots` the server runs), and moves the cursor past it, in ONE transaction: the
 * records, their clocks, the indicator aggregates, the history and the cursor land together.
 * Nothing is queued for the server: what the device adds to a record is already in its
 * outbox, and the server merges it the same way.
 */
export async function applyPulledPage(db: SoMotCuaDatabase, unitId: string, records: readonly PulledRecord[], cursor: string): Promise<PulledSummary> {
  const tables = [db.dossiers, db.feedback, db.recordClocks, db.meta, db.aggregates, db.halfMonthAggregates, db.history, db.settings];
  return db.transaction('rw', tables, async () => {
    const deviceId = await ensureDeviceId(db);
    const rule = await readSetting(db, 'apologyRule');
    let changed = 0;
    let unreadable = 0;
    for (const record of records) {
      const outcome = record.entity === 'dossier' ? await mergeDossier(db, record, deviceId, rule) : await mergeFeedback(db, record, deviceId);
      if (outcome === 'changed') changed += 1;
      if (outcome === 'unreadable') unreadable += 1;
    }
    await observeClocks(db, deviceId, records.flatMap((r) => Object.values(r.clocks)));
    // A record this version cannot read (a newer app wrote it) keeps the cursor where it was,
    // so it comes again once the app is updated; the rest of the page is applied meanwhile.
    if (unreadable === 0) await db.meta.put({ key: cursorKey(unitId), value: cursor });
    return { changed, unreadable };
  });
}

type Outcome = 'changed' | 'same' | 'unreadable';

async function mergeDossier(db: SoMotCuaDatabase, record: PulledRecord, deviceId: string, rule: Parameters<typeof dossierContributions>[1]): Promise<Outcome> {
  const remote = v.safeParse(DossierSchema, record.payload);
  if (!remote.success) return 'unreadable';
  const local = await db.dossiers.get(record.id);
  const merged = await mergeWithLocal(db, 'dossier', local, { value: remote.output, clocks: record.clocks }, deviceId);
  if (merged === null) return 'same';
  const dossier: Dossier = v.parse(DossierSchema, merged.value);
  await db.dossiers.put(dossier);
  await putRecordClocks(db, 'dossier', dossier.id, merged.clocks);
  await updateAggregates(db, local ? dossierContributions(local, rule) : [], dossierContributions(dossier, rule));
  // The history shows who changed it on another phone (the dossier's officer is the one who received it).
  await db.history.add({ ...historyEntryFor(local, dossier, null), remote: true });
  return 'changed';
}

async function mergeFeedback(db: SoMotCuaDatabase, record: PulledRecord, deviceId: string): Promise<Outcome> {
  const remote = v.safeParse(FeedbackSchema, record.payload);
  if (!remote.success) return 'unreadable';
  const local = await db.feedback.get(record.id);
  const merged = await mergeWithLocal(db, 'feedback', local, { value: remote.output, clocks: record.clocks }, deviceId);
  if (merged === null) return 'same';
  const feedback: Feedback = v.parse(FeedbackSchema, merged.value);
  await db.feedback.put(feedback);
  await putRecordClocks(db, 'feedback', feedback.id, merged.clocks);
  await updateAggregates(db, local ? feedbackContributions(local) : [], feedbackContributions(feedback));
  return 'changed';
}

/** The merge of the local copy (if any) with the remote one; null when the local copy already holds it all. */
async function mergeWithLocal(
  db: SoMotCuaDatabase,
  entity: PulledRecord['entity'],
  local: (Dossier | Feedback) | undefined,
  remote: ClockedSnapshot,
  deviceId: string,
): Promise<ClockedSnapshot | null> {
  if (local === undefined) return remote;
  return mergeInto(layoutOf(entity), await clockedRecord(db, entity, local, deviceId), remote);
}
