import { openSupplementRequest, type Dossier } from '../domain/dossier.ts';
import { judgedDate, outcomeOf, type ApologyRule } from '../domain/deadlines/outcome.ts';
import { pendingStatusAt } from '../domain/deadlines/pendingStatus.ts';
import { vietnamDateKey } from '../domain/vietnamTime.ts';

/** The lists of "Hôm nay", most pressing first (DOMAIN.md §1 and §3). */
export const ACTION_LISTS = ['due_today', 'overdue', 'awaiting_supplement', 'late_without_apology', 'in_progress'] as const;

/** One list of "Hôm nay". */
export type ActionListName = (typeof ACTION_LISTS)[number];

/** The open dossiers sorted into the lists of "Hôm nay" (a dossier may be in two: see `actionListsOf`). */
export type ActionLists = Readonly<Record<ActionListName, readonly Dossier[]>>;

/**
 * The lists an open dossier belongs to at `instant`:
 * - due_today: in progress, clock running, judged date is the instant's Vietnam day;
 * - overdue: in progress past its judged date (pendingStatusAt);
 * - awaiting_supplement: waiting for the citizen's documents (clock stopped);
 * - late_without_apology: overdue, or resolved late, and no apology (Mẫu 04) issued yet;
 *   so an overdue dossier without an apology is in both overdue and this list;
 * - in_progress: open and in none of the above (e.g. due later, or resolved on time and
 *   waiting to be handed back).
 */
export function actionListsOf(d: Dossier, instant: string, rule: ApologyRule = 'judge_by_due_date'): ActionListName[] {
  const lists: ActionListName[] = [];
  const pending = pendingStatusAt(d, instant, rule);
  const waiting = d.status === 'received' && openSupplementRequest(d) !== undefined;
  if (pending === 'within_deadline' && !waiting && judgedDate(d, rule) === vietnamDateKey(instant)) lists.push('due_today');
  if (pending === 'overdue') lists.push('overdue');
  if (waiting) lists.push('awaiting_supplement');
  if (d.apology === undefined && (pending === 'overdue' || outcomeOf(d, rule) === 'late')) lists.push('late_without_apology');
  return lists.length > 0 ? lists : ['in_progress'];
}

/** Sorts open dossiers (already without voided entries) into the lists, keeping their order. */
export function actionLists(open: readonly Dossier[], instant: string, rule: ApologyRule = 'judge_by_due_date'): ActionLists {
  const lists: Record<ActionListName, Dossier[]> = { due_today: [], overdue: [], awaiting_supplement: [], late_without_apology: [], in_progress: [] };
  for (const d of open) {
    if (d.voidedAt !== undefined) continue;
    for (const name of actionListsOf(d, instant, rule)) lists[name].push(d);
  }
  return lists;
}
