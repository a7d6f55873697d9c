import { endTimeOf, type Apology, type Dossier } from '../dossier.ts';
import { vietnamDateKey, type DateKey } from '../vietnamTime.ts';

/** How a finished dossier ended against its deadline. */
export type Outcome = 'early' | 'on_time' | 'late';

/**
 * Which date an apology's new date replaces when judging. The portal is believed to keep
 * measuring against the legal due date (an apology does not make a late dossier on time),
 * but DOMAIN.md §3 marks this "to verify", so it is a setting.
 */
export type ApologyRule = 'judge_by_due_date' | 'judge_by_new_date';

/** What judging a dossier against its deadline reads: its due date, and an apology's new date. */
export type JudgedDossier = Pick<Dossier, 'dueDate'> & { readonly apology?: Pick<Apology, 'newDate'> };

/** The date a dossier is judged by under a rule. */
export function judgedDate(d: JudgedDossier, rule: ApologyRule): DateKey {
  return rule === 'judge_by_new_date' && d.apology !== undefined ? d.apology.newDate : d.dueDate;
}

/**
 * Early if the end falls before the judged day, on time on that day, late after it; the
 * comparison is by Vietnam calendar day (UTC+7). Null for a dossier still in progress.
 */
export function outcomeOf(d: Pick<Dossier, 'status' | 'resolvedAt' | 'endedAt'> & JudgedDossier, rule: ApologyRule = 'judge_by_due_date'): Outcome | null {
  const end = endTimeOf(d);
  if (d.status === 'received' || end === undefined) return null;
  return compareDay(vietnamDateKey(end), judgedDate(d, rule));
}

/** early / on_time / late of an end day against a due day. */
export function compareDay(endDay: DateKey, dueDay: DateKey): Outcome {
  if (endDay < dueDay) return 'early';
  return endDay === dueDay ? 'on_time' : 'late';
}
