import { describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/helpers/testDatabases.ts';
import { receiveDossier, resolveDossier } from '../domain/dossierLifecycle.ts';
import { STARTER_PROCEDURES } from '../domain/starterProcedures.ts';
import { uuidv7 } from '../domain/uuidv7.ts';
import { weekendOnlyCalendar } from '../domain/workingDays.ts';
import { contentHash } from '../sync/contentHash.ts';
import { aggregate } from '../domain/indicators/aggregate.ts';
import { dossierContributions, halfMonthContributions } from '../domain/indicators/contributions.ts';
import { readDeviceId } from './deviceIdentity.ts';
import { dossierHistory } from './historyStore.ts';
import { dossiersTouchedOn, openDossiers } from './dossierQueries.ts';
import { InvalidDossierError, saveDossier } from './dossierStore.ts';
import { applyReceipts, nextPendingBatch, outboxCounts } from './outboxStore.ts';

const freshDb = testDatabases();

const newDossier = (at = '2026-11-26T02:00:00Z') =>
  receiveDossier({ id: uuidv7(), procedure: STARTER_PROCEDURES[0]!, channel: 'in_person', receivedAt: new Date(at) }, weekendOnlyCalendar);

describe('saveDossier', () => {
  it('writes the dossier and its outbox change together, with gap-free sequence numbers', async () => {
    const db = freshDb();
    const a = newDossier();
    await saveDossier(db, a);
    await saveDossier(db, resolveDossier(a, new Date('2026-11-26T03:00:00Z'), { digitized: true, electronicResult: false }));
    await saveDossier(db, newDossier());

    expect(await db.dossiers.count()).toBe(2);
    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox.map((e) => e.seq)).toEqual([1, 2, 3]);
    const deviceId = await readDeviceId(db);
    expect(outbox.every((e) => e.deviceId === deviceId && e.state === 'pending')).toBe(true);
    expect(outbox[1]).toMatchObject({ entity: 'dossier', entityId: a.id, payload: { status: 'resolved', digitized: true } });
    expect(outbox[1]!.hash).toBe(await contentHash({ entity: 'dossier', entityId: a.id, payload: outbox[1]!.payload, clocks: outbox[1]!.clocks }));
  });

  it('keeps an append-only history entry per save, with the officer and the fields changed', async () => {
    const db = freshDb();
    await db.settings.put({ key: 'officerId', value: 'Lan' });
    const a = newDossier();
    await saveDossier(db, a);
    await saveDossier(db, resolveDossier(a, new Date('2026-11-26T03:00:00Z'), { digitized: true }));
    const history = await dossierHistory(db, a.id);
    expect(history.map((h) => [h.action, h.officerId])).toEqual([
      ['received', 'Lan'],
      ['resolved', 'Lan'],
    ]);
    expect(history[1]?.changes).toContainEqual({ field: 'digitized', before: false, after: true });
  });

  it('writes nothing for an invalid dossier', async () => {
    const db = freshDb();
    await expect(saveDossier(db, { ...newDossier(), status: 'resolved' })).rejects.toThrow(InvalidDossierError);
    expect(await db.dossiers.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.history.count()).toBe(0);
  });

  it('rolls the dossier back when its outbox change cannot be written', async () => {
    const db = freshDb();
    const first = newDossier();
    await saveDossier(db, first);
    // Make the next sequence number collide with the stored change: the add must fail.
    await db.meta.put({ key: 'nextSeq', value: 1 });
    const second = newDossier();
    await expect(saveDossier(db, second)).rejects.toThrow();
    expect(await db.dossiers.get(second.id)).toBeUndefined();
    expect(await db.outbox.count()).toBe(1);
    expect((await db.meta.get('nextSeq'))?.value).toBe(1);
  });
});

describe('aggregates kept in the same transaction', () => {
  it('equal a recount of the stored dossiers after receipts, resolutions and edits', async () => {
    const db = freshDb();
    const a = newDossier('2026-11-26T02:00:00Z');
    const b = newDossier('2026-11-27T02:00:00Z');
    await saveDossier(db, a);
    await saveDossier(db, b);
    await saveDossier(db, resolveDossier(a, new Date('2026-11-30T02:00:00Z'), { digitized: true }));
    const stored = await db.dossiers.toArray();
    const recount = aggregate(stored.map((d) => dossierContributions(d)));
    const kept = await db.aggregates.toArray();
    expect(new Map(kept.map((k) => [k.key, k.counters]))).toEqual(new Map([...recount.values()].map((k) => [k.key, k.counters])));
    const halfMonthRecount = aggregate(stored.map((d) => halfMonthContributions(dossierContributions(d))));
    const halves = await db.halfMonthAggregates.toArray();
    expect(new Map(halves.map((k) => [k.key, k.counters]))).toEqual(new Map([...halfMonthRecount.values()].map((k) => [k.key, k.counters])));
    // Two received, one resolved late (same-day procedure received 26/11, resolved 30/11).
    const totals = kept.reduce((sum, k) => sum + k.counters.received, 0);
    expect(totals).toBe(2);
    expect(kept.reduce((sum, k) => sum + k.counters.late, 0)).toBe(1);
  });

  it('are not touched when the save fails', async () => {
    const db = freshDb();
    await saveDossier(db, newDossier());
    const before = await db.aggregates.toArray();
    await db.meta.put({ key: 'nextSeq', value: 1 });
    await expect(saveDossier(db, newDossier('2026-11-27T02:00:00Z'))).rejects.toThrow();
    expect(await db.aggregates.toArray()).toEqual(before);
  });
});

describe('outbox receipts', () => {
  it('drops accepted and duplicate changes and quarantines rejected ones', async () => {
    const db = freshDb();
    for (let i = 0; i < 3; i += 1) await saveDossier(db, newDossier());
    const batch = await nextPendingBatch(db, 10);
    expect(batch.map((c) => c.seq)).toEqual([1, 2, 3]);
    await applyReceipts(db, batch, [
      { changeId: batch[0]!.changeId, status: 'accepted' },
      { changeId: batch[1]!.changeId, status: 'rejected', reason: 'payload.channel: sai' },
      { changeId: batch[2]!.changeId, status: 'duplicate' },
    ]);
    expect(await outboxCounts(db)).toEqual({ pending: 0, rejected: 1 });
    expect(await db.outbox.get(2)).toMatchObject({ state: 'rejected', reason: 'payload.channel: sai' });
    expect(await nextPendingBatch(db, 10)).toEqual([]);
  });

  it('reads pending changes oldest first, a batch at a time', async () => {
    const db = freshDb();
    for (let i = 0; i < 5; i += 1) await saveDossier(db, newDossier());
    expect((await nextPendingBatch(db, 2)).map((c) => c.seq)).toEqual([1, 2]);
  });
});

describe('dossier queries', () => {
  it('finds what was received, resolved or returned on a Vietnam day, and what is still open', async () => {
    const db = freshDb();
    const yesterday = newDossier('2026-11-25T02:00:00Z');
    const today = newDossier('2026-11-26T02:00:00Z');
    const tomorrow = newDossier('2026-11-26T17:30:00Z'); // 00:30 on the 27th in Hà Nội
    await saveDossier(db, yesterday);
    await saveDossier(db, resolveDossier(yesterday, new Date('2026-11-26T08:00:00Z'), { digitized: false, electronicResult: false }));
    await saveDossier(db, today);
    await saveDossier(db, tomorrow);
    const touched = await dossiersTouchedOn(db, '2026-11-26');
    expect(touched.map((d) => d.id).sort()).toEqual([yesterday.id, today.id].sort());
    expect((await openDossiers(db)).length).toBe(3);
  });
});
