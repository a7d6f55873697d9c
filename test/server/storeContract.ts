import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveDossier } from '../../src/domain/dossierLifecycle.ts';
import type { Dossier } from '../../src/domain/dossier.ts';
import { uuidv7 } from '../../src/domain/uuidv7.ts';
import { FEEDBACK_COLUMNS, feedbackRow } from '../../src/server/store/feedbackRows.ts';
import { DOSSIER_COLUMNS, dossierRow } from '../../src/server/store/rows.ts';
import type { SyncStore, ValidatedChange, ValidatedDossierChange, ValidatedFeedbackChange } from '../../src/server/store/syncStore.ts';
import type { Receipt } from '../../src/sync/protocol.ts';
import { dossierChange, feedbackChange, fullDossier, SAMPLE_APPLICANT, sampleDossier, sampleFeedback } from '../helpers/syncFixtures.ts';

/** A table the contract counts rows of. */
export type StoreTable = 'changes' | 'dossiers' | 'feedback' | 'devices' | 'units';

/** One empty database of one store kind, and store-specific ways to look inside it. */
export interface StoreUnderTest {
  /** Opens a store (migrating) on this database; may be called again to reopen or to open a second connection. */
  open(): Promise<SyncStore>;
  /** Every column of a `dossiers` or `feedback` row, `data` parsed, or undefined. */
  row(table: 'dossiers' | 'feedback', unitId: string, id: string): Promise<Record<string, unknown> | undefined>;
  /** How many rows a table holds. */
  count(table: StoreTable): Promise<number>;
  /** Runs the migrations again and answers the versions it applied. */
  migrateAgain(): Promise<number[]>;
  /** The versions recorded in `schema_migrations`, in order. */
  versions(): Promise<number[]>;
  /** Deletes the database. */
  remove(): Promise<void>;
}

const RECEIVED_AT = '2025-03-10T05:00:00.000Z';

/** The row the shared mapping computes, with `data` parsed as the stores give it back. */
function expectedRow(columns: ReadonlyArray<readonly [string, string]>, mapped: object): Record<string, unknown> {
  const values = new Map(Object.entries(mapped));
  return Object.fromEntries(columns.map(([column, field]) => [column, column === 'data' ? JSON.parse(String(values.get(field))) : values.get(field)]));
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
      expect(row).toEqual(expectedRow(DOSSIER_COLUMNS, dossierRow('default', full)));
      expect(row).toMatchObject({ code: 'HS-2025-0001', officer_id: 'lan', has_fee: 1, certified_copy: 1, returned_by_post: 1, complaint: 1, satisfaction: 'dissatisfied', apology_date: '2025-03-06', schema_version: 2 });
      expect(row?.['data']).toEqual(full.payload);
      // The applicant's personal data appears in no column but `data`.
      const columns = JSON.stringify({ ...row, data: null });
      for (const value of Object.values(SAMPLE_APPLICANT)) expect(columns).not.toContain(value);
      expect(await db.row('dossiers', 'default', plain.entityId)).toEqual(expectedRow(DOSSIER_COLUMNS, dossierRow('default', plain)));
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
        { changeId: taken.changeId, status: 'rejected', reason: 'Số thứ tự 1 của thiết bị này đã dùng cho thay đổi khác' },
      ]);
      expect([await store.countDossiers('default'), await db.count('changes')]).toEqual([1, 1]);
    });

    it('keeps the later snapshot whatever order the changes arrive in', async () => {
      const received = sampleDossier();
      const resolved = resolveDossier(received, new Date('2025-03-03T04:00:00Z'), { digitized: true, electronicResult: false });
      const early = await dossierAt(received, 1, '2025-03-03T02:00:00.000Z');
      const late = await dossierAt(resolved, 2, '2025-03-03T04:00:00.000Z');

      expect(statuses(await store.applyChanges('default', [late], RECEIVED_AT))).toEqual(['accepted']);
      expect(statuses(await store.applyChanges('default', [early], RECEIVED_AT))).toEqual(['accepted']);
      expect(await db.row('dossiers', 'default', received.id)).toMatchObject({ status: 'resolved', change_id: late.changeId, data: resolved });

      const other = await create();
      try {
        const inOrder = await other.open();
        await inOrder.applyChanges('default', [early], RECEIVED_AT);
        await inOrder.applyChanges('default', [late], RECEIVED_AT);
        await inOrder.close();
        expect(await other.row('dossiers', 'default', received.id)).toMatchObject({ status: 'resolved', change_id: late.changeId });
      } finally {
        await other.remove();
      }
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
      expect(await db.row('feedback', 'default', change.entityId)).toEqual(expectedRow(FEEDBACK_COLUMNS, feedbackRow('default', change)));
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
      expect(await db.versions()).toEqual([1, 2]);
      expect(await db.count('units')).toBe(1);
    });

    it('answers an empty batch with no receipts, and can be closed twice', async () => {
      expect(await store.applyChanges('default', [], RECEIVED_AT)).toEqual([]);
      await store.close();
      await expect(store.close()).resolves.toBeUndefined();
    });
  });
}
