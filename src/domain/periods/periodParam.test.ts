import { describe, expect, it } from 'vitest';
import type { Period } from './period.ts';
import { parsePeriodParam, periodParam } from './periodParam.ts';

describe('periodParam', () => {
  it.each<[string, Period]>([
    ['month:2026-10', { kind: 'month', year: 2026, month: 10 }],
    ['quarter:2026-4', { kind: 'quarter', year: 2026, quarter: 4 }],
    ['half:2026-2', { kind: 'half', year: 2026, half: 2 }],
    ['year:2026', { kind: 'year', year: 2026 }],
    ['custom:2026-10-01..2026-10-31', { kind: 'custom', start: '2026-10-01', end: '2026-10-31' }],
    ['day:2026-10-05', { kind: 'day', day: '2026-10-05' }],
    ['week:2026-10-05', { kind: 'week', day: '2026-10-05' }],
  ])('reads and writes %s', (text, period) => {
    expect(parsePeriodParam(text)).toEqual(period);
    expect(periodParam(period)).toBe(text);
  });

  it('reads a one-digit month', () => {
    expect(parsePeriodParam('month:2026-3')).toEqual({ kind: 'month', year: 2026, month: 3 });
  });

  it.each(['', 'month', 'month:2026-13', 'month:2026-0', 'quarter:2026-5', 'half:2026-3', 'year:26', 'custom:2026-10-31..2026-10-01', 'custom:2026-02-30..2026-03-01', 'day:2026-02-30', 'fortnight:2026-10', 'month:2026-10:x'])(
    'refuses %j',
    (text) => {
      expect(parsePeriodParam(text)).toBeNull();
    },
  );
});
