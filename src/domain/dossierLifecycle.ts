import type { Channel } from './channel.ts';
import { DOSSIER_SCHEMA_VERSION, NO_FACTS_YET, normalizeDossierCode, openSupplementRequest, type Dossier } from './dossier.ts';
import { legalDueDate } from './deadlines/dueDate.ts';
import type { Procedure } from './procedure.ts';
import type { Satisfaction } from './satisfaction.ts';
import type { DateKey } from './vietnamTime.ts';
import type { WorkingDayCalendar } from './workingDays.ts';

/** What the officer enters at the desk when receiving a dossier. */
export interface ReceiveInput {
  readonly id: string;
  readonly procedure: Procedure;
  readonly channel: Channel;
  readonly receivedAt: Date;
  readonly officerId?: string;
  readonly code?: string;
  readonly applicant?: Dossier['applicant'];
}

/** The yes/no facts recorded when a dossier is resolved (plans' indicator rows). */
export interface ResultFlags {
  digitized: boolean;
  electronicResult: boolean;
  reusedData: boolean;
  paidOnline: boolean;
  syncedToPortal: boolean;
  electronicCertifiedCopy: boolean;
}

/** Thrown when an action does not fit the dossier's current status. */
export class TransitionError extends Error {
  override readonly name = 'TransitionError';
}

/** Ngày hẹn trả at receipt (no supplement yet). */
export function appointmentDateFor(receivedAt: Date, procedure: Procedure, calendar: WorkingDayCalendar): DateKey {
  return legalDueDate(receivedAt.toISOString(), procedure, [], calendar);
}

/** A newly received dossier (tiếp nhận, Mẫu 01). */
export function receiveDossier(input: ReceiveInput, calendar: WorkingDayCalendar): Dossier {
  const at = input.receivedAt.toISOString();
  const due = appointmentDateFor(input.receivedAt, input.procedure, calendar);
  return {
    schemaVersion: DOSSIER_SCHEMA_VERSION,
    id: input.id,
    ...(input.code !== undefined && normalizeDossierCode(input.code) !== '' ? { code: normalizeDossierCode(input.code) } : {}),
    procedure: input.procedure,
    channel: input.channel,
    ...(input.officerId !== undefined ? { officerId: input.officerId } : {}),
    ...(input.applicant !== undefined ? { applicant: input.applicant } : {}),
    receivedAt: at,
    dueDate: due,
    appointmentDate: due,
    status: 'received',
    supplementRequests: [],
    digitized: false,
    electronicResult: false,
    ...NO_FACTS_YET,
    updatedAt: at,
  };
}

/** Asks the citizen for more documents (Mẫu 02); the clock stops. */
export function requestSupplement(d: Dossier, at: Date, note?: string): Dossier {
  requireInProgress(d);
  if (openSupplementRequest(d)) throw new TransitionError('Hồ sơ đang chờ bổ sung.');
  const iso = notBefore(at, d.receivedAt);
  const request = note === undefined || note.trim() === '' ? { requestedAt: iso } : { requestedAt: iso, note: note.trim() };
  return { ...d, supplementRequests: [...d.supplementRequests, request], updatedAt: iso };
}

/** The citizen brought the documents back: the clock runs again and the due date moves. */
export function supplementReturned(d: Dossier, at: Date, calendar: WorkingDayCalendar): Dossier {
  const open = openSupplementRequest(d);
  if (!open) throw new TransitionError('Hồ sơ không chờ bổ sung.');
  const iso = notBefore(at, open.requestedAt);
  const requests = [...d.supplementRequests.slice(0, -1), { ...open, returnedAt: iso }];
  return withDates({ ...d, supplementRequests: requests, updatedAt: iso }, calendar);
}

/** Resolved (giải quyết xong), with the result's facts. */
export function resolveDossier(d: Dossier, at: Date, flags: Partial<ResultFlags>): Dossier {
  requireInProgress(d);
  if (openSupplementRequest(d)) throw new TransitionError('Hồ sơ đang chờ bổ sung, chưa thể giải quyết.');
  const iso = notBefore(at, d.receivedAt);
  return { ...d, ...flags, status: 'resolved', resolvedAt: iso, updatedAt: iso };
}

/** The result handed back (trả kết quả), at the desk or by post. */
export function returnDossier(d: Dossier, at: Date, options: { byPost?: boolean } = {}): Dossier {
  if (d.status !== 'resolved' || d.resolvedAt === undefined) {
    throw new TransitionError(d.status === 'returned' ? 'Kết quả đã được trả.' : 'Hồ sơ chưa được giải quyết.');
  }
  const iso = notBefore(at, d.resolvedAt);
  return { ...d, status: 'returned', returnedAt: iso, returnedByPost: options.byPost ?? d.returnedByPost, updatedAt: iso };
}

/** Ends a dossier without a result: rejected (Mẫu 03), withdrawn, or stopped (Mẫu 05). A reason is required. */
export function endDossier(d: Dossier, status: 'rejected' | 'withdrawn' | 'stopped', at: Date, reason: string): Dossier {
  requireInProgress(d);
  if (reason.trim() === '') throw new TransitionError('Hãy ghi lý do.');
  const iso = notBefore(at, d.receivedAt);
  return { ...d, status, endedAt: iso, endReason: reason.trim(), supplementRequests: closeOpenRequest(d, iso), updatedAt: iso };
}

/**
 * An apology with a new date (Mẫu 04) for a dossier that is or will be late. The citizen's
 * appointment moves; the legal due date does not (see outcome.ts, ApologyRule).
 */
export function apologize(d: Dossier, at: Date, newDate: DateKey, reason?: string): Dossier {
  if (d.status !== 'received' && d.status !== 'resolved' && d.status !== 'returned') throw new TransitionError('Hồ sơ đã kết thúc.');
  if (newDate <= d.dueDate) throw new TransitionError('Ngày hẹn mới phải sau hạn giải quyết.');
  const iso = notBefore(at, d.receivedAt);
  const apology = reason === undefined || reason.trim() === '' ? { issuedAt: iso, newDate } : { issuedAt: iso, newDate, reason: reason.trim() };
  return { ...d, apology, appointmentDate: newDate, updatedAt: iso };
}

/** The citizen's rating, one of four faces (or cleared). */
export function rateSatisfaction(d: Dossier, at: Date, level: Satisfaction | null): Dossier {
  const { satisfaction: _previous, ...rest } = d;
  const iso = at.toISOString();
  return level === null ? { ...rest, updatedAt: iso } : { ...rest, satisfaction: level, updatedAt: iso };
}

/** Corrects the result's facts, or records a complaint, at any time. */
export function updateFacts(d: Dossier, at: Date, facts: Partial<ResultFlags & { complaint: boolean; returnedByPost: boolean }>): Dossier {
  return { ...d, ...facts, updatedAt: at.toISOString() };
}

/** Undoes a receipt typed by mistake: the record stays as a tombstone so every device drops it. */
export function voidDossier(d: Dossier, at: Date): Dossier {
  const iso = at.toISOString();
  return { ...d, voidedAt: iso, updatedAt: iso };
}

/** Recomputes due and appointment dates (after a supplement, or a calendar change the user confirmed). */
export function withDates(d: Dossier, calendar: WorkingDayCalendar): Dossier {
  const dueDate = legalDueDate(d.receivedAt, d.procedure, d.supplementRequests, calendar);
  return { ...d, dueDate, appointmentDate: d.apology?.newDate ?? dueDate };
}

function requireInProgress(d: Dossier): void {
  if (d.status !== 'received') throw new TransitionError('Hồ sơ này đã kết thúc.');
}

function closeOpenRequest(d: Dossier, iso: string): Dossier['supplementRequests'] {
  const open = openSupplementRequest(d);
  return open ? [...d.supplementRequests.slice(0, -1), { ...open, returnedAt: iso }] : d.supplementRequests;
}

/** A device clock can lag a synced record by a little; never store an event before its cause. */
function notBefore(at: Date, floor: string): string {
  return at.getTime() >= Date.parse(floor) ? at.toISOString() : floor;
}
