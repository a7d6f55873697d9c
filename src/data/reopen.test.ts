import { describe, expect, it } from 'vitest';
import { failNextWrite } from '../../test/helpers/failNextWrite.ts';
import { testDatabases } from '../../test/helpers/testDatabases.ts';
import { receiveDossier } from '../domain/dossierLifecycle.ts';
import { STARTER_PROCEDURES } from '../domain/starterProcedures.ts';
import { uuidv7 } from '../domain/uuidv7.ts';
import { weekendOnlyCalendar } from '../domain/workingDays.ts';
import { saveDossier } from './dossierStore.ts';
import { STORAGE_FULL_MESSAGE, StorageFullError } from './reopen.ts';

const freshDb = testDatabases();

const newDossier = () =>
  receiveDossier({ id: uuidv7(), procedure: STARTER_PROCEDURES[0]!, channel: 'in_person', receivedAt: new Date('2026-11-26T02:00:00Z') }, weekendOnlyCalendar);

describe('writeWithRecovery (through saveDossier)', () => {
  it('reopens a database closed under it and lands the save exactly once', async () => {
    const db = freshDb();
    await saveDossier(db, newDossier());
    db.close(); // what the browser's dropped connection leaves: Dexie refuses every call until reopened
    // Control: without the recovery, a write on this connection fails.
    await expect(db.transaction('rw', db.meta, () => db.meta.put({ key: 'probe', value: 1 }))).rejects.toMatchObject({ name: 'DatabaseClosedError' });

    const second = newDossier();
    await saveDossier(db, second);
    expect(db.isOpen()).toBe(true);
    // Two saves → two dossiers, outbox seqs 1 and 2 with no gap or double, one history entry each.
    expect(await db.dossiers.count()).toBe(2);
    expect((await db.outbox.orderBy('seq').toArray()).map((e) => [e.seq, e.entityId])).toEqual([
      [1, expect.any(String)],
      [2, second.id],
    ]);
    expect(await db.history.where('dossierId').equals(second.id).count()).toBe(1);
  });

  it('retries once when the connection is lost in the middle of the save, and writes once', async () => {
    const db = freshDb();
    db.use(failNextWrite('outbox', () => new DOMException('The database connection is closing.', 'InvalidStateError')));
    const dossier = newDossier();
    await saveDossier(db, dossier);
    expect(await db.dossiers.count()).toBe(1);
    expect((await db.outbox.toArray()).map((e) => [e.seq, e.entityId])).toEqual([[1, dossier.id]]);
    expect(await db.history.count()).toBe(1);
  });

  it('turns QuotaExceededError into the Vietnamese message and writes nothing of the save', async () => {
    const db = freshDb();
    // The last write of the transaction (the history entry) is the one refused: all earlier ones must roll back.
    db.use(failNextWrite('history', () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')));
    const dossier = newDossier();
    const failure = saveDossier(db, dossier);
    await expect(failure).rejects.toBeInstanceOf(StorageFullError);
    await expect(failure).rejects.toThrow(STORAGE_FULL_MESSAGE);
    expect(STORAGE_FULL_MESSAGE).toMatch(/^Bộ nhớ của máy đã đầy/);
    expect([await db.dossiers.count(), await db.outbox.count(), await db.history.count(), await db.aggregates.count(), await db.recordClocks.count()]).toEqual([0, 0, 0, 0, 0]);
    expect((await db.meta.get('nextSeq'))?.value).toBeUndefined();

    // Space freed (the fault is gone): the same save lands, with seq 1.
    await saveDossier(db, dossier);
    expect((await db.outbox.toArray()).map((e) => [e.seq, e.entityId])).toEqual([[1, dossier.id]]);
  });
});
