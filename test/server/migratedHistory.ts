import { expect } from 'vitest';
import type { Dossier } from '../../src/domain/dossier.ts';
import { resolveDossier } from '../../src/domain/dossierLifecycle.ts';
import { flowReport } from '../../src/domain/reports/flowReport.ts';
import type { SyncStore } from '../../src/server/store/syncStore.ts';
import { dossierChange } from '../helpers/syncFixtures.ts';

/** What a database written at migration 3 holds: one device's seq 1 (`open`) and 3 (`resolved`), seq 2 never arrived. */
export interface MigratedHistory {
  readonly device: string;
  readonly open: Dossier;
  readonly resolved: Dossier;
}

/**
 * After migration 4, through the store: the rows pull in the order they were written, with
 * the clocks of their `updatedAt` on the sending device; seq 2 is reported missing; new writes
 * continue the unit's order after them, and the gap closes when seq 2 arrives.
 */
export async function expectMigratedHistory(sync: SyncStore, { device, open, resolved }: MigratedHistory): Promise<void> {
  expect(await sync.deviceState('default', device)).toEqual({ maxSeq: 3, missing: [[2, 2]] });
  const page = await sync.pullSince('default', 0, 10);
  expect(page.records.map((r) => r.payload)).toEqual([open, resolved]);
  expect(page.records[0]?.clocks['timeline']).toBe(`${String(Date.parse(open.updatedAt)).padStart(15, '0')}:000000:${device}`);
  // Rows written before `outcome` and `online` existed are read whole by the report.
  const march = { start: '2025-03-01', end: '2025-03-31' };
  const [report] = await sync.districtReport(['default'], march);
  expect(report?.report).toEqual(flowReport([open, resolved], march));
  expect(report?.report.total).toMatchObject({ received: 2, finished: 1, pending: 1 });

  const later = resolveDossier(open, new Date('2025-03-06T02:00:00Z'), {});
  const change = await dossierChange(later, { deviceId: device, seq: 2 });
  await sync.applyChanges('default', [{ ...change, entity: 'dossier', payload: later }], '2025-03-08T00:00:00.000Z');
  expect((await sync.pullSince('default', page.cursor, 10)).records.map((r) => [r.id, (r.payload as Dossier).status])).toEqual([[open.id, 'resolved']]);
  expect(await sync.deviceState('default', device)).toEqual({ maxSeq: 3, missing: [] });
}
