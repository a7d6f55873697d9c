/**
 * The Vietnamese lunisolar calendar (âm lịch), computed for the meridian of UTC+7 as the
 * Vietnamese calendar has been since 1968 (it then diverges from the Chinese one, which uses
 * UTC+8). The rules:
 *  1. a month begins on the Vietnam calendar day that contains a new moon;
 *  2. month 11 is the month that contains the December solstice (Sun at 270°);
 *  3. when 13 months lie between two months 11, the first of them (after month 11) that
 *     contains no principal solar term (the Sun crossing a multiple of 30°) is a leap month
 *     (tháng nhuận) and repeats the number of the month before it.
 * Astronomy from Meeus (see astronomy.ts). Checked against published dates for 2020–2035;
 * supported for lunar and solar years 1900–2100 (before 1968 real almanacs used UTC+8 and
 * may differ by a day from what this computes).
 */
import { isDateKey, type DateKey } from '../vietnamTime.ts';
import { deltaTSeconds, NEW_MOON_EPOCH_JDE, newMoonJde, SYNODIC_MONTH, sunApparentLongitude } from './astronomy.ts';
import { dateKeyToJdn, jdnToDateKey } from './julianDay.ts';

/** A day of the Vietnamese lunar calendar; `leap` marks a day of a leap month (tháng nhuận). */
export interface LunarDate {
  readonly day: number;
  readonly month: number;
  readonly year: number;
  readonly leap: boolean;
}

/** First and last lunar (and solar) years this module accepts. */
export const LUNAR_SUPPORTED_YEARS = { first: 1900, last: 2100 } as const;

interface LunarMonth {
  /** Julian Day Number of day 1, and of day 1 of the next month. */
  readonly start: number;
  readonly end: number;
  readonly month: number;
  readonly year: number;
  readonly leap: boolean;
}

const VIETNAM_OFFSET_DAYS = 7 / 24;
const SECONDS_PER_DAY = 86_400;

function approximateYear(jd: number): number {
  return 2000 + (jd - 2451545) / 365.25;
}

/** The Vietnam calendar day (as a JDN) that contains new moon number `k`. */
function newMoonDay(k: number): number {
  const jde = newMoonJde(k);
  const jdUt = jde - deltaTSeconds(approximateYear(jde)) / SECONDS_PER_DAY;
  return Math.floor(jdUt + 0.5 + VIETNAM_OFFSET_DAYS);
}

/** Which 30° sector the Sun is in at 00:00 Vietnam time at the start of day `jdn`. */
function sunSectorAtStartOf(jdn: number): number {
  const jdUt = jdn - 0.5 - VIETNAM_OFFSET_DAYS;
  const jde = jdUt + deltaTSeconds(approximateYear(jdUt)) / SECONDS_PER_DAY;
  return Math.floor(sunApparentLongitude(jde) / 30);
}

const month11Cache = new Map<number, number>();

/** Lunation number `k` of month 11 of the lunar year that starts in solar year `year` (rule 2). */
function month11Lunation(year: number): number {
  const cached = month11Cache.get(year);
  if (cached !== undefined) return cached;
  const december31 = dateKeyToJdn(`${String(year).padStart(4, '0')}-12-31`);
  let k = Math.floor((december31 - NEW_MOON_EPOCH_JDE) / SYNODIC_MONTH);
  while (newMoonDay(k + 1) <= december31) k += 1;
  while (newMoonDay(k) > december31) k -= 1;
  // The month that started last in December holds the solstice unless the Sun had already
  // reached 270° when it began; then the solstice is in the month before.
  while (sunSectorAtStartOf(newMoonDay(k)) >= 9) k -= 1;
  month11Cache.set(year, k);
  return k;
}

const periodCache = new Map<number, readonly LunarMonth[]>();

/**
 * The months from month 11 of lunar year `year − 1` up to, not including, month 11 of lunar
 * year `year` (one solstice-to-solstice period, "tuế"), numbered by rule 3.
 */
function solsticePeriod(year: number): readonly LunarMonth[] {
  const cached = periodCache.get(year);
  if (cached !== undefined) return cached;
  const first = month11Lunation(year - 1);
  const count = month11Lunation(year) - first;
  const starts = Array.from({ length: count + 1 }, (_, i) => newMoonDay(first + i));
  const startOf = (i: number): number => {
    const start = starts[i];
    if (start === undefined) throw new Error(`lunar month ${i} outside the period`);
    return start;
  };
  let leapIndex = -1;
  if (count === 13) {
    for (let i = 1; i < count; i += 1) {
      if (sunSectorAtStartOf(startOf(i)) === sunSectorAtStartOf(startOf(i + 1))) {
        leapIndex = i;
        break;
      }
    }
    if (leapIndex < 0) throw new Error(`no month without a principal term in lunar year ${year}`);
  }
  const months: LunarMonth[] = [];
  let number = 11;
  let newYearSeen = false;
  for (let i = 0; i < count; i += 1) {
    const leap = i === leapIndex;
    if (i > 0 && !leap) number = number === 12 ? 1 : number + 1;
    if (number === 1) newYearSeen = true;
    months.push({ start: startOf(i), end: startOf(i + 1), month: number, year: newYearSeen ? year : year - 1, leap });
  }
  periodCache.set(year, months);
  return months;
}

function assertSupportedYear(year: number, what: string): void {
  if (!Number.isInteger(year) || year < LUNAR_SUPPORTED_YEARS.first || year > LUNAR_SUPPORTED_YEARS.last) {
    throw new RangeError(`${what} ${year} is outside ${LUNAR_SUPPORTED_YEARS.first}–${LUNAR_SUPPORTED_YEARS.last}`);
  }
}

function findMonth(year: number, month: number, leap: boolean): LunarMonth | undefined {
  // Months 11 and 12 (and a leap 11 or 12) of lunar year `year` open the next period.
  const candidates = month >= 11 ? solsticePeriod(year + 1) : solsticePeriod(year);
  return candidates.find((m) => m.year === year && m.month === month && m.leap === leap);
}

/** The solar day of a lunar date; throws RangeError if that date does not exist (e.g. a leap month that year lacks, or day 30 of a 29-day month). */
export function lunarToSolar(date: LunarDate): DateKey {
  assertSupportedYear(date.year, 'lunar year');
  const found = Number.isInteger(date.month) && date.month >= 1 && date.month <= 12
    ? findMonth(date.year, date.month, date.leap)
    : undefined;
  if (found === undefined) {
    throw new RangeError(`lunar month ${date.month}${date.leap ? ' (leap)' : ''} does not exist in lunar year ${date.year}`);
  }
  if (!Number.isInteger(date.day) || date.day < 1 || date.day > found.end - found.start) {
    throw new RangeError(`lunar month ${date.month}/${date.year} has ${found.end - found.start} days, not day ${date.day}`);
  }
  return jdnToDateKey(found.start + date.day - 1);
}

/** The lunar date of a solar day (Vietnam calendar, UTC+7). */
export function solarToLunar(day: DateKey): LunarDate {
  if (!isDateKey(day)) throw new RangeError(`not a date key: ${day}`);
  const solarYear = Number(day.slice(0, 4));
  assertSupportedYear(solarYear, 'solar year');
  const jdn = dateKeyToJdn(day);
  const later = solsticePeriod(solarYear + 1);
  const period = later[0] !== undefined && jdn >= later[0].start ? later : solsticePeriod(solarYear);
  const month = period.find((m) => jdn >= m.start && jdn < m.end);
  if (month === undefined) throw new Error(`no lunar month holds ${day}`);
  return { day: jdn - month.start + 1, month: month.month, year: month.year, leap: month.leap };
}

/** The leap month (tháng nhuận) of a lunar year, or null in a common year. */
export function leapMonthOf(year: number): number | null {
  assertSupportedYear(year, 'lunar year');
  const months = [...solsticePeriod(year), ...solsticePeriod(year + 1)];
  return months.find((m) => m.year === year && m.leap)?.month ?? null;
}
