import { describe, expect, it } from 'vitest';
import { compensatoryDays, statutoryHolidays } from './publicHolidays.ts';

const days = (list: ReadonlyArray<{ day: string }>): string[] => list.map((d) => d.day);

describe('statutory holidays (Bộ luật Lao động 2019, Điều 112 khoản 1)', () => {
  it('2026 by the default rules: 1/1, Tết 29 tháng Chạp–mùng 4, Giỗ Tổ, 30/4, 1/5, 1/9 + 2/9, 24/11', () => {
    // Tết 2026 is Tuesday 17/2 (DOMAIN.md §3), so the last day of the lunar year is Monday 16/2.
    expect(days(statutoryHolidays(2026))).toEqual([
      '2026-01-01',
      '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20',
      '2026-04-26',
      '2026-04-30', '2026-05-01',
      '2026-09-01', '2026-09-02',
      '2026-11-24',
    ]);
  });

  it('flags the defaults the Prime Minister fixes (Điều 112 khoản 3) and 24/11 as to verify', () => {
    const toVerify = statutoryHolidays(2026).filter((h) => h.toVerify);
    expect(days(toVerify)).toEqual(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-09-01', '2026-11-24']);
    expect(statutoryHolidays(2026).find((h) => h.day === '2026-11-24')?.name).toBe('Ngày Văn hóa Việt Nam (24/11)');
  });

  it('names the Tết days by their lunar date', () => {
    const names = statutoryHolidays(2026).filter((h) => h.group === 'tet').map((h) => h.name);
    expect(names[0]).toBe('Tết Nguyên đán (29 tháng Chạp)');
    expect(names[1]).toBe('Tết Nguyên đán (mùng 1 Tết)');
  });

  it('no 24/11 before 2026', () => {
    expect(days(statutoryHolidays(2025))).not.toContain('2025-11-24');
  });

  it('outside 2020–2035 only the fixed solar-date holidays', () => {
    expect(days(statutoryHolidays(2036))).toEqual(['2036-01-01', '2036-04-30', '2036-05-01', '2036-09-02', '2036-11-24']);
    expect(days(statutoryHolidays(2019))).toEqual(['2019-01-01', '2019-04-30', '2019-05-01', '2019-09-02']);
  });
});

describe('compensatory days (Bộ luật Lao động 2019, Điều 111 khoản 3)', () => {
  it.each([
    // 2026: Giỗ Tổ 26/4 is a Sunday → Monday 27/4.
    [2026, ['2026-04-27']],
    // 2023: 1/1 Sunday → 2/1. Tết 22/1 is a Sunday: default days Sat 21/1 – Wed 25/1, the
    // Saturday and Sunday → Thursday 26/1 and Friday 27/1 (the published break was 20–26/1).
    // Giỗ Tổ 29/4 Saturday, 30/4 Sunday, 1/5 Monday → Tuesday 2/5 and Wednesday 3/5
    // (the published 2023 break was 29/4–3/5); 2/9 Saturday → Monday 4/9.
    [2023, ['2023-01-02', '2023-01-26', '2023-01-27', '2023-05-02', '2023-05-03', '2023-09-04']],
    // 2027: Tết 6/2 is a Saturday: default days Fri 5/2 – Tue 9/2; Saturday 6 and Sunday 7
    // → Wednesday 10/2 and Thursday 11/2. 1/5 Saturday → Monday 3/5.
    [2027, ['2027-02-10', '2027-02-11', '2027-05-03']],
    // 2028 (1/1 is a Saturday): 1/1 → Monday 3/1; Tết 26/1 (Wed): default days Tue 25/1 –
    // Sat 29/1, the Saturday → Monday 31/1; 30/4 Sunday → Tuesday 2/5 (Monday 1/5 is itself
    // a holiday); 2/9 Saturday → Monday 4/9.
    [2028, ['2028-01-03', '2028-01-31', '2028-05-02', '2028-09-04']],
    // 2029 (1/1 is a Monday): 1/9 Saturday and 2/9 Sunday → Monday 3/9 and Tuesday 4/9;
    // 24/11 Saturday → Monday 26/11.
    [2029, ['2029-09-03', '2029-09-04', '2029-11-26']],
  ] as const)('%i → %j', (year, expected) => {
    const compensation = compensatoryDays(statutoryHolidays(year));
    expect(days(compensation)).toEqual(expected);
    for (const c of compensation) expect(c.source).toContain('Điều 111 khoản 3');
  });

  it('names the holiday it makes up for', () => {
    expect(compensatoryDays(statutoryHolidays(2026))[0]?.name).toBe('Nghỉ bù: Giỗ Tổ Hùng Vương (10/3 âm lịch), trùng Chủ nhật');
  });

  it('skips days that are off for another reason', () => {
    // 2026: if Monday 27/4 were already off, Giỗ Tổ's compensatory day moves to Tuesday 28/4.
    expect(days(compensatoryDays(statutoryHolidays(2026), (d) => d === '2026-04-27'))).toEqual(['2026-04-28']);
  });
});
