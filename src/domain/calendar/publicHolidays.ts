/**
 * The statutory public holidays (ngày nghỉ lễ, tết) of one solar year, by the default rules
 * of the Labour Code 2019 (Bộ luật Lao động 2019, Điều 112 khoản 1), and the compensatory days
 * when one falls on the weekly rest day (Điều 111 khoản 3). The Prime Minister fixes the exact
 * Tết and Quốc khánh days each year (Điều 112 khoản 3); see announcedAdjustments.ts.
 */
import { addCalendarDays, dayOfWeek, type DateKey } from '../vietnamTime.ts';
import type { DayOff } from './dayOff.ts';
import { lunarToSolar, solarToLunar } from './lunarCalendar.ts';

/** Solar years for which the lunar holidays (Tết, Giỗ Tổ) and the Quốc khánh adjacent day are computed. */
export const HOLIDAY_TABLE_YEARS = { first: 2020, last: 2035 } as const;

/** First year with Ngày Văn hóa Việt Nam (24/11) as a day off — to verify. */
export const CULTURE_DAY_FIRST_YEAR = 2026;

/** The statutory holidays, as the Prime Minister's announcements refer to them. */
export type HolidayGroup = 'newYear' | 'tet' | 'hungKings' | 'victoryDay' | 'labourDay' | 'nationalDay' | 'cultureDay';

/** A statutory holiday day, before compensation. */
export interface Holiday extends DayOff {
  readonly group: HolidayGroup;
}

const LAW = 'Bộ luật Lao động 2019';

/** Source line for a compensatory day (Labour Code 2019 art. 111(3)). */
export const COMPENSATION_SOURCE = `${LAW}, Điều 111 khoản 3 (nghỉ bù khi ngày lễ trùng ngày nghỉ hằng tuần)`;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function solarDay(year: number, month: number, day: number): DateKey {
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

function tetDayLabel(day: DateKey): string {
  const lunar = solarToLunar(day);
  return lunar.month === 12 ? `${lunar.day} tháng Chạp` : `mùng ${lunar.day} Tết`;
}

/** Tết Nguyên đán by default: the last day of the lunar year and lunar 1/1 to 4/1 (art. 112(1)(b): 5 days). */
function defaultTet(year: number): Holiday[] {
  const newYear = lunarToSolar({ day: 1, month: 1, year, leap: false });
  return [-1, 0, 1, 2, 3].map((offset) => {
    const day = addCalendarDays(newYear, offset);
    return {
      day,
      name: `Tết Nguyên đán (${tetDayLabel(day)})`,
      source: `${LAW}, Điều 112 khoản 1 điểm b; ngày cụ thể do Thủ tướng quyết định (khoản 3) — mặc định: ngày cuối năm âm lịch và mùng 1 đến mùng 4`,
      toVerify: true,
      group: 'tet',
    };
  });
}

/**
 * The statutory holidays of a solar year, without compensatory days. Inside
 * HOLIDAY_TABLE_YEARS: all of art. 112(1); outside it only the fixed solar-date ones
 * (1/1, 30/4, 1/5, 2/9, and 24/11 from 2026), because the lunar dates are only checked there.
 */
export function statutoryHolidays(year: number): Holiday[] {
  const inTable = year >= HOLIDAY_TABLE_YEARS.first && year <= HOLIDAY_TABLE_YEARS.last;
  const holidays: Holiday[] = [
    { day: solarDay(year, 1, 1), name: 'Tết Dương lịch', source: `${LAW}, Điều 112 khoản 1 điểm a`, toVerify: false, group: 'newYear' },
    { day: solarDay(year, 4, 30), name: 'Ngày Chiến thắng (30/4)', source: `${LAW}, Điều 112 khoản 1 điểm c`, toVerify: false, group: 'victoryDay' },
    { day: solarDay(year, 5, 1), name: 'Ngày Quốc tế lao động (1/5)', source: `${LAW}, Điều 112 khoản 1 điểm d`, toVerify: false, group: 'labourDay' },
    { day: solarDay(year, 9, 2), name: 'Quốc khánh (2/9)', source: `${LAW}, Điều 112 khoản 1 điểm đ`, toVerify: false, group: 'nationalDay' },
  ];
  if (inTable) {
    holidays.push(...defaultTet(year));
    holidays.push({
      day: lunarToSolar({ day: 10, month: 3, year, leap: false }),
      name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
      source: `${LAW}, Điều 112 khoản 1 điểm e`,
      toVerify: false,
      group: 'hungKings',
    });
    holidays.push({
      day: solarDay(year, 9, 1),
      name: 'Nghỉ Quốc khánh (ngày liền kề 2/9)',
      source: `${LAW}, Điều 112 khoản 1 điểm đ và khoản 3 — mặc định ngày 1/9, Thủ tướng quyết định ngày liền kề trước hoặc sau`,
      toVerify: true,
      group: 'nationalDay',
    });
  }
  if (year >= CULTURE_DAY_FIRST_YEAR) {
    holidays.push({
      day: solarDay(year, 11, 24),
      name: 'Ngày Văn hóa Việt Nam (24/11)',
      source: 'Cần kiểm tra: Nghị quyết 80-NQ/TW của Bộ Chính trị chọn 24/11 là Ngày Văn hóa Việt Nam, ngày nghỉ hưởng nguyên lương; Nghị quyết 30/NQ-CP giao sửa Bộ luật Lao động 2019, Điều 112 khoản 1 — chưa rõ hiệu lực',
      toVerify: true,
      group: 'cultureDay',
    });
  }
  return holidays.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

function isWeekend(day: DateKey): boolean {
  const dow = dayOfWeek(day);
  return dow === 0 || dow === 6;
}

/**
 * Compensatory days (nghỉ bù, Labour Code 2019 art. 111(3)): each holiday of art. 112(1),
 * Tết included, that falls on a Saturday or Sunday gives the next weekday that is not
 * already off (the official 2021 and 2023 Tết breaks were compensated this way).
 * `alsoOff` names further days off (Tết, announced days) that a compensatory day must skip.
 */
export function compensatoryDays(holidays: ReadonlyArray<Holiday>, alsoOff: (day: DateKey) => boolean = () => false): DayOff[] {
  const taken = new Set(holidays.map((h) => h.day));
  const result: DayOff[] = [];
  const ordered = [...holidays].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  for (const holiday of ordered) {
    if (!isWeekend(holiday.day)) continue;
    let day = addCalendarDays(holiday.day, 1);
    while (isWeekend(day) || taken.has(day) || alsoOff(day)) day = addCalendarDays(day, 1);
    taken.add(day);
    result.push({
      day,
      name: `Nghỉ bù: ${holiday.name}, trùng ${dayOfWeek(holiday.day) === 0 ? 'Chủ nhật' : 'Thứ Bảy'}`,
      source: COMPENSATION_SOURCE,
      toVerify: holiday.toVerify,
    });
  }
  return result;
}
