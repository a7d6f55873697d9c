import { VIETNAM_OFFSET_MS, type DateKey } from '../vietnamTime.ts';

/** A date and time read from a cell, in Vietnam time; `hasTime` is false when only the day was written. */
export interface VietnamDateTime {
  readonly day: DateKey;
  /** Minutes after midnight, Vietnam time (0 when no time was written). */
  readonly minutes: number;
  readonly hasTime: boolean;
}

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T,]+(\d{1,2})(?::|h)(\d{2})(?::(\d{2}))?)?$/i;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;

/**
 * Reads "dd/mm/yyyy", "dd/mm/yyyy hh:mm" (also with '-' or '.', seconds, or "8h30") and
 * "yyyy-mm-dd[ hh:mm]" (what the .xlsx reader gives for date cells). Null when the text is
 * none of these or names no real day or time.
 */
export function parseVietnamDateTime(text: string): VietnamDateTime | null {
  const value = text.trim();
  let y: number, m: number, d: number, hh: string | undefined, mm: string | undefined;
  const dmy = DMY.exec(value);
  const ymd = dmy ? null : YMD.exec(value);
  if (dmy) [d, m, y, hh, mm] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3]), dmy[4], dmy[5]];
  else if (ymd) [y, m, d, hh, mm] = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3]), ymd[4], ymd[5]];
  else return null;
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return null;
  const hours = hh === undefined ? 0 : Number(hh);
  const minutes = mm === undefined ? 0 : Number(mm);
  if (hours > 23 || minutes > 59) return null;
  const day = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return { day, minutes: hours * 60 + minutes, hasTime: hh !== undefined };
}

/** The UTC instant (ISO 8601) of a Vietnam day and minute. */
export function vietnamInstant(day: DateKey, minutes: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + minutes * 60_000 - VIETNAM_OFFSET_MS).toISOString();
}
