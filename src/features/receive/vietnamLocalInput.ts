import { VIETNAM_OFFSET_MS } from '../../domain/vietnamTime.ts';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/;

/** The value of a `datetime-local` input ("2026-11-26T09:41") showing an instant in Vietnam time. */
export function toVietnamLocalInput(instant: Date): string {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 16);
}

/**
 * The instant a `datetime-local` value names when read as Vietnam time (UTC+7), whatever
 * the phone's own time zone; null when blank or not a real date and time.
 */
export function fromVietnamLocalInput(value: string): Date | null {
  const m = LOCAL.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wall);
  // Date.UTC rolls 30/02 over to 02/03: refuse instead of silently moving the day.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return null;
  return new Date(wall - VIETNAM_OFFSET_MS);
}
