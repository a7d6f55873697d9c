import { describe, expect, it } from 'vitest';
import { sampleDossier, sampleFeedback } from '../../test/helpers/syncFixtures.ts';
import { testDatabases } from '../../test/helpers/testDatabases.ts';
import { localSeqState } from './deviceIdentity.ts';
import { saveDossier } from './dossierStore.ts';
import { saveFeedback } from './feedbackStore.ts';
import { applyReceipts, nextPendingBatch, outboxCounts } from './outboxStore.ts';
import { discardRejected, listRejected, retryRejected, watchRejected, type RejectedChange } from './quarantineStore.ts';

const freshDb = testDatabases();

/** Three changes queued (dossier, dossier, feedback); the server rejects the 1st and 3rd. */
async function withTwoRejected() {
  const db = freshDb();
  const dossier = { ...sampleDossier(), code: 'HS-001' };
  const other = sampleDossier({ procedureId: 'chung-thuc-ban-sao' });
  const feedback = sampleFeedback();
  await saveDossier(db, dossier);
  await saveDossier(db, other);
  await saveFeedback(db, feedback);
  const batch = await nextPendingBatch(db, 10);
  await applyReceipts(db, batch, [
    { changeId: batch[0]!.changeId, status: 'rejected', reason: 'Thủ tục không có trong danh mục của đơn vị.' },
    { changeId: batch[1]!.changeId, status: 'accepted' },
    { changeId: batch[2]!.changeId, status: 'rejected', reason: 'Phản ánh không hợp lệ.' },
  ]);
  return { db, dossier, feedback };
}

describe('quarantine of rejected changes', () => {
  it('lists each rejected change with its reason and what it was about, and they never block the queue', async () => {
    const { db, dossier, feedback } = await withTwoRejected();
    const rejected = await listRejected(db);
    expect(rejected).toEqual([
      {
        seq: 1,
        entity: 'dossier',
        entityId: dossier.id,
        at: expect.any(String),
        reason: 'Thủ tục không có trong danh mục của đơn vị.',
        subject: { kind: 'dossier', code: 'HS-001', procedureName: dossier.procedure.name, receivedAt: dossier.receivedAt },
      },
      {
        seq: 3,
        entity: 'feedback',
        entityId: feedback.id,
        at: expect.any(String),
        reason: 'Phản ánh không hợp lệ.',
        subject: { kind: 'feedback', subject: feedback.subject, receivedAt: feedback.receivedAt },
      },
    ]);
    expect(await nextPendingBatch(db, 10)).toEqual([]);
    await saveDossier(db, sampleDossier());
    expect((await nextPendingBatch(db, 10)).map((c) => c.seq)).toEqual([4]);
  });

  it('reads what it can of a malformed payload', async () => {
    const { db } = await withTwoRejected();
    await db.outbox.update(1, { payload: { procedure: 'not an object' } });
    expect((await listRejected(db))[0]?.subject).toEqual({ kind: 'dossier', code: null, procedureName: null, receivedAt: null });
  });

  it('"Gửi lại" puts the change back in the queue, unchanged and without its old reason', async () => {
    const { db } = await withTwoRejected();
    const before = await db.outbox.get(1);
    expect(await retryRejected(db, 1)).toBe(true);
    const after = await db.outbox.get(1);
    expect(after).toEqual({ ...before, state: 'pending', reason: undefined });
    expect(after && 'reason' in after).toBe(false);
    expect((await nextPendingBatch(db, 10)).map((c) => c.seq)).toEqual([1]);
    expect(await outboxCounts(db)).toEqual({ pending: 1, rejected: 1 });
    expect(await retryRejected(db, 1)).toBe(false);
    expect(await retryRejected(db, 99)).toBe(false);
  });

  it('"Bỏ" deletes only a rejected change', async () => {
    const { db, dossier } = await withTwoRejected();
    expect(await discardRejected(db, 3)).toBe(true);
    expect(await outboxCounts(db)).toEqual({ pending: 0, rejected: 1 });
    // Discarded on purpose: the data-loss check must not count it as lost.
    expect((await localSeqState(db)).unsentSeqs.has(3)).toBe(true);
    expect(await discardRejected(db, 3)).toBe(false);
    await retryRejected(db, 1);
    expect(await discardRejected(db, 1)).toBe(false);
    expect(await outboxCounts(db)).toEqual({ pending: 1, rejected: 0 });
    expect(await db.dossiers.get(dossier.id)).toBeDefined();
  });

  it('follows changes live', async () => {
    const { db } = await withTwoRejected();
    const seen: number[][] = [];
    let resolveNext: (() => void) | null = null;
    const subscription = watchRejected(db).subscribe({
      next: (list: RejectedChange[]) => {
        seen.push(list.map((r) => r.seq));
        resolveNext?.();
      },
      error: (e) => {
        throw e;
      },
    });
    const nextEmission = () => new Promise<void>((resolve) => (resolveNext = resolve));
    await nextEmission();
    const changed = nextEmission();
    await discardRejected(db, 1);
    await changed;
    subscription.unsubscribe();
    expect(seen).toEqual([[1, 3], [3]]);
  });
});
