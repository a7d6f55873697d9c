import { afterEach, describe, expect, it } from 'vitest';
import { periodLabel, type Period } from '../domain/periods/period.ts';
import { formatPeriod } from './formatPeriod.ts';
import { setLocale } from './i18n/locale.ts';

afterEach(() => setLocale('vi'));

const PERIODS: readonly Period[] = [
  { kind: 'day', day: '2026-11-26' },
  { kind: 'week', day: '2026-11-26' },
  { kind: 'month', year: 2026, month: 11 },
  { kind: 'quarter', year: 2026, quarter: 4 },
  { kind: 'half', year: 2026, half: 1 },
  { kind: 'year', year: 2026 },
  { kind: 'custom', start: '2026-11-01', end: '2026-11-30' },
];

describe('formatPeriod', () => {
  it('is the domain periodLabel in Vietnamese', () => {
    for (const p of PERIODS) for (const rule of ['calendar', 'fifteenth'] as const) expect(formatPeriod(p, rule)).toBe(periodLabel(p, rule));
  });

  it('names periods the English way', () => {
    setLocale('en');
    expect(PERIODS.map((p) => formatPeriod(p, 'calendar'))).toEqual([
      '26/11/2026',
      'Week 23/11 – 29/11/2026',
      'November 2026',
      'Q4 2026',
      'H1 2026',
      'Year 2026',
      'From 01/11/2026 to 30/11/2026',
    ]);
    expect(formatPeriod({ kind: 'month', year: 2027, month: 1 }, 'fifteenth')).toBe('January 2027');
  });
});
