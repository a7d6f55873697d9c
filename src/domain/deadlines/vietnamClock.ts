import { VIETNAM_OFFSET_MS, vietnamDateKey, type DateKey } from '../vietnamTime.ts';

/** Minutes since midnight, Vietnam time, of an instant. */
export function vietnamMinuteOfDay(instant: string | Date): number {
  const shifted = new Date(new Date(instant).getTime() + VIETNAM_OFFSET_MS);
  return shifted.getUTCHours() * 60 + shifted.getUTCMinutes();
}

/** "HH:MM" → minutes since midnight. */
export function clockToMinutes(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** The Vietnam day and minute of an instant. */
export function vietnamDayAndMinute(instant: string | Date): { day: DateKey; minute: number } {
  return { day: vietnamDateKey(instant), minute: vietnamMinuteOfDay(instant) };
}
