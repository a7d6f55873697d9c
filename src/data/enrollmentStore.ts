import * as v from 'valibot';
import { EnrollResponseSchema, type EnrollResponse } from '../sync/protocol.ts';
import type { SoMotCuaDatabase } from './database.ts';
import { NEXT_SEQ_KEY } from './deviceIdentity.ts';
import { live, type LiveValue } from './liveValue.ts';

const ENROLLMENT_KEY = 'enrollment';

/** This device's enrollment: the server's answer, kept with the time it was made. */
export const EnrollmentSchema = v.object({
  ...EnrollResponseSchema.entries,
  enrolledAt: v.pipe(v.string(), v.isoTimestamp()),
  /**
   * The first sequence number this unit's server should hold from the phone: the oldest change
   * still queued at enrollment, else the next one. Changes before it went elsewhere (an earlier
   * unit) and are no loss here.
   */
  firstSeq: v.pipe(v.number(), v.integer(), v.minValue(1)),
});
export type Enrollment = v.InferOutput<typeof EnrollmentSchema>;

/** The stored enrollment, or null before enrolling (or when the record is unreadable). */
export async function readEnrollment(db: SoMotCuaDatabase): Promise<Enrollment | null> {
  const record = await db.meta.get(ENROLLMENT_KEY);
  const parsed = v.safeParse(EnrollmentSchema, record?.value);
  return parsed.success ? parsed.output : null;
}

/**
 * Keeps the server's answer to a successful enrollment (replacing any earlier one), with the
 * first seq the unit should receive, and starts pulling that unit from the beginning.
 */
export async function saveEnrollment(db: SoMotCuaDatabase, response: EnrollResponse, enrolledAt: string): Promise<Enrollment> {
  return db.transaction('rw', [db.meta, db.outbox], async () => {
    const oldestQueued = (await db.outbox.toCollection().first())?.seq;
    const next = await db.meta.get(NEXT_SEQ_KEY);
    const firstSeq = oldestQueued ?? (typeof next?.value === 'number' ? next.value : 1);
    const enrollment = v.parse(EnrollmentSchema, { ...response, enrolledAt, firstSeq });
    await db.meta.put({ key: ENROLLMENT_KEY, value: enrollment });
    return enrollment;
  });
}

/** Forgets the enrollment (the token was revoked, or the officer leaves the unit). Records stay. */
export async function forgetEnrollment(db: SoMotCuaDatabase): Promise<void> {
  await db.meta.delete(ENROLLMENT_KEY);
}

/** Live view of the enrollment. */
export function watchEnrollment(db: SoMotCuaDatabase): LiveValue<Enrollment | null> {
  return live(() => readEnrollment(db));
}
