import * as v from 'valibot';
import type { Entity } from '../sync/protocol.ts';
import type { SoMotCuaDatabase } from './database.ts';
import { rememberDiscardedSeq } from './deviceIdentity.ts';
import { live, type LiveValue } from './liveValue.ts';
import type { OutboxEntry } from './outboxEntry.ts';

/** What a rejected change was about, read from its snapshot (any dossier version, or feedback). */
export type RejectedSubject =
  | { readonly kind: 'dossier'; readonly code: string | null; readonly procedureName: string | null; readonly receivedAt: string | null }
  | { readonly kind: 'feedback'; readonly subject: string | null; readonly receivedAt: string | null };

/** One change the server refused, as the quarantine shows it. */
export interface RejectedChange {
  readonly seq: number;
  readonly entity: Entity;
  readonly entityId: string;
  /** When the change was made (device clock). */
  readonly at: string;
  /** The server's reason. */
  readonly reason: string;
  readonly subject: RejectedSubject;
}

// Loose on purpose: a rejected payload may be malformed, and that is often why it was rejected.
const optionalText = v.optional(v.nullable(v.string()), null);
const DossierFacts = v.object({ code: optionalText, procedure: v.optional(v.object({ name: optionalText }), { name: null }), receivedAt: optionalText });
const FeedbackFacts = v.object({ subject: optionalText, receivedAt: optionalText });

function subjectOf(entry: OutboxEntry): RejectedSubject {
  if (entry.entity === 'feedback') {
    const facts = v.safeParse(FeedbackFacts, entry.payload);
    return { kind: 'feedback', subject: facts.success ? facts.output.subject : null, receivedAt: facts.success ? facts.output.receivedAt : null };
  }
  const facts = v.safeParse(DossierFacts, entry.payload);
  return facts.success
    ? { kind: 'dossier', code: facts.output.code, procedureName: facts.output.procedure.name, receivedAt: facts.output.receivedAt }
    : { kind: 'dossier', code: null, procedureName: null, receivedAt: null };
}

/** Every change the server rejected, oldest first. They never hold up the queue (only pending ones are pushed). */
export async function listRejected(db: SoMotCuaDatabase): Promise<RejectedChange[]> {
  const entries = await db.outbox.where('state').equals('rejected').toArray();
  return entries.map((entry) => ({
    seq: entry.seq,
    entity: entry.entity,
    entityId: entry.entityId,
    at: entry.at,
    reason: entry.reason ?? '',
    subject: subjectOf(entry),
  }));
}

/** Live view of `listRejected`. */
export function watchRejected(db: SoMotCuaDatabase): LiveValue<RejectedChange[]> {
  return live(() => listRejected(db));
}

/**
 * Puts a rejected change back in the queue, unchanged, for the next push (after the cause was
 * fixed on the server). False when it is no longer rejected (sent or discarded meanwhile).
 */
export async function retryRejected(db: SoMotCuaDatabase, seq: number): Promise<boolean> {
  return db.transaction('rw', db.outbox, async () => {
    const entry = await db.outbox.get(seq);
    if (entry?.state !== 'rejected') return false;
    const { reason: _reason, ...change } = entry;
    await db.outbox.put({ ...change, state: 'pending' });
    return true;
  });
}

/**
 * Drops a rejected change for good: it will never reach the server. The local record keeps
 * its current state; saving it again queues a new change. False when it was not rejected.
 */
export async function discardRejected(db: SoMotCuaDatabase, seq: number): Promise<boolean> {
  return db.transaction('rw', [db.outbox, db.meta], async () => {
    const entry = await db.outbox.get(seq);
    if (entry?.state !== 'rejected') return false;
    await db.outbox.delete(seq);
    // Not lost: the officer chose so. Data-loss checks must not report it.
    await rememberDiscardedSeq(db, seq);
    return true;
  });
}
