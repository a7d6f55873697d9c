import type { DateKey } from '../../domain/vietnamTime.ts';

/** "01/12/2026" for a Vietnam calendar day (dd/MM/yyyy, as on Vietnamese forms). */
export function formatShortDay(day: DateKey): string {
  const [year, month, date] = day.split('-');
  return `${date ?? ''}/${month ?? ''}/${year ?? ''}`;
}
