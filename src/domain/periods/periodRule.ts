/**
 * How reporting months are cut. "calendar": the 1st to the last day (plan 000 counts "từ
 * ngày 01 đến hết ngày 31"). "fifteenth": the 15th of the previous month to the 14th
 * (Decree 09/2019/NĐ-CP art. 12, data cut-off for periodic government reports). Quarters,
 * halves and years follow their months.
 */
export type PeriodRule = 'calendar' | 'fifteenth';

export const PERIOD_RULE_LABELS: Readonly<Record<PeriodRule, string>> = {
  calendar: 'Theo tháng dương lịch (ngày 1 đến cuối tháng)',
  fifteenth: 'Từ ngày 15 tháng trước đến ngày 14 tháng báo cáo',
};
