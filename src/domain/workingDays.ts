import { addCalendarDays, dayOfWeek, type DateKey } from './vietnamTime.ts';

/**
 * Tells which days are working days (ngày làm việc). Labour Code 2019 art. 111–112:
 * Saturdays, Sundays and public holidays are off. The holiday table arrives with the
 * calendar issue; this interface is what deadline code depends on.
 */
export interface WorkingDayCalendar {
  isWorkingDay(day: DateKey): boolean;
}

/** A calendar with only weekends off: the skeleton's default until holidays are loaded. */
export const weekendOnlyCalendar: WorkingDayCalendar = {
  isWorkingDay(day) {
    const dow = dayOfWeek(day);
    return dow !== 0 && dow !== 6;
  },
};

/**
 * The `count`-th working day after `from` (exclusive). With count 0 it is `from` itself
 * when that is a working day, otherwise the next working day.
 */
export function addWorkingDays(from: DateKey, count: number, calendar: WorkingDayCalendar): DateKey {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${count}`);
  let day = from;
  if (count === 0) {
    while (!calendar.isWorkingDay(day)) day = addCalendarDays(day, 1);
    return day;
  }
  let left = count;
  while (left > 0) {
    day = addCalendarDays(day, 1);
    if (calendar.isWorkingDay(day)) left -= 1;
  }
  return day;
}

/** How many working days lie after `from` up to and including `to` (0 when `to` ≤ `from`). */
export function countWorkingDays(from: DateKey, to: DateKey, calendar: WorkingDayCalendar): number {
  let count = 0;
  for (let day = addCalendarDays(from, 1); day <= to; day = addCalendarDays(day, 1)) {
    if (calendar.isWorkingDay(day)) count += 1;
  }
  return count;
}
