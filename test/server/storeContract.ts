import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createVietnamWorkingCalendar } from '../../src/domain/calendar/vietnamWorkingCalendar.ts';
import { flowReport } from '../../src/domain/reports/flowReport.ts';
import { arbitraryDossier } from '../helpers/arbitraryDossier.ts';
import { resolveDossier } from '../../src/domain/dossierLifecycle.ts';
import type { Dossier } from '../../src/domain/dossier.ts';
import { uuidv7 } from '../../src/domain/uuidv7.ts';
import { FEEDBACK_COLUMNS, feedbackRow } from '../../src/server/store/feedbackRows.ts';
import { UNREADABLE_STORED } from '../../src/server/store/mergeIncoming.ts';
import { DOSSIER_COLUMNS, dossierRow, type RowSource } from '../../src/server/store/rows.ts';
import { DOSSIER_LAYOUT, FEEDBACK_LAYOUT } from '../../src/sync/merge/registerLayout.ts';
import type { SyncStore, ValidatedChange, ValidatedDossierChange, ValidatedFeedbackChange } from '../../src/server/store/syncStore.ts';
import type { Receipt } from '../../src/sync/protocol.ts';
import { dossierChange, feedbackChange, fullDossier, SAMPLE_APPLICANT, sampleDossier, sampleFeedback } from '../helpers/syncFixtures.ts';

/** A table the contract counts rows of. */
export type StoreTable = 'changes' | 'dossiers' | 'feedback' | 'devices' | 'units';

/** One empty database of one store kind, and store-specific ways to look inside it. */
export interface StoreUnderTest {
  /** Opens a store (migrating) on this database; may be called again to reopen or to open a second connection. */
  open(): Promise<SyncStore>;
  /** Every column of a `dossiers` or `feedback` row, `data` and `clocks` parsed, `pull_seq` a number, or undefined. */
  row(table: 'dossiers' | 'feedback', unitId: string, id: string): Promise<Record<string, unknown> | undefined>;
  /** How many rows a table holds. */
  count(table: StoreTable): Promise<number>;
  /** Replaces a dossier's stored `data` with JSON no schema accepts (a row a later schema refuses). */
  breakDossier(unitId: string, id: string): Promise<void>;
  /** Runs the migrations again and answers the versions it applied. */
  migrateAgain(): Promise<number[]>;
  /** The versions recorded in `schema_migrations`, in order. */
  versions(): Promise<number[]>;
  /** Deletes the database. */
  remove(): Promise<void>;
}

const RECEIVED_AT = '2025-03-10T05:00:00.000Z';

/**
 * The row source a change without clocks gets: every register at its `updatedAt` on the
 * sending device (written out here, not taken from the store's own code).
 */
function sourceOf(change: ValidatedChange, pullSeq: number): RowSource {
  const clock = `${String(Date.parse(change.payload.updatedAt)).padStart(15, '0')}:000000:${change.deviceId}`;
  const layout = change.entity === 'dossier' ? DOSSIER_LAYOUT : FEEDBACK_LAYOUT;
  // Every field of the record, present or not, is a register, or belongs to the timeline group.
  const registers = new Set(layout.fields.filter((f) => !(layout.structural as readonly string[]).includes(f)).map((f) => (Object.values(layout.groups).flat() as string[]).includes(f) ? 'timeline' : f));
  return { changeId: change.changeId, clocks: Object.fromEntries([...registers].map((r) => [r, clock])), pullSeq };
}

/** The row the shared mapping computes, with `data` parsed as the stores give it back. */
function expectedRow(columns: ReadonlyArray<readonly [string, string]>, mapped: object): Record<string, unknown> {
  const values = new Map(Object.entries(mapped));
  const parsed = new Set(['data', 'clocks']);
  return Object.fromEntries(columns.map(([column, field]) => [column, parsed.has(column) ? JSON.parse(String(values.get(field))) : values.get(field)]));
}

/** The store-level behaviour every SyncStore must have, run against a fresh database per test. */
export function describeSyncStore(name: string, create: () => Promise<StoreUnderTest>): void {
  describe(`${name} sync store`, () => {
    let db: StoreUnderTest;
    let store: SyncStore;
    let deviceId: string;
    const opened: SyncStore[] = [];

    beforeEach(async () => {
      db = await create();
      store = await db.open();
      opened.push(store);
      deviceId = uuidv7();
    });

    afterEach(async () => {
      for (const s of opened.splice(0)) await s.close();
      await db.remove();
    });

    async function openAnother(): Promise<SyncStore> {
      const another = await db.open();
      opened.push(another);
      return another;
    }

    async function dossierAt(dossier: Dossier, seq: number, at?: string): Promise<ValidatedDossierChange> {
      const change = await dossierChange(dossier, at === undefined ? { deviceId, seq } : { deviceId, seq, at });
      return { ...change, entity: 'dossier', payload: dossier };
    }

    async function feedbackAt(seq: number): Promise<ValidatedFeedbackChange> {
      const feedback = sampleFeedback();
      const change = await feedbackChange(feedback, { deviceId, seq });
      return { ...change, entity: 'feedback', payload: feedback };
    }

    const statuses = (receipts: readonly Receipt[]): string[] => receipts.map((r) => r.status);

    it('stores an accepted batch: the change, the device and every dossier column', async () => {
      const full = await dossierAt(fullDossier(), 1);
      const plain = await dossierAt(sampleDossier({ receivedAt: new Date('2025-03-04T02:00:00Z') }), 2);
      expect(await store.applyChanges('default', [full, plain], RECEIVED_AT)).toEqual([
        { changeId: full.changeId, status: 'accepted' },
        { changeId: plain.changeId, status: 'accepted' },
      ]);
      expect(await store.countDossiers('default')).toBe(2);
      expect([await db.count('changes'), await db.count('devices')]).toEqual([2, 1]);

      const row = await db.row('dossiers', 'default', full.entityId);
      expect(row).toEqual(expectedRow(DOSSIER_COLUMNS, dossierRow('default', full.payload, sourceOf(full, 1))));
      expect(row).toMatchObject({ code: 'HS-2025-0001', officer_id: 'lan', has_fee: 1, certified_copy: 1, returned_by_post: 1, complaint: 1, satisfaction: 'dissatisfied', apology_date: '2025-03-06', schema_version: 2 });
      expect(row?.['data']).toEqual(full.payload);
      // The applicant's personal data appears in no column but `data`.
      const columns = JSON.stringify({ ...row, data: null });
      for (const value of Object.values(SAMPLE_APPLICANT)) expect(columns).not.toContain(value);
      expect(await db.row('dossiers', 'default', plain.entityId)).toEqual(expectedRow(DOSSIER_COLUMNS, dossierRow('default', plain.payload, sourceOf(plain, 2))));
    });

    it('answers duplicate for a batch sent again and writes nothing more', async () => {
      const changes = [await dossierAt(sampleDossier(), 1), await feedbackAt(2)];
      await store.applyChanges('default', changes, RECEIVED_AT);
      expect(await store.applyChanges('default', changes, RECEIVED_AT)).toEqual(changes.map((c) => ({ changeId: c.changeId, status: 'duplicate' })));
      expect([await store.countDossiers('default'), await store.countFeedback('default'), await db.count('changes')]).toEqual([1, 1, 2]);
    });

    it('rejects a change id reused for other content', async () => {
      const first = await dossierAt(sampleDossier(), 1);
      await store.applyChanges('default', [first], RECEIVED_AT);
      const other = await dossierAt(sampleDossier({ receivedAt: new Date('2025-03-05T02:00:00Z') }), 2);
      const reused = { ...other, changeId: first.changeId };
      expect(await store.applyChanges('default', [reused], RECEIVED_AT)).toEqual([{ changeId: first.changeId, status: 'rejected', reason: 'Mã thay đổi đã dùng cho nội dung khác' }]);
      expect([await store.countDossiers('default'), await db.count('changes')]).toEqual([1, 1]);
    });

    it('rejects a sequence number the device already used', async () => {
      await store.applyChanges('default', [await dossierAt(sampleDossier(), 1)], RECEIVED_AT);
      const taken = await dossierAt(sampleDossier({ receivedAt: new Date('2025-03-05T02:00:00Z') }), 1);
      expect(await store.applyChanges('default', [taken], RECEIVED_AT)).toEqual([
        { changeId: taken.changeId, status: 'rejected', reason: 'Số thứ tự 1 của thiết bị này đã dùng cho thay đổi khác', code: 'seq_taken' },
      ]);
      expect([await store.countDossiers('default'), await db.count('changes')]).toEqual([1, 1]);
    });

    /** A change from `device` carrying explicit register clocks (as a phone with merging sends). */
    async function clockedAt(device: string, seq: number, dossier: Dossier, clocks: Record<string, string>): Promise<ValidatedDossierChange> {
      const change = await dossierChange(dossier, { deviceId: device, seq, clocks });
      return { ...change, entity: 'dossier', payload: dossier, clocks };
    }
    const hlc = (iso: string, device: string) => `${String(Date.parse(iso)).padStart(15, '0')}:000000:${device}`;

    it('keeps two officers\u2019 edits of different fields, in either arrival order (per-field merge)', async () => {
      const lan = uuidv7();
      const minh = uuidv7();
      const received = sampleDossier();
      const t0 = hlc(received.updatedAt, lan);
      const base = { timeline: t0, channel: t0, digitized: t0, electronicResult: t0, reusedData: t0, paidOnline: t0, returnedByPost: t0, syncedToPortal: t0, electronicCertifiedCopy: t0, complaint: t0 };
      const digitized: Dossier = { ...received, digitized: true, updatedAt: '2025-03-03T03:00:00.000Z' };
      const resolved = resolveDossier(received, new Date('2025-03-03T04:00:00Z'), {});
      const changes = [
        await clockedAt(lan, 1, received, base),
        await clockedAt(lan, 2, digitized, { ...base, digitized: hlc('2025-03-03T03:00:00Z', lan) }),
        await clockedAt(minh, 1, resolved, { ...base, timeline: hlc('2025-03-03T04:00:00Z', minh) }),
      ];
      const rows: unknown[] = [];
      for (const order of [[0, 1, 2], [2, 1, 0], [1, 2, 0]]) {
        const other = await create();
        try {
          const s2 = await other.open();
          for (const i of order) await s2.applyChanges('default', [changes[i]!], RECEIVED_AT);
          const row = await other.row('dossiers', 'default', received.id);
          expect(row).toMatchObject({ status: 'resolved', digitized: 1 });
          expect(row?.['data']).toMatchObject({ status: 'resolved', digitized: true, resolvedAt: resolved.resolvedAt, updatedAt: resolved.updatedAt });
          rows.push(row?.['data']);
          await s2.close();
        } finally {
          await other.remove();
        }
      }
      expect(rows[1]).toEqual(rows[0]);
      expect(rows[2]).toEqual(rows[0]);
    });

    it('keeps the later snapshot of changes without clocks (queued before merging), whatever the arrival order', async () => {
      const received = sampleDossier();
      const resolved = resolveDossier(received, new Date('2025-03-03T04:00:00Z'), { digitized: true, electronicResult: false });
      const early = await dossierAt(received, 1, '2025-03-03T02:00:00.000Z');
      const late = await dossierAt(resolved, 2, '2025-03-03T04:00:00.000Z');

      expect(statuses(await store.applyChanges('default', [late], RECEIVED_AT))).toEqual(['accepted']);
      expect(statuses(await store.applyChanges('default', [early], RECEIVED_AT))).toEqual(['accepted']);
      // The older change is kept in `changes` but overtaken in every field: the row is untouched.
      expect(await db.row('dossiers', 'default', received.id)).toMatchObject({ status: 'resolved', change_id: late.changeId, data: resolved, pull_seq: 1 });
    });

    it('lets a change without clocks remove a field (an undone void) against an older copy that has it', async () => {
      const received = sampleDossier();
      const voided: Dossier = { ...received, voidedAt: '2025-03-03T03:00:00.000Z', updatedAt: '2025-03-03T03:00:00.000Z' };
      const restored: Dossier = { ...received, updatedAt: '2025-03-03T03:05:00.000Z' };
      const [first, second] = [await dossierAt(voided, 1), await dossierAt(restored, 2)];
      await store.applyChanges('default', [second], RECEIVED_AT);
      await store.applyChanges('default', [first], RECEIVED_AT);
      expect((await db.row('dossiers', 'default', received.id))?.['data']).toEqual(restored);
    });

    it('pulls the unit\u2019s records in write order, page by page, and a record again after it changes', async () => {
      const first = await dossierAt(sampleDossier({ receivedAt: new Date('2025-03-03T01:00:00Z') }), 1);
      const second = await feedbackAt(2);
      const third = await dossierAt(sampleDossier({ receivedAt: new Date('2025-03-03T02:00:00Z') }), 3);
      await store.applyChanges('default', [first, second, third], RECEIVED_AT);

      const page1 = await store.pullSince('default', 0, 2);
      expect(page1.records.map((r) => [r.entity, r.id])).toEqual([['dossier', first.entityId], ['feedback', second.entityId]]);
      expect(page1.more).toBe(true);
      expect(page1.records[0]?.payload).toEqual(first.payload);
      expect(page1.records[0]?.clocks).toEqual(sourceOf(first, 1).clocks);
      const page2 = await store.pullSince('default', page1.cursor, 2);
      expect(page2.records.map((r) => r.id)).toEqual([third.entityId]);
      expect(page2.more).toBe(false);
      const empty = await store.pullSince('default', page2.cursor, 2);
      expect(empty).toEqual({ records: [], cursor: page2.cursor, more: false });

      const resolved = resolveDossier(first.payload, new Date('2025-03-04T02:00:00Z'), {});
      await store.applyChanges('default', [await dossierAt(resolved, 4)], RECEIVED_AT);
      const again = await store.pullSince('default', page2.cursor, 10);
      expect(again.records.map((r) => [r.id, (r.payload as Dossier).status])).toEqual([[first.entityId, 'resolved']]);
      // Another unit's cursor sees none of it.
      expect((await store.pullSince('xa-khac', 0, 10)).records).toEqual([]);
    });

    it('reports the device\u2019s highest seq and the seqs that never arrived', async () => {
      expect(await store.deviceState('default', deviceId)).toEqual({ maxSeq: 0, missing: [] });
      const changes: ValidatedChange[] = [];
      for (const seq of [1, 2, 5, 9]) changes.push(await dossierAt(sampleDossier({ receivedAt: new Date(Date.UTC(2025, 2, 3, seq)) }), seq));
      await store.applyChanges('default', changes, RECEIVED_AT);
      expect(await store.deviceState('default', deviceId)).toEqual({ maxSeq: 9, missing: [[3, 4], [6, 8]] });
      // A replay changes nothing; the gap closes when the missing changes arrive.
      await store.applyChanges('default', changes, RECEIVED_AT);
      const rest: ValidatedChange[] = [];
      for (const seq of [3, 4, 6, 7, 8]) rest.push(await dossierAt(sampleDossier({ receivedAt: new Date(Date.UTC(2025, 2, 4, seq)) }), seq));
      await store.applyChanges('default', rest, RECEIVED_AT);
      expect(await store.deviceState('default', deviceId)).toEqual({ maxSeq: 9, missing: [] });
      expect(await store.deviceState('xa-khac', deviceId)).toEqual({ maxSeq: 0, missing: [] });
    });

    it('counts a device\u2019s gaps from the first seq it sent to this unit (a phone that recorded before enrolling here)', async () => {
      const changes: ValidatedChange[] = [];
      for (const seq of [6, 7, 9]) changes.push(await dossierAt(sampleDossier({ receivedAt: new Date(Date.UTC(2025, 2, 3, seq)) }), seq));
      await store.applyChanges('default', changes, RECEIVED_AT);
      expect(await store.deviceState('default', deviceId)).toEqual({ maxSeq: 9, missing: [[8, 8]] });
    });

    it('reports Biểu 06 per unit for a period from the dossiers open during it (district report)', async () => {
      // Fixture worked by hand, all in March 2025 (Vietnam days):
      const endedBefore = resolveDossier(sampleDossier({ receivedAt: new Date('2025-02-03T02:00:00Z') }), new Date('2025-02-04T02:00:00Z'), {});
      const carriedFinished = resolveDossier(sampleDossier({ receivedAt: new Date('2025-02-27T02:00:00Z') }), new Date('2025-03-03T02:00:00Z'), {});
      const receivedOpen = sampleDossier({ receivedAt: new Date('2025-03-10T02:00:00Z') });
      const receivedLater = sampleDossier({ receivedAt: new Date('2025-04-02T02:00:00Z') });
      const changes: ValidatedChange[] = [];
      for (const [i, d] of [endedBefore, carriedFinished, receivedOpen, receivedLater].entries()) changes.push(await dossierAt(d, i + 1));
      await store.applyChanges('default', changes, RECEIVED_AT);

      const [unit, other] = await store.districtReport(['default', 'xa-khac'], { start: '2025-03-01', end: '2025-03-31' });
      // Ended in February: out. Carried over from February and finished in March: 1. Received in
      // March, still open at its end: 1. Received in April: out.
      expect(unit?.unitId).toBe('default');
      expect(unit?.report.total).toMatchObject({ received: 1, carriedOver: 1, finished: 1, pending: 1 });
      expect(other).toEqual({ unitId: 'xa-khac', report: { byField: new Map(), total: expect.objectContaining({ received: 0, pending: 0 }) } });
    });

    it('gives the same report as the domain code run on the whole dossiers (columns read right, voided left out)', async () => {
      const calendar = createVietnamWorkingCalendar();
      const dossiers: Dossier[] = fc.sample(arbitraryDossier(calendar), { numRuns: 80, seed: 7 });
      const voided = { ...dossiers[0]!, id: uuidv7(), voidedAt: dossiers[0]!.updatedAt };
      const all = [...dossiers, voided];
      const changes: ValidatedChange[] = [];
      for (const [i, d] of all.entries()) changes.push(await dossierAt(d, i + 1));
      await store.applyChanges('default', changes, RECEIVED_AT);
      for (const range of [{ start: '2026-03-01', end: '2026-03-31' }, { start: '2026-01-01', end: '2026-12-31' }]) {
        const [fromStore] = await store.districtReport(['default'], range);
        expect(fromStore?.report).toEqual(flowReport(dossiers, range));
        expect(fromStore?.report.total.received).toBeGreaterThan(0);
      }
    });

    it('rejects only the change whose stored copy cannot be read, and pulls leave that row out', async () => {
      const [broken, fine] = [sampleDossier(), sampleDossier()];
      await store.applyChanges('default', [await dossierAt(broken, 1), await dossierAt(fine, 2)], RECEIVED_AT);
      await db.breakDossier('default', broken.id);
      const later = [await dossierAt(resolveDossier(broken, new Date('2025-03-04T02:00:00Z'), {}), 3), await dossierAt(resolveDossier(fine, new Date('2025-03-04T02:00:00Z'), {}), 4)];
      expect(await store.applyChanges('default', later, RECEIVED_AT)).toEqual([
        { changeId: later[0]!.changeId, status: 'rejected', reason: UNREADABLE_STORED },
        { changeId: later[1]!.changeId, status: 'accepted' },
      ]);
      expect((await store.pullSince('default', 0, 10)).records.map((r) => r.id)).toEqual([fine.id]);
    });

    it('writes a batch all or nothing', async () => {
      const dossier = await dossierAt(sampleDossier(), 1);
      const feedback = await feedbackAt(2);
      // seq 0 passes the type but breaks the CHECK constraint on the third change: everything rolls back.
      const broken = { ...(await feedbackAt(3)), seq: 0 };
      await expect(store.applyChanges('default', [dossier, feedback, broken], RECEIVED_AT)).rejects.toThrow(/check/i);
      for (const table of ['changes', 'dossiers', 'feedback', 'devices'] as const) expect(await db.count(table)).toBe(0);

      // The store is still usable, and the same changes are then accepted.
      expect(statuses(await store.applyChanges('default', [dossier, feedback], RECEIVED_AT))).toEqual(['accepted', 'accepted']);
    });

    it('refuses a unit it does not know and writes nothing', async () => {
      const change = await dossierAt(sampleDossier(), 1);
      await expect(store.applyChanges('xa-khac', [change], RECEIVED_AT)).rejects.toThrow('Không có đơn vị "xa-khac" trên máy chủ.');
      expect([await store.countDossiers('xa-khac'), await db.count('changes')]).toEqual([0, 0]);
    });

    it('stores feedback and counts each kind per unit', async () => {
      const change = await feedbackAt(1);
      expect(statuses(await store.applyChanges('default', [change], RECEIVED_AT))).toEqual(['accepted']);
      expect(await db.row('feedback', 'default', change.entityId)).toEqual(expectedRow(FEEDBACK_COLUMNS, feedbackRow('default', change.payload, sourceOf(change, 1))));
      expect([await store.countDossiers('default'), await store.countFeedback('default'), await store.countFeedback('xa-khac')]).toEqual([0, 1, 0]);
    });

    it('answers exactly one accepted and one duplicate per change when the same batch is pushed twice at once', async () => {
      const second = await openAnother();
      const changes: ValidatedChange[] = [];
      for (let seq = 1; seq <= 5; seq++) changes.push(await dossierAt(sampleDossier({ receivedAt: new Date(Date.UTC(2025, 2, 3, seq)) }), seq));
      changes.push(await feedbackAt(6));
      const [a, b] = await Promise.all([store.applyChanges('default', changes, RECEIVED_AT), second.applyChanges('default', changes, RECEIVED_AT)]);
      changes.forEach((_, i) => {
        expect([a[i]?.status, b[i]?.status].sort()).toEqual(['accepted', 'duplicate']);
      });
      expect([await store.countDossiers('default'), await store.countFeedback('default'), await db.count('changes')]).toEqual([5, 1, 6]);
    });

    it('keeps its data when closed and opened again', async () => {
      const change = await dossierAt(sampleDossier(), 1);
      await store.applyChanges('default', [change], RECEIVED_AT);
      await store.close();
      const reopened = await openAnother();
      expect(await reopened.countDossiers('default')).toBe(1);
      expect(await reopened.applyChanges('default', [change], RECEIVED_AT)).toEqual([{ changeId: change.changeId, status: 'duplicate' }]);
    });

    it('applies each migration once, however often it is opened', async () => {
      await openAnother();
      expect(await db.migrateAgain()).toEqual([]);
      expect(await db.versions()).toEqual([1, 2, 3, 4, 5]);
      expect(await db.count('units')).toBe(1);
    });

    it('answers an empty batch with no receipts, and can be closed twice', async () => {
      expect(await store.applyChanges('default', [], RECEIVED_AT)).toEqual([]);
      await store.close();
      await expect(store.close()).resolves.toBeUndefined();
    });
  });
}
