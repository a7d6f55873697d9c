import { describe, expect, it } from 'vitest';
import { createVietnamWorkingCalendar, EMPTY_OVERRIDES, type CalendarOverrides } from '../../domain/calendar/index.ts';
import { addDayOff, addWorkingDay, removeDayOff, removeWorkingDay, restoreDayOff, sameOverrides } from './calendarEdits.ts';

const calendarOf = (o: CalendarOverrides) => createVietnamWorkingCalendar(o);

describe('calendar edits', () => {
  it('adds a day off on a working day, and refuses a day already off', () => {
    const added = addDayOff(EMPTY_OVERRIDES, calendarOf(EMPTY_OVERRIDES), '2026-11-27', ' Quyết định của tỉnh ');
    expect(added).toEqual({ ok: true, overrides: { daysOff: [{ day: '2026-11-27', note: 'Quyết định của tỉnh' }], workingDays: [], removedDaysOff: [] } });
    expect(addDayOff(EMPTY_OVERRIDES, calendarOf(EMPTY_OVERRIDES), '2026-04-30', '')).toEqual({ ok: false, message: 'Ngày 30/04/2026 đã là ngày nghỉ (Ngày Chiến thắng (30/4)).' });
    expect(addDayOff(EMPTY_OVERRIDES, calendarOf(EMPTY_OVERRIDES), '', '')).toMatchObject({ ok: false });
  });

  it('adds a worked weekend day only on a Saturday or Sunday that is off', () => {
    expect(addWorkingDay(EMPTY_OVERRIDES, calendarOf(EMPTY_OVERRIDES), '2026-12-05', '')).toMatchObject({ ok: true, overrides: { workingDays: [{ day: '2026-12-05', note: '' }] } });
    expect(addWorkingDay(EMPTY_OVERRIDES, calendarOf(EMPTY_OVERRIDES), '2026-12-04', '')).toMatchObject({ ok: false });
    // 10/01/2026 is already worked in exchange for 02/01/2026.
    expect(addWorkingDay(EMPTY_OVERRIDES, calendarOf(EMPTY_OVERRIDES), '2026-01-10', '')).toMatchObject({ ok: false, message: 'Ngày 10/01/2026 đã là ngày làm việc.' });
  });

  it('never leaves a day both added off and worked', () => {
    const worked = addWorkingDay(EMPTY_OVERRIDES, calendarOf(EMPTY_OVERRIDES), '2026-12-05', '');
    if (!worked.ok) throw new Error(worked.message);
    const off = addDayOff(worked.overrides, calendarOf(worked.overrides), '2026-12-05', 'Nghỉ');
    expect(off).toMatchObject({ ok: true, overrides: { daysOff: [{ day: '2026-12-05' }], workingDays: [] } });
  });

  it('removes the user\u2019s own day off, marks a default one removed, and restores it', () => {
    const own: CalendarOverrides = { daysOff: [{ day: '2026-11-27', note: '' }], workingDays: [{ day: '2026-12-05', note: '' }], removedDaysOff: [] };
    expect(removeDayOff(own, '2026-11-27').daysOff).toEqual([]);
    const removed = removeDayOff(own, '2026-04-30');
    expect(removed.removedDaysOff).toEqual(['2026-04-30']);
    expect(calendarOf(removed).isWorkingDay('2026-04-30')).toBe(true);
    expect(sameOverrides(restoreDayOff(removed, '2026-04-30'), own)).toBe(true);
    expect(removeWorkingDay(own, '2026-12-05').workingDays).toEqual([]);
  });
});
