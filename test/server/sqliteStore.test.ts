import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/domain/uuidv7.ts';
import { openSqliteStore } from '../../src/server/store/sqlite/openSqliteStore.ts';
import type { ValidatedChange } from '../../src/server/store/syncStore.ts';
import type { Dossier } from '../../src/domain/dossier.ts';
import { countRows } from '../helpers/sqliteRows.ts';
import { dossierChange, feedbackChange, sampleDossier, sampleFeedback, tempFolder } from '../helpers/syncFixtures.ts';

const RECEIVED_AT = '2025-03-10T05:00:00.000Z';

let folder: ReturnType<typeof tempFolder>;
let file: string;
let deviceId: string;

beforeEach(() => {
  folder = tempFolder();
  file = join(folder.dir, 'store.sqlite');
  deviceId = uuidv7();
});

afterEach(() => {
  folder.remove();
});

async function validChange(dossier: Dossier, seq: number): Promise<ValidatedChange> {
  const change = await dossierChange(dossier, { deviceId, seq });
  return { ...change, entity: 'dossier', payload: dossier };
}

async function validFeedbackChange(seq: number): Promise<ValidatedChange> {
  const feedback = sampleFeedback();
  const change = await feedbackChange(feedback, { deviceId, seq });
  return { ...change, entity: 'feedback', payload: feedback };
}

describe('SQLite sync store', () => {
  it('keeps its data when closed and opened again', async () => {
    const change = await validChange(sampleDossier(), 1);
    const first = openSqliteStore(file);
    expect(await first.applyChanges('default', [change], RECEIVED_AT)).toEqual([{ changeId: change.changeId, status: 'accepted' }]);
    await first.close();

    const second = openSqliteStore(file);
    expect(await second.countDossiers('default')).toBe(1);
    expect(await second.applyChanges('default', [change], RECEIVED_AT)).toEqual([{ changeId: change.changeId, status: 'duplicate' }]);
    await second.close();
  });

  it('writes a batch all or nothing', async () => {
    const good = await validChange(sampleDossier(), 1);
    // seq 0 passes the type but breaks the CHECK constraint: the batch must roll back.
    const broken = { ...(await validChange(sampleDossier({ receivedAt: new Date('2025-03-04T02:00:00Z') }), 2)), seq: 0 };
    const store = openSqliteStore(file);
    await expect(store.applyChanges('default', [good, broken], RECEIVED_AT)).rejects.toThrow(/CHECK/);
    expect(await store.countDossiers('default')).toBe(0);
    await store.close();
    expect(countRows(file, 'changes')).toBe(0);
    expect(countRows(file, 'devices')).toBe(0);
  });

  it('writes a batch mixing dossiers and feedback all or nothing, and counts each kind', async () => {
    const dossier = await validChange(sampleDossier(), 1);
    const feedback = await validFeedbackChange(2);
    const broken = { ...(await validFeedbackChange(3)), seq: 0 };
    const store = openSqliteStore(file);
    await expect(store.applyChanges('default', [dossier, feedback, broken], RECEIVED_AT)).rejects.toThrow(/CHECK/);
    expect([await store.countDossiers('default'), await store.countFeedback('default')]).toEqual([0, 0]);

    expect((await store.applyChanges('default', [dossier, feedback], RECEIVED_AT)).map((r) => r.status)).toEqual(['accepted', 'accepted']);
    await store.close();
    const reopened = openSqliteStore(file);
    expect([await reopened.countDossiers('default'), await reopened.countFeedback('default')]).toEqual([1, 1]);
    expect(await reopened.countFeedback('xa-khac')).toBe(0);
    await reopened.close();
  });

  it('refuses a unit it does not know', async () => {
    const store = openSqliteStore(file);
    const change = await validChange(sampleDossier(), 1);
    await expect(store.applyChanges('xa-khac', [change], RECEIVED_AT)).rejects.toThrow('Không có đơn vị "xa-khac" trên máy chủ.');
    expect(await store.countDossiers('xa-khac')).toBe(0);
    await store.close();
  });

  it('answers an empty batch with no receipts', async () => {
    const store = openSqliteStore(file);
    expect(await store.applyChanges('default', [], RECEIVED_AT)).toEqual([]);
    await store.close();
  });

  it('can be closed twice', async () => {
    const store = openSqliteStore(file);
    await store.close();
    await expect(store.close()).resolves.toBeUndefined();
  });
});
