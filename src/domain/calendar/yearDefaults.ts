/**
 * The default days off and worked weekend days of one solar year, before the user's edits:
 * statutory holidays (Bộ luật Lao động 2019, Điều 112 khoản 1), the announced arrangements
 * that replace or add to them (Điều 112 khoản 3), then compensatory days (Điều 111 khoản 3).
 */
import type { DateKey } from '../vietnamTime.ts';
import { announcementsFor, type AnnouncedArrangement } from './announcedAdjustments.ts';
import type { DatedNote, DayOff } from './dayOff.ts';
import { compensatoryDays, statutoryHolidays } from './publicHolidays.ts';

/** One year's default calendar: named days off and the weekend days worked instead. */
export interface YearDefaults {
  readonly daysOff: ReadonlyArray<DayOff>;
  readonly workingDays: ReadonlyArray<DatedNote>;
}

function announcedDayOff(arrangement: AnnouncedArrangement, entry: DatedNote): DayOff {
  return { day: entry.day, name: entry.note, source: arrangement.source, toVerify: arrangement.toVerify };
}

/** The default calendar of a solar year (weekends aside); the first entry for a day wins. */
export function yearDefaults(year: number): YearDefaults {
  const announced = announcementsFor(year);
  const replaced = new Set(announced.filter((a) => a.replacesDefault).map((a) => a.holiday));
  const holidays = statutoryHolidays(year).filter((h) => !replaced.has(h.group));
  const announcedOff = announced.flatMap((a) => a.daysOff.map((entry) => announcedDayOff(a, entry)));
  const announcedOffDays = new Set(announcedOff.map((d) => d.day));
  const compensation = compensatoryDays(holidays, (day: DateKey) => announcedOffDays.has(day));

  const byDay = new Map<DateKey, DayOff>();
  for (const dayOff of [...holidays, ...announcedOff, ...compensation]) {
    if (!byDay.has(dayOff.day)) {
      byDay.set(dayOff.day, { day: dayOff.day, name: dayOff.name, source: dayOff.source, toVerify: dayOff.toVerify });
    }
  }
  const daysOff = [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  return { daysOff, workingDays: announced.flatMap((a) => a.workingDays) };
}
