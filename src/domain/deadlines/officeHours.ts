/**
 * Office hours used to count time limits given in working hours. Provinces set their own
 * (commonly 7:30–11:30 and 13:30–17:00); this default is data to adjust, not law.
 */
export interface OfficeWindow {
  readonly start: string;
  readonly end: string;
}

export const DEFAULT_OFFICE_HOURS: readonly OfficeWindow[] = [
  { start: '07:30', end: '11:30' },
  { start: '13:30', end: '17:00' },
];
