import type { SupplementRequest } from '../dossier.ts';
import type { Procedure } from '../procedure.ts';
import { vietnamDateKey, type DateKey } from '../vietnamTime.ts';
import { addWorkingDays, type WorkingDayCalendar } from '../workingDays.ts';
import { countingStartDay } from './countingStart.ts';
import { pausedWorkingDays } from './pausedTime.ts';
import { addWorkingHours } from './workingHours.ts';

/**
 * The legal due date of a dossier: receipt + the procedure's time limit in working days
 * (from the counting start day), or the day its working hours run out, or the counting
 * start day for "same day" procedures; then pushed back by the working days the clock
 * was paused for supplements (DOMAIN.md §3, "Appointment date").
 */
export function legalDueDate(
  receivedAt: string,
  procedure: Pick<Procedure, 'timeLimit' | 'cutoff'>,
  supplementRequests: readonly SupplementRequest[],
  calendar: WorkingDayCalendar,
): DateKey {
  const start = countingStartDay(receivedAt, procedure, calendar);
  const limit = procedure.timeLimit;
  let base: DateKey;
  switch (limit.unit) {
    case 'same_day':
      base = start;
      break;
    case 'working_days':
      base = addWorkingDays(start, limit.amount, calendar);
      break;
    case 'hours':
      base = addWorkingHours(start === vietnamDateKey(receivedAt) ? receivedAt : `${start}T00:00:00+07:00`, limit.amount, calendar);
      break;
  }
  const paused = pausedWorkingDays(supplementRequests, calendar);
  return paused === 0 ? base : addWorkingDays(base, paused, calendar);
}

