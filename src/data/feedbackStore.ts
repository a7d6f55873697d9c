import * as v from 'valibot';
import { FeedbackSchema, type Feedback } from '../domain/feedback.ts';
import { feedbackContributions } from '../domain/indicators/contributions.ts';
import { contentHash } from '../sync/contentHash.ts';
import { updateAggregates } from './aggregateStore.ts';
import type { SoMotCuaDatabase } from './database.ts';
import { ensureDeviceId } from './deviceIdentity.ts';
import { live, type LiveValue } from './liveValue.ts';
import { queueChange } from './queueChange.ts';

/** Saves feedback (phản ánh, kiến nghị), its outbox change and its aggregates in one transaction. */
export async function saveFeedback(db: SoMotCuaDatabase, feedback: Feedback): Promise<void> {
  const payload = v.parse(FeedbackSchema, feedback);
  const hash = await contentHash({ entity: 'feedback', entityId: payload.id, payload });
  await db.transaction('rw', [db.feedback, db.outbox, db.meta, db.aggregates, db.halfMonthAggregates], async () => {
    const deviceId = await ensureDeviceId(db);
    const previous = await db.feedback.get(payload.id);
    await db.feedback.put(payload);
    await updateAggregates(db, previous ? feedbackContributions(previous) : [], feedbackContributions(payload));
    await queueChange(db, deviceId, { entity: 'feedback', entityId: payload.id, at: payload.updatedAt, payload, hash });
  });
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
