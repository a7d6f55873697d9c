import { openSupplementRequest, type Dossier } from '../../domain/dossier.ts';
import { outcomeOf, type ApologyRule } from '../../domain/deadlines/outcome.ts';
import { pendingStatusAt } from '../../domain/deadlines/pendingStatus.ts';
import { t } from '../../ui/i18n/t.ts';

/** Where a dossier stands now: waiting, overdue or within its deadline; or how it ended; or voided. */
export type Standing = 'waiting' | 'overdue' | 'within_deadline' | 'early' | 'on_time' | 'late' | 'voided';

const STANDING_LABELS: Readonly<Record<Standing, () => string>> = {
  waiting: () => t('Đang chờ bổ sung'),
  overdue: () => t('Quá hạn'),
  within_deadline: () => t('Trong hạn'),
  early: () => t('Trước hạn'),
  on_time: () => t('Đúng hạn'),
  late: () => t('Trễ hạn'),
  voided: () => t('Đã hủy (nhập nhầm)'),
};

/** A standing in words, in the interface language. */
export function standingLabel(standing: Standing): string {
  return STANDING_LABELS[standing]();
}

/** The standing of a dossier at instant `now` (ISO), judged under the apology rule of Settings. */
export function standingOf(d: Dossier, now: string, rule: ApologyRule): Standing {
  if (d.voidedAt !== undefined) return 'voided';
  if (d.status === 'received') {
    if (openSupplementRequest(d)) return 'waiting';
    return pendingStatusAt(d, now, rule) === 'overdue' ? 'overdue' : 'within_deadline';
  }
  return outcomeOf(d, rule) ?? 'within_deadline';
}
