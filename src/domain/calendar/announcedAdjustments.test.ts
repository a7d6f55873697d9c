import { describe, expect, it } from 'vitest';
import { dayOfWeek, isDateKey } from '../vietnamTime.ts';
import { ANNOUNCED_ARRANGEMENTS, announcementsFor } from './announcedAdjustments.ts';
import { yearDefaults } from './yearDefaults.ts';

describe('announced arrangements (Bộ luật Lao động 2019, Điều 112 khoản 3)', () => {
  it('every day is a real day of its year, and every worked day is a Saturday', () => {
    for (const a of ANNOUNCED_ARRANGEMENTS) {
      for (const { day, note } of [...a.daysOff, ...a.workingDays]) {
        expect(isDateKey(day)).toBe(true);
        expect(day.startsWith(`${a.year}-`)).toBe(true);
        expect(note.length).toBeGreaterThan(0);
      }
      for (const { day } of a.workingDays) expect(dayOfWeek(day)).toBe(6);
    }
  });

  it('only the 2022 and 2026 Quốc khánh arrangements are still to verify', () => {
    expect(ANNOUNCED_ARRANGEMENTS.filter((a) => a.toVerify).map((a) => `${a.year} ${a.holiday}`)).toEqual([
      '2022 nationalDay',
      '2026 nationalDay',
    ]);
  });

  it('a replacing arrangement removes the default days and their compensation', () => {
    // 2024: the default adjacent day 1/9 (a Sunday) is replaced by the announced 2/9 + 3/9.
    expect(announcementsFor(2024).some((a) => a.holiday === 'nationalDay' && a.replacesDefault)).toBe(true);
    const days = yearDefaults(2024).daysOff.map((d) => d.day);
    expect(days).not.toContain('2024-09-01');
    expect(days).toContain('2024-09-03');
  });

  it('the 2023 break 29/4–3/5 follows from the default compensation rule alone', () => {
    // Giỗ Tổ Saturday 29/4, 30/4 Sunday, 1/5 Monday: compensatory Tuesday 2/5 and Wednesday 3/5.
    expect(announcementsFor(2023).some((a) => a.holiday === 'victoryDay')).toBe(false);
    const days = yearDefaults(2023).daysOff.map((d) => d.day);
    expect(days).toEqual(expect.arrayContaining(['2023-04-29', '2023-04-30', '2023-05-01', '2023-05-02', '2023-05-03']));
  });
});
