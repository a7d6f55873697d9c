import type { Change, Receipt } from '../sync/protocol.ts';
import type { SoMotCuaDatabase } from './database.ts';
import { advanceSeqPastInTransaction, takeNextSeq } from './deviceIdentity.ts';
import { live, type LiveValue } from './liveValue.ts';

/** Counts the sync client shows: waiting to be pushed, and refused by the server. */
export interface OutboxCounts {
  pending: number;
  rejected: number;
}

/** The oldest pending changes, at most `limit`, in sequence order. */
export async function nextPendingBatch(db: SoMotCuaDatabase, limit: number): Promise<Change[]> {
  // Within one index value IndexedDB orders by primary key, so this is sequence order.
  const entries = await db.outbox.where('state').equals('pending').limit(limit).toArray();
  return entries.map(({ state: _state, reason: _reason, ...change }) => change);
}

/**
 * Applies the server's receipts: accepted and duplicate changes leave the outbox (the
 * server has them, committed); rejected ones stay, quarantined with the reason, and no
 * longer hold up the queue.
 */
export async function applyReceipts(db: SoMotCuaDatabase, pushed: readonly Change[], receipts: readonly Receipt[]): Promise<void> {
  const seqByChangeId = new Map(pushed.map((c) => [c.changeId, c.seq]));
  await db.transaction('rw', db.outbox, async () => {
    for (const receipt of receipts) {
      const seq = seqByChangeId.get(receipt.changeId);
      if (seq === undefined) continue;
      if (receipt.status === 'rejected') {
        await db.outbox.update(seq, { state: 'rejected', reason: receipt.reason ?? 'Máy chủ từ chối thay đổi này.' });
      } else {
        await db.outbox.delete(seq);
      }
    }
  });
}

/** Pending and rejected counts. */
export async function outboxCounts(db: SoMotCuaDatabase): Promise<OutboxCounts> {
  const [pending, rejected] = await Promise.all([
    db.outbox.where('state').equals('pending').count(),
    db.outbox.where('state').equals('rejected').count(),
  ]);
  return { pending, rejected };
}

/** Live view of `outboxCounts`. */
export function watchOutboxCounts(db: SoMotCuaDatabase): LiveValue<OutboxCounts> {
  return live(() => outboxCounts(db));
}

/**
 * Gives changes the server refused as `seq_taken` new sequence numbers after `pastSeq` (the
 * highest the server holds from this device) and queues them again: their content is still
 * the officer's, only their numbers collided with changes from before a restore.
 */
export async function renumberChanges(db: SoMotCuaDatabase, seqs: readonly number[], pastSeq: number): Promise<void> {
  await db.transaction('rw', [db.outbox, db.meta], async () => {
    await advanceSeqPastInTransaction(db, pastSeq);
    for (const seq of seqs) {
      const entry = await db.outbox.get(seq);
      if (entry === undefined) continue;
      await db.outbox.delete(seq);
      const { reason: _reason, ...change } = entry;
      await db.outbox.add({ ...change, seq: await takeNextSeq(db), state: 'pending' });
    }
  });
}
