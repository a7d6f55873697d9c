import type { DateKey } from '../vietnamTime.ts';

/** An inclusive range of Vietnam calendar days. */
export interface DayRange {
  readonly start: DateKey;
  readonly end: DateKey;
}

/**
 * The part of a period up to `today` (a period not over yet is counted as of today, so a
 * dossier due before the period's end is not yet overdue); a past or future period unchanged.
 */
export function rangeUpTo(range: DayRange, today: DateKey): DayRange {
  return today >= range.start && today < range.end ? { start: range.start, end: today } : range;
}
