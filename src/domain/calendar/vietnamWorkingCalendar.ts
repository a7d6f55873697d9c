/**
 * The Vietnamese working-day calendar for civil servants: Saturdays and Sundays off
 * (Decision 188/1999/QĐ-TTg; Bộ luật Lao động 2019, Điều 111), public holidays (Điều 112
 * khoản 1), compensatory days (Điều 111 khoản 3), the yearly announcements (Điều 112 khoản 3)
 * and the officer's own edits, which win over everything else.
 */
import { dayOfWeek, isDateKey, type DateKey } from '../vietnamTime.ts';
import type { WorkingDayCalendar } from '../workingDays.ts';
import { EMPTY_OVERRIDES, type CalendarOverrides } from './calendarOverrides.ts';
import type { DayOff } from './dayOff.ts';
import { yearDefaults } from './yearDefaults.ts';

/** A working-day calendar that can also say why a day is off and list a year's days off. */
export interface VietnamWorkingCalendar extends WorkingDayCalendar {
  /** Vietnamese reason a day is off (holiday name, "Thứ Bảy", "Chủ nhật", the user's note), or null on a working day. */
  dayOffReason(day: DateKey): string | null;
  /** The named days off of a solar year (holidays, compensatory, announced and user-added; plain weekends left out), by date. */
  daysOffIn(year: number): DayOff[];
}

const USER_SOURCE = 'Người dùng thêm';
const USER_DEFAULT_NOTE = 'Ngày nghỉ do người dùng thêm';

function compareDays(a: DayOff, b: DayOff): number {
  return a.day < b.day ? -1 : a.day > b.day ? 1 : 0;
}

function daysOfYear(year: number): DateKey[] {
  const days: DateKey[] = [];
  const first = new Date(0);
  first.setUTCFullYear(year, 0, 1); // not Date.UTC, which maps years 0–99 to 1900–1999
  for (let t = first.getTime(); ; t += 86_400_000) {
    const date = new Date(t);
    if (date.getUTCFullYear() !== year) break;
    days.push(date.toISOString().slice(0, 10));
  }
  return days;
}

function yearOf(day: DateKey): number {
  if (!isDateKey(day)) throw new RangeError(`not a date key: ${day}`);
  return Number(day.slice(0, 4));
}

/**
 * Builds the calendar. Each year is worked out once, on first use, into a table of its days,
 * so `isWorkingDay` is one map lookup. Inside 2020–2035 it has every holiday of Labour Code
 * 2019 art. 112; outside that range it falls back to weekends, the fixed solar-date holidays
 * (1/1, 30/4, 1/5, 2/9, 24/11 from 2026) with their compensatory days, and the user's edits —
 * no Tết, Giỗ Tổ or Quốc khánh adjacent day there.
 * Among the user's edits an added day off beats a worked day, which beats a removal.
 */
export function createVietnamWorkingCalendar(overrides: CalendarOverrides = EMPTY_OVERRIDES): VietnamWorkingCalendar {
  const userOff = new Map<DateKey, DayOff>();
  for (const { day, note } of overrides.daysOff) {
    if (!userOff.has(day)) userOff.set(day, { day, name: note === '' ? USER_DEFAULT_NOTE : note, source: USER_SOURCE, toVerify: false });
  }
  const userWorking = new Set(overrides.workingDays.map((d) => d.day));
  const userRemoved = new Set(overrides.removedDaysOff);

  /** null = working day; otherwise the reason it is off. Filled a whole year at a time. */
  const reasons = new Map<DateKey, string | null>();
  const namedDaysOff = new Map<number, DayOff[]>();

  function buildYear(year: number): void {
    if (namedDaysOff.has(year)) return;
    const defaults = yearDefaults(year);
    const defaultOff = new Map<DateKey, DayOff>();
    for (const d of defaults.daysOff) if (!userRemoved.has(d.day)) defaultOff.set(d.day, d);
    const defaultWorking = new Set(defaults.workingDays.map((d) => d.day));

    const named: DayOff[] = [];
    for (const day of daysOfYear(year)) {
      const own = userOff.get(day);
      if (own !== undefined) {
        reasons.set(day, own.name);
        named.push(own);
        continue;
      }
      if (userWorking.has(day) || defaultWorking.has(day)) {
        reasons.set(day, null);
        continue;
      }
      const holiday = defaultOff.get(day);
      if (holiday !== undefined) {
        reasons.set(day, holiday.name);
        named.push(holiday);
        continue;
      }
      const dow = dayOfWeek(day);
      reasons.set(day, dow === 6 ? 'Thứ Bảy' : dow === 0 ? 'Chủ nhật' : null);
    }
    namedDaysOff.set(year, named.sort(compareDays));
  }

  function reasonOf(day: DateKey): string | null {
    const known = reasons.get(day);
    if (known !== undefined) return known;
    buildYear(yearOf(day));
    const built = reasons.get(day);
    if (built === undefined) throw new RangeError(`not a date key: ${day}`);
    return built;
  }

  return {
    isWorkingDay: (day) => reasonOf(day) === null,
    dayOffReason: reasonOf,
    daysOffIn(year) {
      if (!Number.isInteger(year)) throw new RangeError(`not a year: ${year}`);
      buildYear(year);
      return [...(namedDaysOff.get(year) ?? [])];
    },
  };
}
