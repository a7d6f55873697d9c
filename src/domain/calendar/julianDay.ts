import type { DateKey } from '../vietnamTime.ts';

/** Julian Day Number of 1970-01-01 (the Unix epoch day). */
const UNIX_EPOCH_JDN = 2440588;
const MS_PER_DAY = 86_400_000;

/** Julian Day Number (the integer day count astronomers use) of a calendar day. */
export function dateKeyToJdn(day: DateKey): number {
  return Date.parse(`${day}T00:00:00Z`) / MS_PER_DAY + UNIX_EPOCH_JDN;
}

/** The calendar day of a Julian Day Number. */
export function jdnToDateKey(jdn: number): DateKey {
  return new Date((jdn - UNIX_EPOCH_JDN) * MS_PER_DAY).toISOString().slice(0, 10);
}
