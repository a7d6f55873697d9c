import { periodContaining, periodRange, previousPeriod, type Period } from '../../domain/periods/period.ts';
import type { DayRange } from '../../domain/periods/dayRange.ts';
import type { PeriodRule } from '../../domain/periods/periodRule.ts';
import type { DateKey } from '../../domain/vietnamTime.ts';
import { formatPeriod } from '../../ui/formatPeriod.ts';
import { t } from '../../ui/i18n/t.ts';
import { formatRegisterDay } from './registerDates.ts';

/** The periods the register can show: this month (the default), last month, this year, or everything. */
export const REGISTER_PERIODS = ['this_month', 'last_month', 'this_year', 'all'] as const;
/** One of REGISTER_PERIODS. */
export type RegisterPeriod = (typeof REGISTER_PERIODS)[number];

const REGISTER_PERIOD_LABELS: Readonly<Record<RegisterPeriod, () => string>> = {
  this_month: () => t('Tháng này'),
  last_month: () => t('Tháng trước'),
  this_year: () => t('Năm nay'),
  all: () => t('Toàn bộ sổ'),
};

/** The words of a choice, in the interface language. */
export function registerPeriodLabel(choice: RegisterPeriod): string {
  return REGISTER_PERIOD_LABELS[choice]();
}

function periodOf(choice: Exclude<RegisterPeriod, 'all'>, today: DateKey, rule: PeriodRule): Period {
  const month = periodContaining('month', today, rule);
  if (choice === 'this_month') return month;
  return choice === 'last_month' ? previousPeriod(month) : periodContaining('year', today, rule);
}

/** The days a choice covers on `today`, months cut by the unit's period rule; undefined for everything. */
export function registerPeriodRange(choice: RegisterPeriod, today: DateKey, rule: PeriodRule): DayRange | undefined {
  return choice === 'all' ? undefined : periodRange(periodOf(choice, today, rule), rule);
}

/** "Tháng 11/2026: 01/11/2026 – 30/11/2026", or "Mọi hồ sơ đã tiếp nhận" for everything. */
export function registerPeriodCaption(choice: RegisterPeriod, today: DateKey, rule: PeriodRule): string {
  if (choice === 'all') return t('Mọi hồ sơ đã tiếp nhận');
  const period = periodOf(choice, today, rule);
  const range = periodRange(period, rule);
  return `${formatPeriod(period, rule)}: ${formatRegisterDay(range.start)} – ${formatRegisterDay(range.end)}`;
}
