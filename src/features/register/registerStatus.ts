import { outcomeOf, type ApologyRule, type Outcome } from '../../domain/deadlines/outcome.ts';
import { openSupplementRequest, type Dossier } from '../../domain/dossier.ts';
import { isOverdue } from '../../domain/registerFilter.ts';
import { t } from '../../ui/i18n/t.ts';
import { formatRegisterInstantDay } from './registerDates.ts';

/** The picture beside a register row's status. */
export type RegisterStatusIconName = 'clock' | 'pause' | 'check' | 'returned' | 'ended' | 'alert';

/** A register row's status in words, with its icon and colour (late is always red). */
export interface RegisterStatusText {
  readonly icon: RegisterStatusIconName;
  readonly late: boolean;
  readonly text: string;
}

const OUTCOME_WORDS: Readonly<Record<Outcome, () => string>> = { early: () => t('trước hạn'), on_time: () => t('đúng hạn'), late: () => t('quá hạn') };

/** "Đang giải quyết", "Chờ bổ sung hồ sơ", "Đã trả 27/11/2026 · đúng hạn", "Đã từ chối"… at `now`. */
export function registerStatusOf(d: Dossier, now: string, rule: ApologyRule = 'judge_by_due_date'): RegisterStatusText {
  const late = isOverdue(d, now, rule);
  const outcome = outcomeOf(d, rule);
  const judged = outcome === null ? '' : ` · ${OUTCOME_WORDS[outcome]()}`;
  switch (d.status) {
    case 'received':
      if (late) return { icon: 'alert', late, text: t('Đang giải quyết · quá hạn') };
      return openSupplementRequest(d) ? { icon: 'pause', late, text: t('Chờ bổ sung hồ sơ') } : { icon: 'clock', late, text: t('Đang giải quyết') };
    case 'resolved':
      return { icon: late ? 'alert' : 'check', late, text: `${t('Đã giải quyết, chờ trả')}${judged}` };
    case 'returned':
      return { icon: late ? 'alert' : 'returned', late, text: `${t('Đã trả {day}', { day: d.returnedAt === undefined ? '' : formatRegisterInstantDay(d.returnedAt) })}${judged}` };
    case 'rejected':
    case 'withdrawn':
    case 'stopped':
      // Early and on time say nothing useful about a dossier that ended without a result.
      return { icon: late ? 'alert' : 'ended', late, text: `${ENDED_WORDS[d.status]()}${late ? ` · ${t('quá hạn')}` : ''}` };
  }
}

const ENDED_WORDS = { rejected: () => t('Đã từ chối'), withdrawn: () => t('Đã rút hồ sơ'), stopped: () => t('Đã dừng giải quyết') } as const;
