import type { Channel } from './channel.ts';
import { DOSSIER_SCHEMA_VERSION, type Dossier } from './dossier.ts';
import type { Procedure } from './procedure.ts';
import { vietnamDateKey } from './vietnamTime.ts';
import { addWorkingDays, type WorkingDayCalendar } from './workingDays.ts';

/** What the officer enters at the desk when receiving a dossier. */
export interface ReceiveInput {
  readonly id: string;
  readonly procedure: Procedure;
  readonly channel: Channel;
  readonly receivedAt: Date;
}

/** Thrown when an action does not fit the dossier's current status. */
export class TransitionError extends Error {
  override readonly name = 'TransitionError';
}

/**
 * Ngày hẹn trả: the receipt day plus the procedure's time limit in working days, counted
 * in Vietnam time. A same-day procedure is due on the receipt day (or the next working day
 * when received on a day off). Cut-off hours and paused supplement time come with the
 * deadline rules of the domain issue.
 */
export function appointmentDateFor(receivedAt: Date, procedure: Procedure, calendar: WorkingDayCalendar): string {
  return addWorkingDays(vietnamDateKey(receivedAt), procedure.timeLimitDays, calendar);
}

/** A newly received dossier (tiếp nhận). */
export function receiveDossier(input: ReceiveInput, calendar: WorkingDayCalendar): Dossier {
  const at = input.receivedAt.toISOString();
  return {
    schemaVersion: DOSSIER_SCHEMA_VERSION,
    id: input.id,
    procedure: input.procedure,
    channel: input.channel,
    receivedAt: at,
    appointmentDate: appointmentDateFor(input.receivedAt, input.procedure, calendar),
    status: 'received',
    digitized: false,
    electronicResult: false,
    updatedAt: at,
  };
}

/** Marks a received dossier resolved (giải quyết xong). */
export function resolveDossier(dossier: Dossier, at: Date, flags: { digitized: boolean; electronicResult: boolean }): Dossier {
  if (dossier.status !== 'received') throw new TransitionError('Hồ sơ này đã được giải quyết.');
  const iso = laterOf(at, dossier.receivedAt);
  return { ...dossier, status: 'resolved', resolvedAt: iso, ...flags, updatedAt: iso };
}

/** Marks a resolved dossier's result returned to the citizen (trả kết quả). */
export function returnDossier(dossier: Dossier, at: Date): Dossier {
  if (dossier.status !== 'resolved' || dossier.resolvedAt === undefined) {
    throw new TransitionError(dossier.status === 'returned' ? 'Kết quả đã được trả.' : 'Hồ sơ chưa được giải quyết.');
  }
  const iso = laterOf(at, dossier.resolvedAt);
  return { ...dossier, status: 'returned', returnedAt: iso, updatedAt: iso };
}

/** A device clock can lag a synced record by a little; never store an end before its start. */
function laterOf(at: Date, floor: string): string {
  return at.getTime() >= Date.parse(floor) ? at.toISOString() : floor;
}
