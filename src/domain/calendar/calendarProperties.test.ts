import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, dayOfWeek } from '../vietnamTime.ts';
import { addWorkingDays, countWorkingDays } from '../workingDays.ts';
import { createVietnamWorkingCalendar } from './vietnamWorkingCalendar.ts';

const calendar = createVietnamWorkingCalendar();
// 2020-01-01 … 2035-12-31 is 5844 days (16 years, 4 of them leap years).
const DAYS_2020_2035 = 16 * 365 + 4;
const dayIn2020to2035 = fc.integer({ min: 0, max: DAYS_2020_2035 - 1 }).map((offset) => addCalendarDays('2020-01-01', offset));

describe('working-day calendar properties (fast-check)', () => {
  it('countWorkingDays undoes addWorkingDays for n in 1..60', () => {
    fc.assert(
      fc.property(dayIn2020to2035, fc.integer({ min: 1, max: 60 }), (from, n) => {
        const to = addWorkingDays(from, n, calendar);
        expect(calendar.isWorkingDay(to)).toBe(true);
        expect(countWorkingDays(from, to, calendar)).toBe(n);
      }),
      { numRuns: 500 },
    );
  });

  it('n = 0 gives the first working day on or after the start', () => {
    fc.assert(
      fc.property(dayIn2020to2035, (from) => {
        const to = addWorkingDays(from, 0, calendar);
        expect(to >= from).toBe(true);
        expect(calendar.isWorkingDay(to)).toBe(true);
        expect(countWorkingDays(from, addCalendarDays(to, -1), calendar)).toBe(0);
      }),
    );
  });

  it('no Sunday is ever a working day (random draws)', () => {
    fc.assert(
      fc.property(dayIn2020to2035, (day) => {
        if (dayOfWeek(day) === 0) expect(calendar.isWorkingDay(day)).toBe(false);
      }),
    );
  });

  it('no Sunday of 2020–2035 is a working day (every one)', () => {
    // 2020-01-05 is the first Sunday of 2020.
    for (let day = '2020-01-05'; day <= '2035-12-31'; day = addCalendarDays(day, 7)) {
      expect(calendar.isWorkingDay(day)).toBe(false);
    }
  });

  it('each year 2020–2035 has between 240 and 255 working days', () => {
    // 365 or 366 days − 104 or 105 weekend days ≈ 261; minus about 11 public holidays
    // on weekdays and a few compensatory or announced days.
    for (let year = 2020; year <= 2035; year += 1) {
      const count = countWorkingDays(`${year - 1}-12-31`, `${year}-12-31`, calendar);
      expect(count).toBeGreaterThanOrEqual(240);
      expect(count).toBeLessThanOrEqual(255);
    }
  });
});
