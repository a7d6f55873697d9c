import { describe, expect, it } from 'vitest';
import { addWorkingDays, countWorkingDays, weekendOnlyCalendar } from './workingDays.ts';

describe('working days (Labour Code 2019 art. 111: Saturday and Sunday off)', () => {
  it.each([
    // from (weekday), n, expected
    ['2026-11-23', 1, '2026-11-24'], // Mon + 1 → Tue
    ['2026-11-26', 2, '2026-11-30'], // Thu + 2 → Mon (skips Sat 28, Sun 29)
    ['2026-11-27', 1, '2026-11-30'], // Fri + 1 → Mon
    ['2026-11-28', 1, '2026-11-30'], // Sat + 1 → Mon
    ['2026-11-23', 5, '2026-11-30'], // Mon + 5 → next Mon
    ['2026-11-26', 0, '2026-11-26'], // same day on a working day
    ['2026-11-29', 0, '2026-11-30'], // same-day procedure received on Sunday → Monday
  ])('%s + %i working days = %s', (from, n, expected) => {
    expect(addWorkingDays(from, n, weekendOnlyCalendar)).toBe(expected);
  });

  it('counts back what it added', () => {
    for (const from of ['2026-11-23', '2026-11-27', '2026-11-28']) {
      for (let n = 1; n <= 30; n += 1) {
        expect(countWorkingDays(from, addWorkingDays(from, n, weekendOnlyCalendar), weekendOnlyCalendar)).toBe(n);
      }
    }
  });

  it('refuses a negative or fractional count', () => {
    expect(() => addWorkingDays('2026-11-26', -1, weekendOnlyCalendar)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-11-26', 1.5, weekendOnlyCalendar)).toThrow(RangeError);
  });
});
