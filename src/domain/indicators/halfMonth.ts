import type { DateKey } from '../vietnamTime.ts';

/**
 * Half-month slots: `YYYY-MM-a` holds days 1–14, `YYYY-MM-b` days 15 to the month's end.
 * Both reporting rules cut months on these halves (calendar: a+b of one month; 15th–14th:
 * b of the previous month + a of this one), so any month, quarter, half-year or year under
 * either rule is a run of whole halves. They sort in time order as strings.
 */
export type HalfMonth = string;

/** The half-month a day falls in. */
export function halfMonthOf(day: DateKey): HalfMonth {
  return `${day.slice(0, 7)}-${Number(day.slice(8, 10)) < 15 ? 'a' : 'b'}`;
}

/** The first day of a half-month. */
export function halfMonthStart(half: HalfMonth): DateKey {
  return `${half.slice(0, 7)}-${half.endsWith('a') ? '01' : '15'}`;
}
