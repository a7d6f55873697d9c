import { describe, expect, it } from 'vitest';
import { addCalendarDays, type DateKey } from '../vietnamTime.ts';
import { leapMonthOf, lunarToSolar, solarToLunar } from './lunarCalendar.ts';

// Tết Nguyên đán (1/1 âm lịch) as published in Vietnamese calendars (lịch vạn niên, and
// DOMAIN.md §3 for 2024–2026).
const TET: ReadonlyArray<readonly [number, DateKey]> = [
  [2020, '2020-01-25'],
  [2021, '2021-02-12'],
  [2022, '2022-02-01'],
  [2023, '2023-01-22'],
  [2024, '2024-02-10'],
  [2025, '2025-01-29'],
  [2026, '2026-02-17'],
  [2027, '2027-02-06'],
  [2028, '2028-01-26'],
  [2029, '2029-02-13'],
  // 2030: the new moon is on 2030-02-02 at 16:07 UT (Meeus ch. 49; published phase tables),
  // i.e. 23:07 in Vietnam (UTC+7) but 00:07 on 3 February in China (UTC+8). The Vietnamese
  // Tết is therefore 2 February, one day before the Chinese New Year (3 February) — like
  // 2007, when the two calendars also differed by a day.
  [2030, '2030-02-02'],
  [2031, '2031-01-23'],
  [2032, '2032-02-11'],
  [2033, '2033-01-31'],
  [2034, '2034-02-19'],
  [2035, '2035-02-08'],
];

// Giỗ Tổ Hùng Vương (10/3 âm lịch): DOMAIN.md §3 (2024–2026) and the government's yearly
// holiday notices (2023, 2027).
const HUNG_KINGS: ReadonlyArray<readonly [number, DateKey]> = [
  [2023, '2023-04-29'],
  [2024, '2024-04-18'],
  [2025, '2025-04-07'],
  [2026, '2026-04-26'],
  [2027, '2027-04-16'],
];

describe('Vietnamese lunar calendar (UTC+7)', () => {
  it.each(TET)('Tết %i is %s', (year, day) => {
    expect(lunarToSolar({ day: 1, month: 1, year, leap: false })).toBe(day);
    expect(solarToLunar(day)).toEqual({ day: 1, month: 1, year, leap: false });
    // The day before belongs to the previous lunar year's last month (tháng Chạp).
    const eve = solarToLunar(addCalendarDays(day, -1));
    expect(eve.year).toBe(year - 1);
    expect(eve.month).toBe(12);
    expect([29, 30]).toContain(eve.day);
  });

  it.each(HUNG_KINGS)('Giỗ Tổ Hùng Vương %i is %s', (year, day) => {
    expect(lunarToSolar({ day: 10, month: 3, year, leap: false })).toBe(day);
  });

  it.each([
    // Announced Tết breaks "from 29 tháng Chạp": 2020-01-23, 2021-02-10, 2023-01-20, 2024-02-08;
    // the lunar year 2024 (Giáp Thìn) famously had no 30 Tết: 29/12 was 2025-01-28.
    ['2020-01-23', { day: 29, month: 12, year: 2019, leap: false }],
    ['2021-02-10', { day: 29, month: 12, year: 2020, leap: false }],
    ['2023-01-20', { day: 29, month: 12, year: 2022, leap: false }],
    ['2024-02-08', { day: 29, month: 12, year: 2023, leap: false }],
    ['2025-01-28', { day: 29, month: 12, year: 2024, leap: false }],
  ] as const)('%s is %j', (day, lunar) => {
    expect(solarToLunar(day)).toEqual(lunar);
  });

  it('2024 (Giáp Thìn) tháng Chạp has 29 days: 30/12 does not exist', () => {
    expect(() => lunarToSolar({ day: 30, month: 12, year: 2024, leap: false })).toThrow(RangeError);
  });

  describe('leap months (tháng nhuận)', () => {
    it.each([
      // 2023 (Quý Mão) leap 2nd month from 2023-03-22; 2025 (Ất Tỵ) leap 6th from 2025-07-25;
      // 2020 (Canh Tý) leap 4th from 2020-05-23 — published almanacs.
      [2023, 2, '2023-03-22'],
      [2025, 6, '2025-07-25'],
      [2020, 4, '2020-05-23'],
    ] as const)('lunar year %i: month %i nhuận starts %s', (year, month, start) => {
      expect(leapMonthOf(year)).toBe(month);
      expect(solarToLunar(start)).toEqual({ day: 1, month, year, leap: true });
      expect(lunarToSolar({ day: 1, month, year, leap: true })).toBe(start);
      // The day before is the end of the ordinary month of the same number.
      const before = solarToLunar(addCalendarDays(start, -1));
      expect(before).toMatchObject({ month, year, leap: false });
    });

    it.each([
      // Almanacs: 2028 Mậu Thân nhuận tháng 5, 2031 Tân Hợi nhuận tháng 3, 2033 Quý Sửu nhuận
      // tháng 11 (the "2033 problem"). About 7 leap years in 19: 2020, 2023, 2025, 2028, 2031, 2033.
      [2020, 4], [2021, null], [2022, null], [2023, 2], [2024, null], [2025, 6], [2026, null],
      [2027, null], [2028, 5], [2029, null], [2030, null], [2031, 3], [2032, null], [2033, 11],
      [2034, null], [2035, null],
    ] as const)('lunar year %i has leap month %s', (year, month) => {
      expect(leapMonthOf(year)).toBe(month);
    });

    it('2033: month 11 holds the solstice, the leap 11th month follows it and ends before Tết 2034', () => {
      // The December 2033 solstice is 21 Dec ≈ 13:45 UT = 20:45 in Vietnam: it must fall in
      // the ordinary month 11 (rule: month 11 contains the winter solstice).
      expect(solarToLunar('2033-12-21')).toMatchObject({ month: 11, year: 2033, leap: false });
      const leapStart = lunarToSolar({ day: 1, month: 11, year: 2033, leap: true });
      expect(leapStart > '2033-12-21').toBe(true);
      expect(lunarToSolar({ day: 1, month: 12, year: 2033, leap: false }) < '2034-02-19').toBe(true);
    });

    it('refuses a leap month the year does not have', () => {
      expect(() => lunarToSolar({ day: 1, month: 1, year: 2024, leap: true })).toThrow(RangeError);
      expect(() => lunarToSolar({ day: 1, month: 5, year: 2025, leap: true })).toThrow(RangeError);
    });
  });

  it('every day of 2020–2035 goes solar → lunar → solar unchanged, one lunar day at a time', () => {
    let previous = solarToLunar('2019-12-31');
    for (let day = '2020-01-01'; day <= '2035-12-31'; day = addCalendarDays(day, 1)) {
      const lunar = solarToLunar(day);
      expect(lunarToSolar(lunar)).toBe(day);
      // A lunar month has 29 or 30 days; the next day is either the next lunar day or day 1.
      if (lunar.day === 1) expect([29, 30]).toContain(previous.day);
      else expect(lunar).toEqual({ ...previous, day: previous.day + 1 });
      previous = lunar;
    }
  });

  it('refuses malformed input and years outside 1900–2100', () => {
    expect(() => solarToLunar('2026-02-30')).toThrow(RangeError);
    expect(() => solarToLunar('1800-01-01')).toThrow(RangeError);
    expect(() => lunarToSolar({ day: 1, month: 13, year: 2026, leap: false })).toThrow(RangeError);
    expect(() => lunarToSolar({ day: 0, month: 1, year: 2026, leap: false })).toThrow(RangeError);
    expect(() => lunarToSolar({ day: 1, month: 1, year: 2101, leap: false })).toThrow(RangeError);
  });
});
