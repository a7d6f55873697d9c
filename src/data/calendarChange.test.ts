import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createVietnamWorkingCalendar, EMPTY_OVERRIDES, type CalendarOverrides } from '../domain/calendar/index.ts';
import { receiveDossier, resolveDossier } from '../domain/dossierLifecycle.ts';
import { TEST_PROCEDURES } from '../domain/testProcedures.ts';
import { uuidv7 } from '../domain/uuidv7.ts';
import { applyCalendarChange, previewCalendarChange, StaleCalendarPreviewError } from './calendarChange.ts';
import { SoMotCuaDatabase } from './database.ts';
import { saveDossier } from './dossierStore.ts';
import { readSetting } from './settings.ts';

const opened: SoMotCuaDatabase[] = [];
function freshDb(): SoMotCuaDatabase {
  const db = new SoMotCuaDatabase(`calendar-change-${uuidv7()}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const defaultCalendar = createVietnamWorkingCalendar();

/** Thu 2026-11-26 09:00 in Vietnam, for the 3-working-day procedure, under the default calendar. */
function receivedThursday(at = '2026-11-26T02:00:00Z') {
  return receiveDossier({ id: uuidv7(), procedure: TEST_PROCEDURES.threeDays, channel: 'in_person', receivedAt: new Date(at) }, defaultCalendar);
}

/** Fri 2026-11-27 off (e.g. a provincial decision). */
const FRIDAY_OFF: CalendarOverrides = { daysOff: [{ day: '2026-11-27', note: 'Nghỉ theo quyết định của tỉnh' }], workingDays: [], removedDaysOff: [] };

const NOW = new Date('2026-11-26T08:00:00Z');

describe('previewCalendarChange', () => {
  it('moves a dossier in progress when a day off lands inside its time limit', async () => {
    const db = freshDb();
    const dossier = receivedThursday();
    // Counting starts on the day of receipt (working day, no cut-off). Default calendar:
    // Fri 27 (1), [Sat 28, Sun 29 off], Mon 30 (2), Tue 1/12 (3) → due Tue 2026-12-01.
    expect(dossier.dueDate).toBe('2026-12-01');
    await saveDossier(db, dossier);

    // With Fri 27 off: [Fri 27, Sat 28, Sun 29 off], Mon 30 (1), Tue 1/12 (2), Wed 2/12 (3).
    const moves = await previewCalendarChange(db, FRIDAY_OFF);
    expect(moves).toHaveLength(1);
    expect(moves[0]?.before).toEqual(dossier);
    expect(moves[0]?.after).toMatchObject({ id: dossier.id, dueDate: '2026-12-02', appointmentDate: '2026-12-02', updatedAt: dossier.updatedAt });
  });

  it('leaves finished dossiers and unaffected ones alone', async () => {
    const db = freshDb();
    const resolved = resolveDossier(receivedThursday(), new Date('2026-11-26T03:00:00Z'), { digitized: true });
    // Received Wed 2/12: Thu 3 (1), Fri 4 (2), Mon 7 (3): Fri 27/11 is before it.
    const later = receivedThursday('2026-12-02T02:00:00Z');
    await saveDossier(db, resolved);
    await saveDossier(db, later);
    expect(await previewCalendarChange(db, FRIDAY_OFF)).toEqual([]);
  });

  it('lists nothing when the edits do not change any date', async () => {
    const db = freshDb();
    await saveDossier(db, receivedThursday());
    expect(await previewCalendarChange(db, EMPTY_OVERRIDES)).toEqual([]);
  });
});

describe('applyCalendarChange', () => {
  it('writes the setting, the new dates and one outbox change per moved dossier', async () => {
    const db = freshDb();
    const moved = receivedThursday();
    const untouched = receivedThursday('2026-12-02T02:00:00Z');
    await saveDossier(db, moved);
    await saveDossier(db, untouched);
    const outboxBefore = await db.outbox.count();

    await applyCalendarChange(db, FRIDAY_OFF, await previewCalendarChange(db, FRIDAY_OFF), NOW);

    expect(await readSetting(db, 'calendarOverrides')).toEqual(FRIDAY_OFF);
    expect(await db.dossiers.get(moved.id)).toMatchObject({ dueDate: '2026-12-02', appointmentDate: '2026-12-02', updatedAt: NOW.toISOString() });
    expect(await db.dossiers.get(untouched.id)).toEqual(untouched);
    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox).toHaveLength(outboxBefore + 1);
    expect(outbox.at(-1)).toMatchObject({ entity: 'dossier', entityId: moved.id, state: 'pending', payload: { dueDate: '2026-12-02' } });
  });

  it('saves the setting alone when no dossier moves', async () => {
    const db = freshDb();
    await applyCalendarChange(db, FRIDAY_OFF, [], NOW);
    expect(await readSetting(db, 'calendarOverrides')).toEqual(FRIDAY_OFF);
    expect(await db.outbox.count()).toBe(0);
  });

  it('writes nothing when the transaction fails', async () => {
    const db = freshDb();
    const dossier = receivedThursday();
    await saveDossier(db, dossier);
    const moves = await previewCalendarChange(db, FRIDAY_OFF);
    // Make the next sequence number collide with the stored change: the outbox add fails.
    await db.meta.put({ key: 'nextSeq', value: 1 });

    await expect(applyCalendarChange(db, FRIDAY_OFF, moves, NOW)).rejects.toThrow();

    expect(await readSetting(db, 'calendarOverrides')).toEqual(EMPTY_OVERRIDES);
    expect(await db.settings.get('calendarOverrides')).toBeUndefined();
    expect(await db.dossiers.get(dossier.id)).toEqual(dossier);
    expect(await db.outbox.count()).toBe(1);
  });

  it('writes nothing when the edit itself is invalid', async () => {
    const db = freshDb();
    const dossier = receivedThursday();
    await saveDossier(db, dossier);
    const invalid: CalendarOverrides = { ...FRIDAY_OFF, workingDays: [{ day: '2026-11-27', note: '' }] };
    await expect(applyCalendarChange(db, invalid, await previewCalendarChange(db, invalid), NOW)).rejects.toThrow();
    expect(await db.settings.get('calendarOverrides')).toBeUndefined();
    expect(await db.dossiers.get(dossier.id)).toEqual(dossier);
  });

  it('refuses a stale preview: a dossier resolved since, or one received since', async () => {
    const db = freshDb();
    const dossier = receivedThursday();
    await saveDossier(db, dossier);
    const moves = await previewCalendarChange(db, FRIDAY_OFF);
    await saveDossier(db, resolveDossier(dossier, new Date('2026-11-26T04:00:00Z'), { digitized: false }));
    await expect(applyCalendarChange(db, FRIDAY_OFF, moves, NOW)).rejects.toThrow(StaleCalendarPreviewError);
    expect(await db.dossiers.get(dossier.id)).toMatchObject({ status: 'resolved', dueDate: '2026-12-01' });

    const empty = await previewCalendarChange(db, FRIDAY_OFF);
    const newcomer = receivedThursday('2026-11-26T05:00:00Z');
    await saveDossier(db, newcomer);
    await expect(applyCalendarChange(db, FRIDAY_OFF, empty, NOW)).rejects.toThrow(StaleCalendarPreviewError);
    expect(await db.dossiers.get(newcomer.id)).toEqual(newcomer);
    expect(await db.settings.get('calendarOverrides')).toBeUndefined();
  });
});
