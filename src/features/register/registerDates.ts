import type { DateKey } from '../../domain/vietnamTime.ts';
import { vietnamDateKey } from '../../domain/vietnamTime.ts';

/** "27/11/2026" for a Vietnam calendar day (dd/MM/yyyy, as on Vietnamese forms). */
export function formatRegisterDay(day: DateKey): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}

/** "27/11/2026" for the Vietnam calendar day of an instant. */
export function formatRegisterInstantDay(instant: string): string {
  return formatRegisterDay(vietnamDateKey(instant));
}
