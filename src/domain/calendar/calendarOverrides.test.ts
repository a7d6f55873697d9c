import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CalendarOverridesSchema, EMPTY_OVERRIDES, MAX_OVERRIDE_ENTRIES } from './calendarOverrides.ts';

const messages = (input: unknown): string[] => {
  const result = v.safeParse(CalendarOverridesSchema, input);
  return result.success ? [] : result.issues.map((i) => i.message);
};

describe('calendar overrides schema', () => {
  it('accepts the empty overrides and a typical edit, trimming notes', () => {
    expect(v.parse(CalendarOverridesSchema, EMPTY_OVERRIDES)).toEqual(EMPTY_OVERRIDES);
    const parsed = v.parse(CalendarOverridesSchema, {
      daysOff: [{ day: '2026-03-02', note: '  Nghỉ theo quyết định của UBND tỉnh ' }],
      workingDays: [{ day: '2026-03-07', note: 'Làm bù' }],
      removedDaysOff: ['2026-11-24'],
    });
    expect(parsed.daysOff[0]?.note).toBe('Nghỉ theo quyết định của UBND tỉnh');
  });

  it.each([
    ['an impossible date', { daysOff: [{ day: '2026-02-30', note: '' }], workingDays: [], removedDaysOff: [] }, 'Ngày không hợp lệ'],
    ['a non-ISO date', { daysOff: [], workingDays: [], removedDaysOff: ['30/04/2026'] }, 'Ngày không hợp lệ'],
    ['a missing list', { daysOff: [], workingDays: [] }, 'cần đủ ba danh sách'],
    ['not an object', null, 'cần đủ ba danh sách'],
    ['a wrong entry', { daysOff: [{ day: 3 }], workingDays: [], removedDaysOff: [] }, 'chuỗi dạng NNNN-TT-NN'],
    ['a too long note', { daysOff: [{ day: '2026-03-02', note: 'x'.repeat(201) }], workingDays: [], removedDaysOff: [] }, 'tối đa 200 ký tự'],
    [
      'too many entries',
      { daysOff: [], workingDays: [], removedDaysOff: Array.from({ length: MAX_OVERRIDE_ENTRIES + 1 }, () => '2026-03-02') },
      `tối đa ${MAX_OVERRIDE_ENTRIES} mục`,
    ],
    [
      'a day both off and worked',
      { daysOff: [{ day: '2026-03-07', note: 'a' }], workingDays: [{ day: '2026-03-07', note: 'b' }], removedDaysOff: [] },
      'vừa là ngày nghỉ thêm vừa là ngày làm bù',
    ],
  ])('rejects %s', (_label, input, message) => {
    const found = messages(input);
    expect(found.some((m) => m.includes(message))).toBe(true);
  });

  it('EMPTY_OVERRIDES is frozen', () => {
    expect(Object.isFrozen(EMPTY_OVERRIDES)).toBe(true);
    expect(Object.isFrozen(EMPTY_OVERRIDES.daysOff)).toBe(true);
  });
});
