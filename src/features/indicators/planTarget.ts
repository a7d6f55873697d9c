import type { PlanFloor, PlanTarget } from '../../domain/plans/planSchema.ts';
import { formatNumber } from '../../ui/format.ts';
import { t } from '../../ui/i18n/t.ts';

/** "Tối thiểu 45%", "Trên 99,5%", "Đạt 100%": the domain's formatThreshold, in the interface language. */
export function formatPlanThreshold(threshold: PlanFloor): string {
  const value = formatNumber(threshold.value, 3);
  switch (threshold.comparator) {
    case 'gte':
      return t('Tối thiểu {value}%', { value });
    case 'gt':
      return t('Trên {value}%', { value });
    case 'eq':
      return t('Đạt {value}%', { value });
  }
}

/** A target as the user reads it: the threshold, or the plan's own words (never translated). */
export function formatPlanTarget(target: PlanTarget): string {
  return target.kind === 'text' ? target.text : formatPlanThreshold(target);
}
