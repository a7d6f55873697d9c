import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { formatCount, formatDateTime, formatDay, formatNumber, formatPercent, formatRatioPercent, formatTime } from './format.ts';
import { setLocale } from './i18n/locale.ts';
import { loadEnglish } from './i18n/dictionary.ts';

beforeAll(loadEnglish);
afterEach(() => setLocale('vi'));

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

describe('dates and times (Vietnam time whatever the locale)', () => {
  it('reads the Vietnamese way by default', () => {
    expect(formatDay('2026-11-26')).toBe('Thứ Năm, 26/11/2026');
    expect(formatTime('2026-11-26T02:41:00.000Z')).toBe('09:41');
    expect(formatDateTime('2026-11-26T17:30:00.000Z')).toBe('00:30 27/11/2026');
  });
  it('reads the en-GB way in English', () => {
    setLocale('en');
    expect(formatDay('2026-11-26')).toBe('Thursday, 26/11/2026');
    expect(formatTime('2026-11-26T02:41:00.000Z')).toBe('09:41');
    expect(formatDateTime('2026-11-26T17:30:00.000Z')).toBe('27/11/2026, 00:30');
  });
});

describe('numbers in English (en-GB)', () => {
  it('uses a decimal point and comma grouping, and says "No data yet" for 0 of 0', () => {
    setLocale('en');
    expect(formatRatioPercent({ numerator: 1, denominator: 3 })).toBe('33.3%');
    expect(formatCount(1234)).toBe('1,234');
    expect(formatNumber(99.5, 3)).toBe('99.5');
    expect(formatRatioPercent({ numerator: 0, denominator: 0 })).toBe('No data yet');
  });
});
