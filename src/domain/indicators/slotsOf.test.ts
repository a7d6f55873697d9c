import { describe, expect, it } from 'vitest';
import { slotsOf } from './slotsOf.ts';

describe('slotsOf', () => {
  it.each([
    ['a calendar year: twelve months, no days', { start: '2026-01-01', end: '2026-12-31' }, { days: [], months: { start: '2026-01', end: '2026-12' } }],
    [
      'a 15th-rule year: 17 days of December, January–November, 14 days of December',
      { start: '2025-12-15', end: '2026-12-14' },
      { days: [{ start: '2025-12-15', end: '2025-12-31' }, { start: '2026-12-01', end: '2026-12-14' }], months: { start: '2026-01', end: '2026-11' } },
    ],
    ['a 15th-rule month: days only', { start: '2026-10-15', end: '2026-11-14' }, { days: [{ start: '2026-10-15', end: '2026-11-14' }], months: null }],
    ['a calendar February of a leap year', { start: '2024-02-01', end: '2024-02-29' }, { days: [], months: { start: '2024-02', end: '2024-02' } }],
    ['one day', { start: '2026-11-26', end: '2026-11-26' }, { days: [{ start: '2026-11-26', end: '2026-11-26' }], months: null }],
    ['a week across a month end', { start: '2026-11-30', end: '2026-12-06' }, { days: [{ start: '2026-11-30', end: '2026-12-06' }], months: null }],
  ])('%s', (_label, range, expected) => {
    expect(slotsOf(range)).toEqual(expected);
  });
});
