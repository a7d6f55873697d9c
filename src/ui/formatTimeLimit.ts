import type { TimeLimit } from '../domain/procedure.ts';
import { t } from './i18n/t.ts';

/** "3 ngày làm việc", "8 giờ làm việc", "trong ngày": the domain's describeTimeLimit, in the interface language. */
export function formatTimeLimit(limit: TimeLimit): string {
  switch (limit.unit) {
    case 'working_days':
      return t('{count} ngày làm việc', { count: limit.amount });
    case 'hours':
      return t('{count} giờ làm việc', { count: limit.amount });
    case 'same_day':
      return t('trong ngày');
  }
}
