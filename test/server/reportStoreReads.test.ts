import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dossier } from '../../src/domain/dossier.ts';
import type { Feedback } from '../../src/domain/feedback.ts';
import { uuidv7 } from '../../src/domain/uuidv7.ts';
import { novemberAtOneCommune } from '../../src/domain/reports/supervisorFixture.testData.ts';
import type { ValidatedChange } from '../../src/server/store/syncStore.ts';
import { STORE_KINDS, type StoresUnderTest } from '../helpers/storesUnderTest.ts';
import { dossierChange, feedbackChange } from '../helpers/syncFixtures.ts';

const RECEIVED_AT = '2026-12-01T05:00:00.000Z';

/** Validated changes carrying the records, numbered from 1 on one device. */
async function changesOf(dossiers: readonly Dossier[], feedback: readonly Feedback[] = []): Promise<ValidatedChange[]> {
  const deviceId = uuidv7();
  const out: ValidatedChange[] = [];
  for (const d of dossiers) out.push({ ...(await dossierChange(d, { deviceId, seq: out.length + 1 })), entity: 'dossier', payload: d });
  for (const f of feedback) out.push({ ...(await feedbackChange(f, { deviceId, seq: out.length + 1 })), entity: 'feedback', payload: f });
  return out;
}

describe.each(STORE_KINDS)('report reads on $name (issue 6, supervisor view)', (kind) => {
  let db: StoresUnderTest;
  beforeEach(async () => {
    db = await kind.open();
    await db.stores.access.createUnit({ id: 'xa-mot', name: 'UBND xã Một', kind: 'commune', parentId: null });
    await db.stores.access.createUnit({ id: 'xa-hai', name: 'UBND xã Hai', kind: 'commune', parentId: null });
  });
  afterEach(async () => {
    await db.remove();
  });

  it('reads the dossiers open during a period: received by its end, not ended before its start, voided left out', async () => {
    const { dossiers, feedback } = novemberAtOneCommune();
    await db.stores.sync.applyChanges('xa-mot', await changesOf(dossiers, feedback), RECEIVED_AT);
    const november = await db.stores.sync.dossiersOpenDuring(['xa-mot'], { start: '2026-11-01', end: '2026-11-30' });
    // The fixture's 9 dossiers less the one ended on 05/10 and the voided one: L1, L2, L3, M1, M2, M3, O1.
    expect(november.map((r) => r.record.id).sort()).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => dossiers[i]?.id).sort());
    expect(november.every((r) => r.unitId === 'xa-mot')).toBe(true);
    // Whole records, exactly as pushed (personal data included: only the route decides what leaves).
    expect(november.find((r) => r.record.id === dossiers[0]?.id)?.record).toEqual(dossiers[0]);
    // 1–2 October: only "Before" (received 05/10) is out; O1 (26/10) too. Nothing was open then.
    expect(await db.stores.sync.dossiersOpenDuring(['xa-mot'], { start: '2026-10-01', end: '2026-10-02' })).toEqual([]);
    // 5 October: "Before", received and resolved that day.
    expect((await db.stores.sync.dossiersOpenDuring(['xa-mot'], { start: '2026-10-05', end: '2026-10-05' })).map((r) => r.record.id)).toEqual([dossiers[7]?.id]);
    // December: the two still open (M1, M2).
    expect((await db.stores.sync.dossiersOpenDuring(['xa-mot'], { start: '2026-12-01', end: '2026-12-31' })).map((r) => r.record.id).sort()).toEqual([dossiers[3]?.id, dossiers[4]?.id].sort());
  });

  it('reads feedback received by the end and not handled before the start, per unit', async () => {
    const { feedback } = novemberAtOneCommune();
    await db.stores.sync.applyChanges('xa-hai', await changesOf([], feedback), RECEIVED_AT);
    const both = ['xa-mot', 'xa-hai'];
    // Received 02/11, handled 13/11.
    expect((await db.stores.sync.feedbackDuring(both, { start: '2026-11-13', end: '2026-11-30' })).map((r) => [r.unitId, r.record])).toEqual([['xa-hai', feedback[0]]]);
    expect(await db.stores.sync.feedbackDuring(both, { start: '2026-11-14', end: '2026-11-30' })).toEqual([]);
    expect(await db.stores.sync.feedbackDuring(both, { start: '2026-10-01', end: '2026-11-01' })).toEqual([]);
    expect(await db.stores.sync.feedbackDuring(['xa-mot'], { start: '2026-11-01', end: '2026-11-30' })).toEqual([]);
  });
});
