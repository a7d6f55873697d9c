import { describe, expect, it } from 'vitest';
import { formatPercent, formatRatioPercent } from './format.ts';

describe('formatPercent (vi-VN)', () => {
  it('uses a decimal comma', () => {
    expect(formatRatioPercent({ numerator: 1, denominator: 3 })).toBe('33,3%');
  });
  it('never shows 100% for a value below it, nor 0% for a value above 0', () => {
    expect(formatRatioPercent({ numerator: 199, denominator: 200 })).toBe('99,5%');
    expect(formatPercent(99.96)).toBe('99,9%');
    expect(formatPercent(100)).toBe('100%');
    expect(formatPercent(0.04)).toBe('0,1%');
  });
  it('says "no data" for 0 of 0', () => {
    expect(formatRatioPercent({ numerator: 0, denominator: 0 })).toBe('Chưa có dữ liệu');
  });
});
