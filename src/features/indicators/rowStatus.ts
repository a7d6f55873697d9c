import type { PlanRowStatus } from '../../domain/plans/evaluatePlanRow.ts';
import { t } from '../../ui/i18n/t.ts';

/** How a row's status reads: words (in the interface language) and an icon, never colour alone. */
export const ROW_STATUS: Readonly<Record<PlanRowStatus, { icon: string; text: () => string; className: string }>> = {
  met: { icon: '✓', text: () => t('Đạt'), className: 'status-met' },
  not_met: { icon: '✗', text: () => t('Chưa đạt'), className: 'status-not-met' },
  no_data: { icon: '–', text: () => t('Chưa có dữ liệu'), className: 'status-no-data' },
};
