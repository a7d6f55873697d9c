import { describe, expect, it } from 'vitest';
import { addCalendarDays, dayOfWeek, isDateKey, vietnamDateKey, vietnamDayBounds } from './vietnamTime.ts';

describe('Vietnam time (UTC+7, no DST)', () => {
  it('puts 16:59 UTC on the same Vietnam day and 17:00 UTC on the next', () => {
    // 23:59 and 00:00 in Hà Nội.
    expect(vietnamDateKey('2026-11-26T16:59:59.999Z')).toBe('2026-11-26');
    expect(vietnamDateKey('2026-11-26T17:00:00.000Z')).toBe('2026-11-27');
  });

  it('gives the UTC bounds of a Vietnam day', () => {
    expect(vietnamDayBounds('2026-11-26')).toEqual({ start: '2026-11-25T17:00:00.000Z', end: '2026-11-26T17:00:00.000Z' });
  });

  it('validates date keys, including impossible days', () => {
    expect(isDateKey('2026-02-28')).toBe(true);
    expect(isDateKey('2026-02-29')).toBe(false); // 2026 is not a leap year
    expect(isDateKey('2024-02-29')).toBe(true);
    expect(isDateKey('26/11/2026')).toBe(false);
  });

  it('does calendar arithmetic across month and year ends', () => {
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('knows 26/11/2026 is a Thursday and 26/04/2026 a Sunday (DOMAIN.md §3)', () => {
    expect(dayOfWeek('2026-11-26')).toBe(4);
    expect(dayOfWeek('2026-04-26')).toBe(0);
  });
});
