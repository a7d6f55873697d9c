import type { CalendarOverrides, DatedNote, VietnamWorkingCalendar } from '../../domain/calendar/index.ts';
import { dayOfWeek, isDateKey, type DateKey } from '../../domain/vietnamTime.ts';
import { holidayName } from '../../ui/holidayName.ts';
import { t } from '../../ui/i18n/t.ts';
import { formatShortDay } from './shortDate.ts';

/** The edited overrides, or why the edit cannot be made (in the interface language). */
export type CalendarEdit = { readonly ok: true; readonly overrides: CalendarOverrides } | { readonly ok: false; readonly message: string };

const byDay = (a: DatedNote, b: DatedNote) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0);

function checkedDay(day: string): string | null {
  return isDateKey(day) ? null : t('Hãy chọn một ngày.');
}

/** Adds a day off with a note; the day stops being a worked day if it was one of the user's. */
export function addDayOff(overrides: CalendarOverrides, calendar: VietnamWorkingCalendar, day: string, note: string): CalendarEdit {
  const invalid = checkedDay(day);
  if (invalid !== null) return { ok: false, message: invalid };
  const reason = calendar.dayOffReason(day);
  if (reason !== null) return { ok: false, message: t('Ngày {day} đã là ngày nghỉ ({reason}).', { day: formatShortDay(day), reason: holidayName(reason) }) };
  return {
    ok: true,
    overrides: {
      daysOff: [...overrides.daysOff.filter((d) => d.day !== day), { day, note: note.trim() }].sort(byDay),
      workingDays: overrides.workingDays.filter((d) => d.day !== day),
      removedDaysOff: overrides.removedDaysOff,
    },
  };
}

/** Adds a Saturday or Sunday worked in exchange for a swapped day off. */
export function addWorkingDay(overrides: CalendarOverrides, calendar: VietnamWorkingCalendar, day: string, note: string): CalendarEdit {
  const invalid = checkedDay(day);
  if (invalid !== null) return { ok: false, message: invalid };
  const dow = dayOfWeek(day);
  if (dow !== 0 && dow !== 6) return { ok: false, message: t('Ngày {day} không phải Thứ Bảy hay Chủ nhật: ngày làm bù phải là ngày cuối tuần.', { day: formatShortDay(day) }) };
  if (calendar.isWorkingDay(day)) return { ok: false, message: t('Ngày {day} đã là ngày làm việc.', { day: formatShortDay(day) }) };
  return {
    ok: true,
    overrides: {
      daysOff: overrides.daysOff.filter((d) => d.day !== day),
      workingDays: [...overrides.workingDays.filter((d) => d.day !== day), { day, note: note.trim() }].sort(byDay),
      removedDaysOff: overrides.removedDaysOff,
    },
  };
}

/** Removes a day off: the user's own addition is deleted, a default holiday is marked removed. */
export function removeDayOff(overrides: CalendarOverrides, day: DateKey): CalendarOverrides {
  if (overrides.daysOff.some((d) => d.day === day)) return { ...overrides, daysOff: overrides.daysOff.filter((d) => d.day !== day) };
  if (overrides.removedDaysOff.includes(day)) return overrides;
  return { ...overrides, removedDaysOff: [...overrides.removedDaysOff, day].sort() };
}

/** Gives a removed default holiday back. */
export function restoreDayOff(overrides: CalendarOverrides, day: DateKey): CalendarOverrides {
  return { ...overrides, removedDaysOff: overrides.removedDaysOff.filter((d) => d !== day) };
}

/** Removes one of the user's worked weekend days. */
export function removeWorkingDay(overrides: CalendarOverrides, day: DateKey): CalendarOverrides {
  return { ...overrides, workingDays: overrides.workingDays.filter((d) => d.day !== day) };
}

/** True when the user's edits are the same (order aside): nothing left to save. */
export function sameOverrides(a: CalendarOverrides, b: CalendarOverrides): boolean {
  const key = (o: CalendarOverrides) =>
    JSON.stringify([
      [...o.daysOff].sort(byDay),
      [...o.workingDays].sort(byDay),
      [...o.removedDaysOff].sort(),
    ]);
  return key(a) === key(b);
}
