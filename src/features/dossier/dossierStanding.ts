import { openSupplementRequest, type Dossier } from '../../domain/dossier.ts';
import { outcomeOf, type ApologyRule } from '../../domain/deadlines/outcome.ts';
import { pendingStatusAt } from '../../domain/deadlines/pendingStatus.ts';

/** Where a dossier stands now: waiting, overdue or within its deadline; or how it ended; or voided. */
export type Standing = 'waiting' | 'overdue' | 'within_deadline' | 'early' | 'on_time' | 'late' | 'voided';

/** Vietnamese words for each standing. */
export const STANDING_LABELS: Readonly<Record<Standing, string>> = {
  waiting: 'Đang chờ bổ sung',
  overdue: 'Quá hạn',
  within_deadline: 'Trong hạn',
  early: 'Trước hạn',
  on_time: 'Đúng hạn',
  late: 'Trễ hạn',
  voided: 'Đã hủy (nhập nhầm)',
};

/** The standing of a dossier at instant `now` (ISO), judged under the apology rule of Settings. */
export function standingOf(d: Dossier, now: string, rule: ApologyRule): Standing {
  if (d.voidedAt !== undefined) return 'voided';
  if (d.status === 'received') {
    if (openSupplementRequest(d)) return 'waiting';
    return pendingStatusAt(d, now, rule) === 'overdue' ? 'overdue' : 'within_deadline';
  }
  return outcomeOf(d, rule) ?? 'within_deadline';
}
