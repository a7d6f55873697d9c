import { endTimeOf, type Dossier, type SupplementRequest } from '../dossier.ts';
import { vietnamDateKey } from '../vietnamTime.ts';
import { judgedDate, type ApologyRule, type JudgedDossier } from './outcome.ts';

/** A dossier still in progress at an instant: within its deadline (trong hạn) or overdue (quá hạn). */
export type PendingStatus = 'within_deadline' | 'overdue';

/**
 * The state of a dossier at `instant` (typically a period's end): null when it was not yet
 * received or had already ended by then; otherwise overdue once the Vietnam day of the
 * instant is past its due day. A dossier waiting for the citizen's documents is within its
 * deadline: the clock is stopped (DOMAIN.md §1, step 2).
 */
export function pendingStatusAt(
  d: Pick<Dossier, 'receivedAt' | 'status' | 'resolvedAt' | 'endedAt'> & JudgedDossier & { readonly supplementRequests: readonly Pick<SupplementRequest, 'requestedAt' | 'returnedAt'>[] },
  instant: string,
  rule: ApologyRule = 'judge_by_due_date',
): PendingStatus | null {
  const at = Date.parse(instant);
  if (Date.parse(d.receivedAt) > at) return null;
  const end = endTimeOf(d);
  if (end !== undefined && Date.parse(end) <= at) return null;
  const waiting = d.supplementRequests.some((r) => Date.parse(r.requestedAt) <= at && (r.returnedAt === undefined || Date.parse(r.returnedAt) > at));
  if (waiting) return 'within_deadline';
  return vietnamDateKey(instant) > judgedDate(d, rule) ? 'overdue' : 'within_deadline';
}
