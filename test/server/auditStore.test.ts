import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dossier } from '../../src/domain/dossier.ts';
import { resolveDossier } from '../../src/domain/dossierLifecycle.ts';
import type { Feedback } from '../../src/domain/feedback.ts';
import { uuidv7 } from '../../src/domain/uuidv7.ts';
import type { ValidatedDossierChange, ValidatedFeedbackChange } from '../../src/server/store/syncStore.ts';
import { STORE_KINDS, type StoresUnderTest } from '../helpers/storesUnderTest.ts';
import { dossierChange, feedbackChange, sampleDossier, sampleFeedback } from '../helpers/syncFixtures.ts';

// Issue 7, part 5: every accepted change that changes something is kept on the server (who,
// when, which fields, old and new), append-only, in the same transaction as the change.
const RECEIVED_AT = '2025-03-10T05:00:00.000Z';
const LATER = '2025-03-11T06:00:00.000Z';
const UNIT = 'default';

describe.each(STORE_KINDS)('audit trail on $name', (kind) => {
  let db: StoresUnderTest;
  const device = uuidv7(Date.parse('2025-01-01T00:00:00Z'));

  beforeEach(async () => {
    db = await kind.open();
  });
  afterEach(async () => {
    await db.remove();
  });

  async function dossierAt(dossier: Dossier, seq: number, at = dossier.updatedAt): Promise<ValidatedDossierChange> {
    const change = await dossierChange(dossier, { deviceId: device, seq, at });
    return { ...change, entity: 'dossier', payload: dossier };
  }

  async function feedbackAt(feedback: Feedback, seq: number): Promise<ValidatedFeedbackChange> {
    const change = await feedbackChange(feedback, { deviceId: device, seq });
    return { ...change, entity: 'feedback', payload: feedback };
  }

  it('keeps the receipt and the resolution, with the officer, the device and seq, both times and the fields old → new', async () => {
    const received = sampleDossier({ receivedAt: new Date('2025-03-03T02:00:00Z') });
    const resolved = resolveDossier(received, new Date('2025-03-05T02:00:00Z'), {});
    const sync = db.stores.sync;
    expect((await sync.applyChanges(UNIT, [await dossierAt(received, 1)], RECEIVED_AT, { officerId: 'lan' })).map((r) => r.status)).toEqual(['accepted']);
    const resolving = await dossierAt(resolved, 2);
    expect((await sync.applyChanges(UNIT, [resolving], LATER, { officerId: 'minh' })).map((r) => r.status)).toEqual(['accepted']);

    const history = await sync.dossierHistory(UNIT, received.id);
    expect(history?.map((e) => [e.action, e.officerId, e.deviceId, e.seq, e.at, e.receivedAt])).toEqual([
      ['received', 'lan', device, 1, received.updatedAt, RECEIVED_AT],
      ['resolved', 'minh', device, 2, '2025-03-05T02:00:00.000Z', LATER],
    ]);
    // The receipt sets every field from nothing: its status among them.
    expect(history?.[0]?.fields).toContainEqual({ field: 'status', before: null, after: 'received' });
    // resolveDossier changes exactly status and resolvedAt (updatedAt only follows, not audited);
    // fields come by name, so resolvedAt before status.
    expect(history?.[1]?.fields).toEqual([
      { field: 'resolvedAt', before: null, after: '2025-03-05T02:00:00.000Z' },
      { field: 'status', before: 'received', after: 'resolved' },
    ]);
    expect(history?.[1]?.changeId).toBe(resolving.changeId);
    // The unit's order of writes: the receipt took place 1, the resolution 2.
    expect(history?.map((e) => e.auditSeq)).toEqual([1, 2]);
    expect(await db.count('audit_entries')).toBe(2);
  });

  it('writes nothing for a duplicate, a rejected change, an overtaken change or one that changes nothing visible, and never alters earlier entries', async () => {
    const received = sampleDossier({ receivedAt: new Date('2025-03-03T02:00:00Z') });
    const sync = db.stores.sync;
    const first = await dossierAt(received, 1);
    await sync.applyChanges(UNIT, [first], RECEIVED_AT, { officerId: 'lan' });
    const before = await db.rows('audit_entries');
    expect(before).toHaveLength(1);

    // The same change again: duplicate. Another change on seq 1: rejected (seq taken).
    const sameSeq = await dossierAt(resolveDossier(received, new Date('2025-03-05T02:00:00Z'), {}), 1);
    // An older snapshot (its updatedAt earlier, legacy clocks): overtaken, merges to nothing.
    const older = await dossierAt({ ...received, updatedAt: '2025-03-03T01:00:00.000Z' }, 2);
    // The same content stamped later: clocks move, no field does.
    const restamped = await dossierAt({ ...received, updatedAt: '2025-03-06T02:00:00.000Z' }, 3);
    const receipts = await sync.applyChanges(UNIT, [first, sameSeq, older, restamped], LATER, { officerId: 'minh' });
    expect(receipts.map((r) => r.status)).toEqual(['duplicate', 'rejected', 'accepted', 'accepted']);

    expect(await db.rows('audit_entries')).toEqual(before);
    expect((await sync.dossierHistory(UNIT, received.id))?.map((e) => [e.action, e.officerId, e.seq])).toEqual([['received', 'lan', 1]]);
  });

  it('audits feedback too, and answers null for a dossier the unit does not hold', async () => {
    const sync = db.stores.sync;
    await sync.applyChanges(UNIT, [await feedbackAt(sampleFeedback(), 1)], RECEIVED_AT, { officerId: 'lan' });
    const rows = await db.rows('audit_entries');
    expect(rows.map((r) => [r['entity'], r['action'], r['officer_id']])).toEqual([['feedback', 'received', 'lan']]);
    expect(await sync.dossierHistory(UNIT, uuidv7())).toBeNull();
  });

  it('keeps no officer for a batch applied without one (tools and imports), and still the device and seq', async () => {
    const received = sampleDossier();
    await db.stores.sync.applyChanges(UNIT, [await dossierAt(received, 4)], RECEIVED_AT);
    expect((await db.stores.sync.dossierHistory(UNIT, received.id))?.map((e) => [e.officerId, e.deviceId, e.seq])).toEqual([[null, device, 4]]);
  });
});
