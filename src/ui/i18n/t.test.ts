import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { intlLocale, locale, setLocale } from './locale.ts';
import { t, tc } from './t.ts';
import { loadEnglish } from './dictionary.ts';

beforeAll(loadEnglish);
afterEach(() => setLocale('vi'));

describe('t', () => {
  it('shows the Vietnamese source by default', () => {
    expect(locale()).toBe('vi');
    expect(intlLocale()).toBe('vi-VN');
    expect(t('Hôm nay')).toBe('Hôm nay');
  });

  it('shows the English entry once the locale is English, and the Vietnamese text where there is none', () => {
    setLocale('en');
    expect(intlLocale()).toBe('en-GB');
    expect(t('Hôm nay')).toBe('Today');
    expect(t('Chưa có trong từ điển')).toBe('Chưa có trong từ điển');
  });

  it('fills placeholders, in either language', () => {
    const params = { procedure: 'Đăng ký khai sinh', date: 'Thứ Năm, 26/11/2026' };
    expect(t('Đã tiếp nhận: {procedure}. Hẹn trả {date}.', params)).toBe('Đã tiếp nhận: Đăng ký khai sinh. Hẹn trả Thứ Năm, 26/11/2026.');
    setLocale('en');
    expect(t('Đã tiếp nhận: {procedure}. Hẹn trả {date}.', params)).toBe('Received: Đăng ký khai sinh. Return date: Thứ Năm, 26/11/2026.');
    expect(t('Ngày hẹn trả: {day}')).toBe('Return date: {day}');
  });

  it('groups a numeric count the language’s way and picks the English plural by it', () => {
    expect(t('{count} hồ sơ', { count: 1234 })).toBe('1.234 hồ sơ');
    setLocale('en');
    expect(t('{count} hồ sơ', { count: 1 })).toBe('1 dossier');
    expect(t('{count} hồ sơ', { count: 0 })).toBe('0 dossiers');
    expect(t('{count} hồ sơ', { count: 1234 })).toBe('1,234 dossiers');
  });

  it('reads a word in its context first, then without one', () => {
    setLocale('en');
    expect(tc('tab', 'Tiếp nhận')).toBe('Receive');
    expect(tc('fact', 'Tiếp nhận')).toBe('Received');
    expect(tc('tab', 'Hôm nay')).toBe('Today');
  });
});
