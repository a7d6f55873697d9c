import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createVietnamWorkingCalendar, HOLIDAY_TABLE_YEARS, yearDefaults } from '../domain/calendar/index.ts';
import { holidayName } from './holidayName.ts';
import { setLocale } from './i18n/locale.ts';
import { loadEnglish } from './i18n/dictionary.ts';

beforeAll(loadEnglish);
afterEach(() => setLocale('vi'));

/** Every name the working calendar can show, over the years the settings offer (and one more each side). */
function calendarNames(): string[] {
  const calendar = createVietnamWorkingCalendar();
  const names = new Set<string>(['Thứ Bảy', 'Chủ nhật']);
  for (let year = HOLIDAY_TABLE_YEARS.first - 1; year <= HOLIDAY_TABLE_YEARS.last + 1; year += 1) {
    for (const d of calendar.daysOffIn(year)) names.add(d.name);
    const defaults = yearDefaults(year);
    for (const d of defaults.daysOff) names.add(d.name);
    for (const d of defaults.workingDays) names.add(d.note);
  }
  return [...names];
}

describe('holidayName', () => {
  it('keeps every name as it is in Vietnamese', () => {
    for (const name of calendarNames()) expect(holidayName(name)).toBe(name);
  });

  it('translates every name of the working calendar into English', () => {
    setLocale('en');
    expect(calendarNames().filter((name) => holidayName(name) === name)).toEqual([]);
    expect(holidayName('Tết Nguyên đán (mùng 2 Tết)')).toBe('Lunar New Year (day 2 of Tết)');
    expect(holidayName('Nghỉ bù: Quốc khánh (2/9), trùng Chủ nhật')).toBe('Compensatory day off: National Day (2/9), fell on a Sunday');
  });

  it('leaves a note the user typed as typed', () => {
    setLocale('en');
    expect(holidayName('Quyết định của tỉnh')).toBe('Quyết định của tỉnh');
  });
});
