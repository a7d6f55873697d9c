/** Public API of the Vietnamese working-day calendar (Bộ luật Lao động 2019, Điều 111–112). */
export { lunarToSolar, solarToLunar, leapMonthOf, LUNAR_SUPPORTED_YEARS, type LunarDate } from './lunarCalendar.ts';
export type { DayOff, DatedNote } from './dayOff.ts';
export {
  statutoryHolidays,
  compensatoryDays,
  HOLIDAY_TABLE_YEARS,
  CULTURE_DAY_FIRST_YEAR,
  type Holiday,
  type HolidayGroup,
} from './publicHolidays.ts';
export { ANNOUNCED_ARRANGEMENTS, announcementsFor, type AnnouncedArrangement } from './announcedAdjustments.ts';
export { yearDefaults, type YearDefaults } from './yearDefaults.ts';
export {
  CalendarOverridesSchema,
  EMPTY_OVERRIDES,
  MAX_OVERRIDE_ENTRIES,
  MAX_OVERRIDE_NOTE_LENGTH,
  type CalendarOverrides,
} from './calendarOverrides.ts';
export { createVietnamWorkingCalendar, type VietnamWorkingCalendar } from './vietnamWorkingCalendar.ts';
