import type { Comparator } from './comparator.ts';
import type { PlanFloor, PlanTarget } from './planSchema.ts';

const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 3 });

const WORDING: Record<Comparator, string> = { gte: 'Tối thiểu', gt: 'Trên', eq: 'Đạt' };

/** "Tối thiểu 45%", "Trên 99,5%", "Đạt 100%". */
export function formatThreshold(threshold: PlanFloor): string {
  return `${WORDING[threshold.comparator]} ${number.format(threshold.value)}%`;
}

/** A target as the user reads it: the threshold, or the plan's own words. */
export function formatTarget(target: PlanTarget): string {
  return target.kind === 'text' ? target.text : formatThreshold(target);
}
