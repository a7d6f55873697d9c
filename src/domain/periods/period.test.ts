import { describe, expect, it } from 'vitest';
import { nextPeriod, periodContaining, periodLabel, periodRange, previousPeriod, type Period } from './period.ts';

describe('periodRange', () => {
  it.each<[string, Period, 'calendar' | 'fifteenth', { start: string; end: string }]>([
    ['calendar month (plan 000: "từ ngày 01 đến hết ngày 31")', { kind: 'month', year: 2026, month: 11 }, 'calendar', { start: '2026-11-01', end: '2026-11-30' }],
    ['February of a leap year', { kind: 'month', year: 2024, month: 2 }, 'calendar', { start: '2024-02-01', end: '2024-02-29' }],
    ['15th rule month (Decree 09/2019 art. 12)', { kind: 'month', year: 2026, month: 11 }, 'fifteenth', { start: '2026-10-15', end: '2026-11-14' }],
    ['15th rule January crosses the year', { kind: 'month', year: 2026, month: 1 }, 'fifteenth', { start: '2025-12-15', end: '2026-01-14' }],
    ['calendar quarter IV', { kind: 'quarter', year: 2026, quarter: 4 }, 'calendar', { start: '2026-10-01', end: '2026-12-31' }],
    ['15th rule quarter I', { kind: 'quarter', year: 2026, quarter: 1 }, 'fifteenth', { start: '2025-12-15', end: '2026-03-14' }],
    ['calendar first half', { kind: 'half', year: 2026, half: 1 }, 'calendar', { start: '2026-01-01', end: '2026-06-30' }],
    ['15th rule year', { kind: 'year', year: 2026 }, 'fifteenth', { start: '2025-12-15', end: '2026-12-14' }],
    ['week Monday to Sunday', { kind: 'week', day: '2026-11-26' }, 'calendar', { start: '2026-11-23', end: '2026-11-29' }],
    ['week of a Sunday', { kind: 'week', day: '2026-11-29' }, 'calendar', { start: '2026-11-23', end: '2026-11-29' }],
    ['custom range given backwards', { kind: 'custom', start: '2026-11-10', end: '2026-11-01' }, 'calendar', { start: '2026-11-01', end: '2026-11-10' }],
  ])('%s', (_label, period, rule, expected) => {
    expect(periodRange(period, rule)).toEqual(expected);
  });
});

describe('periodContaining', () => {
  it('puts the 15th and later in the next month under the 15th rule', () => {
    expect(periodContaining('month', '2026-11-14', 'fifteenth')).toEqual({ kind: 'month', year: 2026, month: 11 });
    expect(periodContaining('month', '2026-11-15', 'fifteenth')).toEqual({ kind: 'month', year: 2026, month: 12 });
    expect(periodContaining('year', '2026-12-20', 'fifteenth')).toEqual({ kind: 'year', year: 2027 });
    expect(periodContaining('quarter', '2026-12-20', 'calendar')).toEqual({ kind: 'quarter', year: 2026, quarter: 4 });
  });

  it('always contains the day it was made from', () => {
    for (const rule of ['calendar', 'fifteenth'] as const) {
      for (const day of ['2026-01-01', '2026-01-14', '2026-01-15', '2026-12-14', '2026-12-15', '2026-12-31', '2024-02-29']) {
        for (const kind of ['day', 'week', 'month', 'quarter', 'half', 'year'] as const) {
          const r = periodRange(periodContaining(kind, day, rule), rule);
          expect(r.start <= day && day <= r.end, `${rule} ${kind} ${day}`).toBe(true);
        }
      }
    }
  });
});

describe('labels and previous periods', () => {
  it('names periods in Vietnamese', () => {
    expect(periodLabel({ kind: 'month', year: 2026, month: 11 }, 'calendar')).toBe('Tháng 11/2026');
    expect(periodLabel({ kind: 'quarter', year: 2026, quarter: 4 }, 'calendar')).toBe('Quý IV/2026');
    expect(periodLabel({ kind: 'half', year: 2026, half: 1 }, 'calendar')).toBe('6 tháng đầu năm 2026');
    expect(periodLabel({ kind: 'week', day: '2026-11-26' }, 'calendar')).toBe('Tuần 23/11 – 29/11/2026');
  });

  it('steps back across year ends', () => {
    expect(previousPeriod({ kind: 'month', year: 2026, month: 1 })).toEqual({ kind: 'month', year: 2025, month: 12 });
    expect(previousPeriod({ kind: 'quarter', year: 2026, quarter: 1 })).toEqual({ kind: 'quarter', year: 2025, quarter: 4 });
    expect(previousPeriod({ kind: 'custom', start: '2026-11-01', end: '2026-11-10' })).toEqual({ kind: 'custom', start: '2026-10-22', end: '2026-10-31' });
  });
});

describe('nextPeriod', () => {
  it('is the inverse of previousPeriod', () => {
    const periods: Period[] = [
      { kind: 'day', day: '2026-12-31' },
      { kind: 'week', day: '2026-11-26' },
      { kind: 'month', year: 2026, month: 12 },
      { kind: 'quarter', year: 2026, quarter: 4 },
      { kind: 'half', year: 2026, half: 2 },
      { kind: 'year', year: 2026 },
      { kind: 'custom', start: '2026-11-01', end: '2026-11-10' },
    ];
    for (const p of periods) expect(previousPeriod(nextPeriod(p))).toEqual(p);
    expect(nextPeriod({ kind: 'month', year: 2026, month: 12 })).toEqual({ kind: 'month', year: 2027, month: 1 });
  });
});
