/**
 * When the working-day calendar changes (a new announcement under Bộ luật Lao động 2019,
 * Điều 112 khoản 3, or a user edit), the appointment dates (ngày hẹn trả) of pending dossiers
 * may move. This lists the moves; the app shows them and applies them only on confirmation.
 */
import type { DateKey } from '../vietnamTime.ts';
import type { WorkingDayCalendar } from '../workingDays.ts';

/** A pending dossier's current appointment date and how to recompute it under a calendar. */
export interface PendingAppointment {
  readonly id: string;
  readonly appointmentDate: DateKey;
  readonly recompute: (calendar: WorkingDayCalendar) => DateKey;
}

/** One appointment date that would move. */
export interface AppointmentChange {
  readonly id: string;
  readonly from: DateKey;
  readonly to: DateKey;
}

/** The appointments that would change under `next`, in input order; unchanged ones are left out. */
export function appointmentChangesFor(items: ReadonlyArray<PendingAppointment>, next: WorkingDayCalendar): AppointmentChange[] {
  const changes: AppointmentChange[] = [];
  for (const item of items) {
    const to = item.recompute(next);
    if (to !== item.appointmentDate) changes.push({ id: item.id, from: item.appointmentDate, to });
  }
  return changes;
}
