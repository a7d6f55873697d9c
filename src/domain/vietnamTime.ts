/**
 * Vietnam time (Indochina Time, UTC+7, no daylight saving). Deadlines and tallies are
 * judged by the calendar day in Vietnam, whatever the device's own time zone is.
 */
export const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** A calendar day in Vietnam time, as `YYYY-MM-DD`. */
export type DateKey = string;

const DATE_KEY = /^\d{4}-\d{2}-\d{2}$/;

/** True when `value` is a well-formed `YYYY-MM-DD` that names a real calendar day. */
export function isDateKey(value: string): value is DateKey {
  if (!DATE_KEY.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

/** The Vietnam calendar day of an instant. */
export function vietnamDateKey(instant: Date | number | string): DateKey {
  const ms = new Date(instant).getTime();
  return new Date(ms + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** The first instant (UTC ISO string) of a Vietnam calendar day, and of the next one. */
export function vietnamDayBounds(day: DateKey): { start: string; end: string } {
  const startMs = Date.parse(`${day}T00:00:00Z`) - VIETNAM_OFFSET_MS;
  return {
    start: new Date(startMs).toISOString(),
    end: new Date(startMs + 24 * 60 * 60 * 1000).toISOString(),
  };
}

/** Calendar arithmetic on date keys (no time zone involved). */
export function addCalendarDays(day: DateKey, days: number): DateKey {
  const ms = Date.parse(`${day}T00:00:00Z`) + days * 24 * 60 * 60 * 1000;
  return new Date(ms).toISOString().slice(0, 10);
}

/** Day of week of a date key: 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(day: DateKey): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}
