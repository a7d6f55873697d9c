import type { Procedure } from '../procedure.ts';
import { addWorkingDays, type WorkingDayCalendar } from '../workingDays.ts';
import type { DateKey } from '../vietnamTime.ts';
import { clockToMinutes, vietnamDayAndMinute } from './vietnamClock.ts';

/**
 * The working day from which a time limit counts. A dossier received on a day off counts
 * from the next working day; one received at or after the procedure's cut-off (e.g. 15:00
 * for chứng thực, Decree 23/2015/NĐ-CP art. 7) counts from the next working day too.
 */
export function countingStartDay(receivedAt: string, procedure: Pick<Procedure, 'cutoff' | 'timeLimit'>, calendar: WorkingDayCalendar): DateKey {
  const { day, minute } = vietnamDayAndMinute(receivedAt);
  if (!calendar.isWorkingDay(day)) return addWorkingDays(day, 0, calendar);
  if (procedure.cutoff !== undefined && minute >= clockToMinutes(procedure.cutoff)) return addWorkingDays(day, 1, calendar);
  return day;
}
