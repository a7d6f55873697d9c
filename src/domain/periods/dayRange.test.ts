import { describe, expect, it } from 'vitest';
import { rangeUpTo } from './dayRange.ts';

describe('rangeUpTo', () => {
  const november = { start: '2026-11-01', end: '2026-11-30' };
  it('cuts a period not over yet at today', () => {
    expect(rangeUpTo(november, '2026-11-26')).toEqual({ start: '2026-11-01', end: '2026-11-26' });
    expect(rangeUpTo(november, '2026-11-01')).toEqual({ start: '2026-11-01', end: '2026-11-01' });
  });
  it('leaves a past period, a period ending today and a future period whole', () => {
    expect(rangeUpTo(november, '2026-12-02')).toEqual(november);
    expect(rangeUpTo(november, '2026-11-30')).toEqual(november);
    expect(rangeUpTo(november, '2026-10-31')).toEqual(november);
  });
});
