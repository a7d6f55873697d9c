import { describe, expect, it } from 'vitest';
import { addWorkingDays, countWorkingDays } from '../workingDays.ts';
import { CalendarOverridesSchema, type CalendarOverrides } from './calendarOverrides.ts';
import { createVietnamWorkingCalendar } from './vietnamWorkingCalendar.ts';
import * as v from 'valibot';

const calendar = createVietnamWorkingCalendar();

describe('Vietnamese working-day calendar', () => {
  it.each([
    // Weekends (Decision 188/1999/QĐ-TTg; Bộ luật Lao động 2019, Điều 111).
    ['2026-03-07', 'Thứ Bảy'],
    ['2026-03-08', 'Chủ nhật'],
    ['2026-03-09', null],
    // 2026: Giỗ Tổ Sunday 26/4 and its compensatory Monday 27/4 (Điều 111 khoản 3).
    ['2026-04-26', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'],
    ['2026-04-27', 'Nghỉ bù: Giỗ Tổ Hùng Vương (10/3 âm lịch), trùng Chủ nhật'],
    ['2026-04-28', null],
    // Quốc khánh 2027 (no announcement yet): 2/9 (Thursday) and the default adjacent 1/9 (Wednesday).
    ['2027-08-31', null],
    ['2027-09-01', 'Nghỉ Quốc khánh (ngày liền kề 2/9)'],
    ['2027-09-02', 'Quốc khánh (2/9)'],
    ['2027-09-03', null],
  ] as const)('%s → %s', (day, reason) => {
    expect(calendar.dayOffReason(day)).toBe(reason);
    expect(calendar.isWorkingDay(day)).toBe(reason === null);
  });

  describe('announced arrangements (Điều 112 khoản 3)', () => {
    it.each([
      // 2024: Tết 8/2–14/2; 29/4 swapped for Saturday 4/5; Quốc khánh 2/9 and 3/9.
      ['2024-02-07', true],
      ['2024-02-08', false],
      ['2024-02-12', false],
      ['2024-02-14', false],
      ['2024-02-15', true],
      ['2024-04-29', false],
      ['2024-05-04', true],
      ['2024-09-02', false],
      ['2024-09-03', false],
      ['2024-09-04', true],
      // 2025: Tết 27/1–31/1; 2/5 swapped for Saturday 26/4; Quốc khánh 1/9 and 2/9.
      ['2025-01-24', true],
      ['2025-01-27', false],
      ['2025-01-31', false],
      ['2025-02-03', true],
      ['2025-04-26', true],
      ['2025-04-30', false],
      ['2025-05-01', false],
      ['2025-05-02', false],
      ['2025-09-01', false],
      ['2025-09-02', false],
      ['2025-09-03', true],
      // 2026: 2/1 swapped for Saturday 10/1 (Văn bản 12729/VPCP-KGVX); Tết 14/2–22/2;
      // Quốc khánh 29/8–2/9 with Monday 31/8 swapped for Saturday 22/8.
      ['2026-01-01', false],
      ['2026-01-02', false],
      ['2026-01-05', true],
      ['2026-01-10', true],
      ['2026-08-22', true],
      ['2026-08-28', true],
      ['2026-08-31', false],
      ['2026-09-01', false],
      ['2026-09-02', false],
      ['2026-09-03', true],
    ] as const)('%s working: %s', (day, working) => {
      expect(calendar.isWorkingDay(day)).toBe(working);
    });

    it('lists the named days off of 2024', () => {
      // 2024-09-01 (the default adjacent day) is a Sunday and replaced by the announcement.
      expect(calendar.daysOffIn(2024).map((d) => d.day)).toEqual([
        '2024-01-01',
        '2024-02-08', '2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12', '2024-02-13', '2024-02-14',
        '2024-04-18',
        '2024-04-29', '2024-04-30', '2024-05-01',
        '2024-09-02', '2024-09-03',
      ]);
    });

    it('lists the named days off of 2025 (Tết announced as 25/1–2/2), none to verify', () => {
      const list = calendar.daysOffIn(2025);
      expect(list.map((d) => d.day)).toEqual([
        '2025-01-01',
        '2025-01-25', '2025-01-26', '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31',
        '2025-02-01', '2025-02-02',
        '2025-04-07',
        '2025-04-30', '2025-05-01', '2025-05-02',
        '2025-09-01', '2025-09-02',
      ]);
      expect(list.filter((d) => d.toVerify)).toEqual([]);
    });
  });

  describe('across Tết', () => {
    it('Friday 2026-02-13 + 1 working day = Monday 2026-02-23', () => {
      // By hand, default rule: Tết 2026 is Tuesday 17/2, so the 5 Tết days are Monday 16/2
      // (last day of the lunar year) to Friday 20/2. Saturday 14, Sunday 15, then 16–20 Tết,
      // Saturday 21, Sunday 22: the first working day after Friday 13/2 is Monday 23/2.
      // (The announced 2026 break, 14/2–22/2, gives the same.)
      expect(addWorkingDays('2026-02-13', 1, calendar)).toBe('2026-02-23');
      expect(addWorkingDays('2026-02-12', 2, calendar)).toBe('2026-02-23');
      expect(countWorkingDays('2026-02-13', '2026-02-23', calendar)).toBe(1);
    });

    it('Thursday 2027-02-04 + 1 working day = Friday 2027-02-12 (default rule)', () => {
      // Tết 2027 is Saturday 6/2: Tết days Friday 5/2 (last day of the year) to Tuesday 9/2;
      // Saturday 6 and Sunday 7 are made up on Wednesday 10 and Thursday 11 (Điều 111 khoản 3).
      expect(addWorkingDays('2027-02-04', 1, calendar)).toBe('2027-02-12');
    });
  });

  describe('user overrides win', () => {
    const overrides: CalendarOverrides = v.parse(CalendarOverridesSchema, {
      daysOff: [{ day: '2026-03-02', note: 'Nghỉ theo quyết định của UBND tỉnh' }],
      workingDays: [{ day: '2026-03-07', note: 'Làm bù cho ngày 02/03' }],
      removedDaysOff: ['2026-11-24', '2026-04-26'],
    });
    const edited = createVietnamWorkingCalendar(overrides);

    it('adds a day off with its note', () => {
      expect(edited.isWorkingDay('2026-03-02')).toBe(false);
      expect(edited.dayOffReason('2026-03-02')).toBe('Nghỉ theo quyết định của UBND tỉnh');
      expect(edited.daysOffIn(2026).find((d) => d.day === '2026-03-02')).toEqual({
        day: '2026-03-02',
        name: 'Nghỉ theo quyết định của UBND tỉnh',
        source: 'Người dùng thêm',
        toVerify: false,
      });
    });

    it('makes a Saturday a working day', () => {
      expect(edited.isWorkingDay('2026-03-07')).toBe(true);
      expect(edited.dayOffReason('2026-03-07')).toBeNull();
    });

    it('removes a default holiday: a weekday becomes working, a Sunday stays a Sunday', () => {
      expect(edited.isWorkingDay('2026-11-24')).toBe(true);
      expect(edited.daysOffIn(2026).map((d) => d.day)).not.toContain('2026-11-24');
      expect(edited.dayOffReason('2026-04-26')).toBe('Chủ nhật');
      // Its compensatory day is a separate entry; removing it is a separate edit.
      expect(edited.isWorkingDay('2026-04-27')).toBe(false);
    });

    it('an empty note gets a default label', () => {
      const cal = createVietnamWorkingCalendar({ daysOff: [{ day: '2026-03-03', note: '' }], workingDays: [], removedDaysOff: [] });
      expect(cal.dayOffReason('2026-03-03')).toBe('Ngày nghỉ do người dùng thêm');
    });

    it('leaves the default calendar untouched', () => {
      expect(calendar.isWorkingDay('2026-03-02')).toBe(true);
      expect(calendar.isWorkingDay('2026-11-24')).toBe(false);
    });
  });

  describe('outside 2020–2035: weekends and fixed solar-date holidays only', () => {
    it.each([
      ['2036-01-01', false], // Tuesday, Tết Dương lịch
      ['2036-01-28', true], // Monday; lunar new year 2036 is not in the table
      ['2036-09-01', true], // Monday; no default adjacent day outside the table
      ['2036-09-02', false], // Tuesday, Quốc khánh
      ['2019-02-05', true], // Tuesday; Tết 2019 not in the table
      ['2019-04-30', false],
    ] as const)('%s working: %s', (day, working) => {
      expect(calendar.isWorkingDay(day)).toBe(working);
    });
  });

  it('rejects a malformed date key', () => {
    expect(() => calendar.isWorkingDay('2026-02-30')).toThrow(RangeError);
    expect(() => calendar.dayOffReason('hôm nay')).toThrow(RangeError);
  });

  it('daysOffIn returns a copy', () => {
    const first = calendar.daysOffIn(2026);
    first.pop();
    expect(calendar.daysOffIn(2026).length).toBe(first.length + 1);
  });
});
