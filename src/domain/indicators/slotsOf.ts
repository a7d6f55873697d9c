import { addCalendarDays } from '../vietnamTime.ts';
import type { DayRange } from '../periods/dayRange.ts';
import type { Bucket } from './bucket.ts';

/** Which stored buckets make up a range: whole calendar months from the monthly roll-up, the rest by day. */
export interface RangeSlots {
  readonly days: readonly DayRange[];
  readonly months: { readonly start: string; readonly end: string } | null;
}

/**
 * Splits an inclusive day range into the whole calendar months it covers (read from the
 * monthly roll-up) and the leftover days at either end (read from daily buckets). A year
 * then costs at most 12 monthly slots plus ~30 daily ones, however many dossiers it holds;
 * the 15th–14th rule just moves the leftovers.
 */
export function slotsOf(range: DayRange): RangeSlots {
  const firstFullMonth = range.start.endsWith('-01') ? range.start.slice(0, 7) : nextMonth(range.start.slice(0, 7));
  const lastFullMonth = lastDayOfMonth(range.end.slice(0, 7)) === range.end ? range.end.slice(0, 7) : previousMonth(range.end.slice(0, 7));
  if (firstFullMonth > lastFullMonth) return { days: [range], months: null };
  const days: DayRange[] = [];
  const monthsStart = `${firstFullMonth}-01`;
  if (range.start < monthsStart) days.push({ start: range.start, end: addCalendarDays(monthsStart, -1) });
  const monthsEnd = lastDayOfMonth(lastFullMonth);
  if (range.end > monthsEnd) days.push({ start: addCalendarDays(monthsEnd, 1), end: range.end });
  return { days, months: { start: firstFullMonth, end: lastFullMonth } };
}

/** The buckets of `range` from in-memory daily and monthly maps (the store does the same with indexes). */
export function selectBuckets(daily: Iterable<Bucket>, monthly: Iterable<Bucket>, range: DayRange): Bucket[] {
  const { days, months } = slotsOf(range);
  const out: Bucket[] = [];
  for (const b of daily) if (days.some((d) => b.slot >= d.start && b.slot <= d.end)) out.push(b);
  if (months) for (const b of monthly) if (b.slot >= months.start && b.slot <= months.end) out.push(b);
  return out;
}

function nextMonth(month: string): string {
  return addCalendarDays(`${month}-28`, 7).slice(0, 7);
}

function previousMonth(month: string): string {
  return addCalendarDays(`${month}-01`, -1).slice(0, 7);
}

function lastDayOfMonth(month: string): string {
  return addCalendarDays(`${nextMonth(month)}-01`, -1);
}
