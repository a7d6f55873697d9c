import { expect } from 'vitest';
import type { Dossier } from '../../src/domain/dossier.ts';
import { resolveDossier, returnDossier } from '../../src/domain/dossierLifecycle.ts';
import { uuidv7 } from '../../src/domain/uuidv7.ts';
import type { SyncStore } from '../../src/server/store/syncStore.ts';
import { dossierChange, sampleDossier } from '../helpers/syncFixtures.ts';

/**
 * What a server at migration 4 holds before the audit trail: device `lan` (enrolled, officer
 * "lan") sent the receipt (seq 1) and the resolution (seq 2) of one dossier; in between an
 * unenrolled device sent a piece of feedback. Changes arrive in this order.
 */
export const LAN_DEVICE = uuidv7(Date.parse('2025-01-01T00:00:00Z'));
export const OTHER_DEVICE = uuidv7(Date.parse('2025-01-02T00:00:00Z'));
export const OPEN: Dossier = sampleDossier({ receivedAt: new Date('2025-03-03T02:00:00Z') });
export const RESOLVED: Dossier = resolveDossier(OPEN, new Date('2025-03-05T02:00:00Z'), {});
export const ARRIVALS = ['2025-03-08T00:00:00.000Z', '2025-03-08T01:00:00.000Z', '2025-03-08T02:00:00.000Z'] as const;

/**
 * After migration 5: the three changes are carried over as entries numbered -2, -1, 0 in the
 * order they arrived (row_number 1..3 minus the count 3), with the officer of the device's
 * token; the dossier's history reads as receipt then resolution, the resolution's fields being
 * its difference from the receipt; a new push continues the unit's order after them.
 */
export async function expectAuditCarriedOver(sync: SyncStore, audit: () => Promise<Record<string, unknown>[]>): Promise<void> {
  const rows = (await audit()).map((r) => [Number(r['audit_seq']), r['entity'], r['device_id'], r['officer_id'], r['fields']]);
  expect(rows.sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
    [-2, 'dossier', LAN_DEVICE, 'lan', null],
    [-1, 'feedback', OTHER_DEVICE, null, null],
    [0, 'dossier', LAN_DEVICE, 'lan', null],
  ]);
  const history = await sync.dossierHistory('default', OPEN.id);
  expect(history?.map((e) => [e.auditSeq, e.action, e.officerId, e.seq, e.receivedAt])).toEqual([
    [-2, 'received', 'lan', 1, ARRIVALS[0]],
    [0, 'resolved', 'lan', 2, ARRIVALS[2]],
  ]);
  expect(history?.[0]?.fields).toContainEqual({ field: 'status', before: null, after: 'received' });
  expect(history?.[1]?.fields).toEqual([
    { field: 'resolvedAt', before: null, after: '2025-03-05T02:00:00.000Z' },
    { field: 'status', before: 'received', after: 'resolved' },
  ]);

  // The returned result, pushed after the upgrade: the unit's pull order was 0 at migration 4
  // (rows written by hand), so it takes place 1; its fields are kept, not rebuilt.
  const returned = returnDossier(RESOLVED, new Date('2025-03-06T02:00:00Z'));
  const change = await dossierChange(returned, { deviceId: LAN_DEVICE, seq: 3, at: returned.updatedAt });
  await sync.applyChanges('default', [{ ...change, entity: 'dossier', payload: returned }], '2025-03-09T00:00:00.000Z', { officerId: 'lan' });
  const after = await sync.dossierHistory('default', OPEN.id);
  expect(after?.map((e) => [e.auditSeq, e.action])).toEqual([[-2, 'received'], [0, 'resolved'], [1, 'returned']]);
  expect(after?.[2]?.fields).toEqual([
    { field: 'returnedAt', before: null, after: '2025-03-06T02:00:00.000Z' },
    { field: 'status', before: 'resolved', after: 'returned' },
  ]);
}
