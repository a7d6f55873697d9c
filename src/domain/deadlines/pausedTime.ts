import type { SupplementRequest } from '../dossier.ts';
import { vietnamDateKey } from '../vietnamTime.ts';
import { countWorkingDays, type WorkingDayCalendar } from '../workingDays.ts';

/**
 * Working days the clock stood still while the citizen completed the dossier: for each
 * supplement request that came back, the working days after the request day up to and
 * including the return day (Decree 118/2025/NĐ-CP: the time limit counts again from the
 * day complete documents are received). An open request is not counted yet.
 */
export function pausedWorkingDays(requests: readonly SupplementRequest[], calendar: WorkingDayCalendar): number {
  let total = 0;
  for (const r of requests) {
    if (r.returnedAt === undefined) continue;
    total += countWorkingDays(vietnamDateKey(r.requestedAt), vietnamDateKey(r.returnedAt), calendar);
  }
  return total;
}
