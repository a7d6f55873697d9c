import { describe, expect, it } from 'vitest';
import { registerPeriodCaption, registerPeriodRange } from './registerPeriods.ts';

describe('register periods', () => {
  it('covers this month, last month and this year by the calendar rule; everything has no range', () => {
    expect(registerPeriodRange('this_month', '2026-11-26', 'calendar')).toEqual({ start: '2026-11-01', end: '2026-11-30' });
    expect(registerPeriodRange('last_month', '2026-01-10', 'calendar')).toEqual({ start: '2025-12-01', end: '2025-12-31' });
    expect(registerPeriodRange('this_year', '2026-11-26', 'calendar')).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    expect(registerPeriodRange('all', '2026-11-26', 'calendar')).toBeUndefined();
  });

  it('cuts months from the 15th when the unit reports that way', () => {
    expect(registerPeriodRange('this_month', '2026-11-20', 'fifteenth')).toEqual({ start: '2026-11-15', end: '2026-12-14' });
    expect(registerPeriodCaption('this_month', '2026-11-20', 'fifteenth')).toBe('Tháng 12/2026: 15/11/2026 – 14/12/2026');
  });

  it('captions each choice in Vietnamese', () => {
    expect(registerPeriodCaption('this_month', '2026-11-26', 'calendar')).toBe('Tháng 11/2026: 01/11/2026 – 30/11/2026');
    expect(registerPeriodCaption('this_year', '2026-11-26', 'calendar')).toBe('Năm 2026: 01/01/2026 – 31/12/2026');
    expect(registerPeriodCaption('all', '2026-11-26', 'calendar')).toBe('Mọi hồ sơ đã tiếp nhận');
  });
});
