import type { DateKey } from '../vietnamTime.ts';

/** An inclusive range of Vietnam calendar days. */
export interface DayRange {
  readonly start: DateKey;
  readonly end: DateKey;
}
