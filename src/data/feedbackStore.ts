import { Dexie } from 'dexie';
import * as v from 'valibot';
import { FeedbackSchema, type Feedback } from '../domain/feedback.ts';
import { feedbackContributions } from '../domain/indicators/contributions.ts';
import { contentHash } from '../sync/contentHash.ts';
import { FEEDBACK_LAYOUT } from '../sync/merge/registerLayout.ts';
import { stampClocks } from '../sync/merge/stampClocks.ts';
import { updateAggregates } from './aggregateStore.ts';
import type { SoMotCuaDatabase } from './database.ts';
import { ensureDeviceId } from './deviceIdentity.ts';
import { live, type LiveValue } from './liveValue.ts';
import { queueChange } from './queueChange.ts';
import { clockedRecord, putRecordClocks, tickClock } from './recordClocks.ts';
import { recoveredWrite } from './recoveredWrite.ts';

/**
 * Saves feedback (phản ánh, kiến nghị), its register clocks, its outbox change and its aggregates in one transaction;
 * a dropped connection is reopened and the transaction run once more, a full disk is a StorageFullError.
 */
export async function saveFeedback(db: SoMotCuaDatabase, feedback: Feedback): Promise<void> {
  const payload = v.parse(FeedbackSchema, feedback);
  await recoveredWrite(db, () => db.transaction('rw', [db.feedback, db.outbox, db.meta, db.aggregates, db.halfMonthAggregates, db.recordClocks], async () => {
    const deviceId = await ensureDeviceId(db);
    const previous = await db.feedback.get(payload.id);
    const before = previous === undefined ? undefined : await clockedRecord(db, 'feedback', previous, deviceId);
    const clocks = stampClocks(FEEDBACK_LAYOUT, before, payload, await tickClock(db, deviceId));
    await db.feedback.put(payload);
    await putRecordClocks(db, 'feedback', payload.id, clocks);
    await updateAggregates(db, previous ? feedbackContributions(previous) : [], feedbackContributions(payload));
    const hash = await Dexie.waitFor(contentHash({ entity: 'feedback', entityId: payload.id, payload, clocks }));
    await queueChange(db, deviceId, { entity: 'feedback', entityId: payload.id, at: payload.updatedAt, payload, clocks, hash });
  }));
}

/** Feedback not handled yet, oldest due first. */
export async function openFeedback(db: SoMotCuaDatabase): Promise<Feedback[]> {
  const all = await db.feedback.filter((f) => f.handledAt === undefined).toArray();
  return all.sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}

/** Live view of `openFeedback`. */
export function watchOpenFeedback(db: SoMotCuaDatabase): LiveValue<Feedback[]> {
  return live(() => openFeedback(db));
}
