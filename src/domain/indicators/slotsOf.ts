import { addCalendarDays } from '../vietnamTime.ts';
import type { DayRange } from '../periods/dayRange.ts';
import type { Bucket } from './bucket.ts';
import { halfMonthOf, halfMonthStart, type HalfMonth } from './halfMonth.ts';

/** Which stored buckets make up a range: whole half-months from the roll-up, the rest by day. */
export interface RangeSlots {
  readonly days: readonly DayRange[];
  readonly halves: { readonly start: HalfMonth; readonly end: HalfMonth } | null;
}

/**
 * Splits an inclusive day range into the whole half-months it covers (read from the
 * half-month roll-up) and the leftover days at either end (read from daily buckets). A
 * month, quarter or year under either period rule is whole halves only, so its cost is at
 * most 24 slots a year however many dossiers it holds (DESIGN.md: cost follows the period).
 */
export function slotsOf(range: DayRange): RangeSlots {
  const startHalf = halfMonthOf(range.start);
  const firstHalf = halfMonthStart(startHalf) === range.start ? startHalf : nextHalf(startHalf);
  const endHalf = halfMonthOf(range.end);
  const lastHalf = addCalendarDays(halfMonthStart(nextHalf(endHalf)), -1) === range.end ? endHalf : previousHalf(endHalf);
  if (firstHalf > lastHalf) return { days: [range], halves: null };
  const days: DayRange[] = [];
  const halvesStart = halfMonthStart(firstHalf);
  if (range.start < halvesStart) days.push({ start: range.start, end: addCalendarDays(halvesStart, -1) });
  const halvesEnd = addCalendarDays(halfMonthStart(nextHalf(lastHalf)), -1);
  if (range.end > halvesEnd) days.push({ start: addCalendarDays(halvesEnd, 1), end: range.end });
  return { days, halves: { start: firstHalf, end: lastHalf } };
}

/** The buckets of `range` from in-memory daily and half-month maps (the store does the same with indexes). */
export function selectBuckets(daily: Iterable<Bucket>, halves: Iterable<Bucket>, range: DayRange): Bucket[] {
  const slots = slotsOf(range);
  const out: Bucket[] = [];
  for (const b of daily) if (slots.days.some((d) => b.slot >= d.start && b.slot <= d.end)) out.push(b);
  if (slots.halves) for (const b of halves) if (b.slot >= slots.halves.start && b.slot <= slots.halves.end) out.push(b);
  return out;
}

function nextHalf(half: HalfMonth): HalfMonth {
  return half.endsWith('a') ? `${half.slice(0, 7)}-b` : `${addCalendarDays(`${half.slice(0, 7)}-28`, 7).slice(0, 7)}-a`;
}

function previousHalf(half: HalfMonth): HalfMonth {
  return half.endsWith('b') ? `${half.slice(0, 7)}-a` : `${addCalendarDays(`${half.slice(0, 7)}-01`, -1).slice(0, 7)}-b`;
}
