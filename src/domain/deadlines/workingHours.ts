import { addCalendarDays, type DateKey } from '../vietnamTime.ts';
import type { WorkingDayCalendar } from '../workingDays.ts';
import { DEFAULT_OFFICE_HOURS, type OfficeWindow } from './officeHours.ts';
import { clockToMinutes, vietnamDayAndMinute } from './vietnamClock.ts';

/**
 * The Vietnam day on which `hours` working hours, counted from `from` inside office hours
 * on working days only, run out.
 */
export function addWorkingHours(from: string, hours: number, calendar: WorkingDayCalendar, windows: readonly OfficeWindow[] = DEFAULT_OFFICE_HOURS): DateKey {
  const spans = windows.map((w) => [clockToMinutes(w.start), clockToMinutes(w.end)] as const);
  let { day, minute } = vietnamDayAndMinute(from);
  let left = Math.round(hours * 60);
  for (let guard = 0; guard < 3660; guard += 1) {
    if (calendar.isWorkingDay(day)) {
      for (const [start, end] of spans) {
        const begin = Math.max(start, minute);
        if (begin >= end) continue;
        if (left <= end - begin) return day;
        left -= end - begin;
        minute = end;
      }
    }
    day = addCalendarDays(day, 1);
    minute = 0;
  }
  throw new RangeError('working hours do not fit in ten years: check the calendar');
}
