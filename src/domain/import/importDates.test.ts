import { describe, expect, it } from 'vitest';
import { parseVietnamDateTime, vietnamInstant } from './importDates.ts';

describe('parseVietnamDateTime', () => {
  it('reads the forms officers type and the form the .xlsx reader gives', () => {
    expect(parseVietnamDateTime('05/01/2026 08:30')).toEqual({ day: '2026-01-05', minutes: 510, hasTime: true });
    expect(parseVietnamDateTime('5/1/2026')).toEqual({ day: '2026-01-05', minutes: 0, hasTime: false });
    expect(parseVietnamDateTime('05-01-2026 8h30')).toEqual({ day: '2026-01-05', minutes: 510, hasTime: true });
    expect(parseVietnamDateTime('05.01.2026 08:30:59')).toEqual({ day: '2026-01-05', minutes: 510, hasTime: true });
    expect(parseVietnamDateTime('2026-01-05 08:30')).toEqual({ day: '2026-01-05', minutes: 510, hasTime: true });
    expect(parseVietnamDateTime(' 2026-01-05 ')).toEqual({ day: '2026-01-05', minutes: 0, hasTime: false });
    // 2028 is a leap year, 2026 is not.
    expect(parseVietnamDateTime('29/02/2028')?.day).toBe('2028-02-29');
  });

  it('refuses what names no real day or time, and two-digit years', () => {
    for (const text of ['29/02/2026', '31/04/2026', '00/01/2026', '05/13/2026', '05/01/2026 24:00', '05/01/2026 08:60', '5/1/26', 'hôm qua', '46000', '2026/01/05']) {
      expect(parseVietnamDateTime(text), text).toBeNull();
    }
  });
});

describe('vietnamInstant', () => {
  it('is seven hours behind in UTC, across midnight', () => {
    expect(vietnamInstant('2026-01-05', 8 * 60 + 30)).toBe('2026-01-05T01:30:00.000Z');
    expect(vietnamInstant('2026-01-05', 3 * 60)).toBe('2026-01-04T20:00:00.000Z');
  });
});
