import { t } from './i18n/t.ts';

const TET_DAY = /^Tết Nguyên đán \(mùng (\d+) Tết\)$/;
const TET_EVE = /^Tết Nguyên đán \((\d+) tháng Chạp\)$/;
const ON_SUNDAY = /^Nghỉ bù: (.+), trùng Chủ nhật$/;
const ON_SATURDAY = /^Nghỉ bù: (.+), trùng Thứ Bảy$/;

/**
 * A day off's name from the working calendar, in the interface language. The calendar names
 * its days in Vietnamese: fixed names have an EN entry, the few built around a number or
 * another holiday are rebuilt here; a note the user typed stays as typed.
 */
export function holidayName(name: string): string {
  const tetDay = TET_DAY.exec(name)?.[1];
  if (tetDay !== undefined) return t('Tết Nguyên đán (mùng {day} Tết)', { day: tetDay });
  const tetEve = TET_EVE.exec(name)?.[1];
  if (tetEve !== undefined) return t('Tết Nguyên đán ({day} tháng Chạp)', { day: tetEve });
  const onSunday = ON_SUNDAY.exec(name)?.[1];
  if (onSunday !== undefined) return t('Nghỉ bù: {holiday}, trùng Chủ nhật', { holiday: holidayName(onSunday) });
  const onSaturday = ON_SATURDAY.exec(name)?.[1];
  if (onSaturday !== undefined) return t('Nghỉ bù: {holiday}, trùng Thứ Bảy', { holiday: holidayName(onSaturday) });
  return t(name);
}
