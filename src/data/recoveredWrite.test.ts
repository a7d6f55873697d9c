import { describe, expect, it } from 'vitest';
import { failNextWrite } from '../../test/helpers/failNextWrite.ts';
import { testDatabases } from '../../test/helpers/testDatabases.ts';
import type { CloseOutFigures } from '../domain/closeOutFigures.ts';
import { receiveFeedback } from '../domain/feedback.ts';
import { uuidv7 } from '../domain/uuidv7.ts';
import { weekendOnlyCalendar } from '../domain/workingDays.ts';
import { confirmCloseOut, readCloseOut } from './closeOutStore.ts';
import { saveDossiers } from './dossierStore.ts';
import { saveFeedback } from './feedbackStore.ts';
import { STORAGE_FULL_MESSAGE, StorageFullError } from './reopen.ts';
import { readSetting, writeSetting } from './settings.ts';

const freshDb = testDatabases();
const lost = () => new DOMException('The database connection is closing.', 'InvalidStateError');
const full = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

const newFeedback = () => receiveFeedback({ id: uuidv7(), receivedAt: new Date('2026-11-26T02:00:00Z'), subject: 'Niêm yết thủ tục chưa đủ' }, weekendOnlyCalendar);

/** A day by hand: 3 received (2 in person, 1 postal), 1 resolved on time, 1 returned, 2 still pending, none overdue. */
const FIGURES: CloseOutFigures = {
  received: 3,
  receivedByChannel: { in_person: 2, postal: 1, online_full: 0, online_partial: 0 },
  resolved: 1,
  resolvedEarly: 0,
  resolvedOnTime: 1,
  resolvedLate: 0,
  returned: 1,
  ended: 0,
  pending: 2,
  pendingOverdue: 0,
};
const DAY = '2026-11-26';
const AT = new Date('2026-11-26T09:00:00Z');

describe('feedback saves go through the desk recovery', () => {
  it('reopens a connection closed before the save and lands it once', async () => {
    const db = freshDb();
    await db.open();
    db.close(); // what a dropped connection leaves: every call refused until reopened
    await expect(db.feedback.count()).rejects.toMatchObject({ name: 'DatabaseClosedError' });
    const f = newFeedback();
    await saveFeedback(db, f);
    expect(db.isOpen()).toBe(true);
    expect((await db.feedback.toArray()).map((x) => x.id)).toEqual([f.id]);
    expect((await db.outbox.toArray()).map((e) => [e.seq, e.entityId])).toEqual([[1, f.id]]);
  });

  it('retries once when the connection is lost in the middle, writing once', async () => {
    const db = freshDb();
    db.use(failNextWrite('outbox', lost));
    const f = newFeedback();
    await saveFeedback(db, f);
    expect(await db.feedback.count()).toBe(1);
    expect((await db.outbox.toArray()).map((e) => [e.seq, e.entityId])).toEqual([[1, f.id]]);
  });

  it('names a full disk in Vietnamese and writes nothing of the save', async () => {
    const db = freshDb();
    // The outbox change is the last write of the transaction: the feedback, clocks and aggregates before it must roll back.
    db.use(failNextWrite('outbox', full));
    const failure = saveFeedback(db, newFeedback());
    await expect(failure).rejects.toBeInstanceOf(StorageFullError);
    await expect(failure).rejects.toThrow(STORAGE_FULL_MESSAGE);
    expect([await db.feedback.count(), await db.outbox.count(), await db.aggregates.count(), await db.recordClocks.count()]).toEqual([0, 0, 0, 0]);
  });
});

describe('the close-out confirmation goes through the desk recovery', () => {
  it('reopens a connection closed before the confirmation and stores it once', async () => {
    const db = freshDb();
    await db.open();
    db.close();
    await confirmCloseOut(db, DAY, FIGURES, AT);
    expect(await readCloseOut(db, DAY)).toEqual({ day: DAY, confirmedAt: '2026-11-26T09:00:00.000Z', figures: FIGURES });
    expect(await db.settings.count()).toBe(1);
  });

  it('names a full disk in Vietnamese and stores no close-out', async () => {
    const db = freshDb();
    db.use(failNextWrite('settings', full));
    await expect(confirmCloseOut(db, DAY, FIGURES, AT)).rejects.toThrow(STORAGE_FULL_MESSAGE);
    expect(await readCloseOut(db, DAY)).toBeNull();
    expect(await db.settings.count()).toBe(0);
  });
});

describe('a setting written inside a caller’s transaction', () => {
  it('leaves the recovery to the caller: the whole transaction is retried once and the setting lands', async () => {
    const db = freshDb();
    db.use(failNextWrite('settings', lost));
    // saveDossiers with no dossier and a setting alongside: the calendar change's shape.
    await saveDossiers(db, [], () => writeSetting(db, 'unitName', 'UBND xã Cam Thịnh Tây'));
    expect(db.isOpen()).toBe(true);
    expect(await readSetting(db, 'unitName')).toBe('UBND xã Cam Thịnh Tây');
  });

  it('a setting written alone is recovered by itself', async () => {
    const db = freshDb();
    db.use(failNextWrite('settings', full));
    await expect(writeSetting(db, 'officerId', 'cb-01')).rejects.toBeInstanceOf(StorageFullError);
    expect(await readSetting(db, 'officerId')).toBeNull();
  });
});
