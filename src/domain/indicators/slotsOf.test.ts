import { describe, expect, it } from 'vitest';
import { halfMonthOf } from './halfMonth.ts';
import { slotsOf } from './slotsOf.ts';

describe('halfMonthOf', () => {
  it('cuts months on the 15th', () => {
    expect([halfMonthOf('2026-11-01'), halfMonthOf('2026-11-14'), halfMonthOf('2026-11-15'), halfMonthOf('2026-11-30')]).toEqual(['2026-11-a', '2026-11-a', '2026-11-b', '2026-11-b']);
  });
});

describe('slotsOf', () => {
  it.each([
    ['a calendar year: 24 halves, no days', { start: '2026-01-01', end: '2026-12-31' }, { days: [], halves: { start: '2026-01-a', end: '2026-12-b' } }],
    ['a 15th-rule year: 24 halves, no days', { start: '2025-12-15', end: '2026-12-14' }, { days: [], halves: { start: '2025-12-b', end: '2026-12-a' } }],
    ['a 15th-rule month', { start: '2026-10-15', end: '2026-11-14' }, { days: [], halves: { start: '2026-10-b', end: '2026-11-a' } }],
    ['a calendar February of a leap year', { start: '2024-02-01', end: '2024-02-29' }, { days: [], halves: { start: '2024-02-a', end: '2024-02-b' } }],
    ['one day', { start: '2026-11-26', end: '2026-11-26' }, { days: [{ start: '2026-11-26', end: '2026-11-26' }], halves: null }],
    ['a week across a month end', { start: '2026-11-30', end: '2026-12-06' }, { days: [{ start: '2026-11-30', end: '2026-12-06' }], halves: null }],
    [
      'a custom range with leftovers at both ends',
      { start: '2026-11-10', end: '2026-12-20' },
      { days: [{ start: '2026-11-10', end: '2026-11-14' }, { start: '2026-12-15', end: '2026-12-20' }], halves: { start: '2026-11-b', end: '2026-12-a' } },
    ],
  ])('%s', (_label, range, expected) => {
    expect(slotsOf(range)).toEqual(expected);
  });
});
