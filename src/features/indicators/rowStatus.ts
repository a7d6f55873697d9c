import type { PlanRowStatus } from '../../domain/plans/evaluatePlanRow.ts';

/** How a row's status reads: words and an icon, never colour alone. */
export const ROW_STATUS: Readonly<Record<PlanRowStatus, { icon: string; text: string; className: string }>> = {
  met: { icon: '✓', text: 'Đạt', className: 'status-met' },
  not_met: { icon: '✗', text: 'Chưa đạt', className: 'status-not-met' },
  no_data: { icon: '–', text: 'Chưa có dữ liệu', className: 'status-no-data' },
};
