import { VIETNAM_OFFSET_MS, vietnamDateKey, type DateKey } from '../vietnamTime.ts';

/**
 * Formats of the printed and exported reports. They are legal forms in Vietnamese, whatever
 * the interface language: dates as dd/mm/yyyy (as on Circular 03/2025/TT-VPCP's forms),
 * numbers as vi-VN (decimal comma).
 */

/** "27/11/2026" for a Vietnam calendar day. */
export function reportDay(day: DateKey): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}

/** "27/11/2026" for the Vietnam calendar day of an instant. */
export function reportInstantDay(instant: string): string {
  return reportDay(vietnamDateKey(instant));
}

/** "08:05 27/11/2026": an instant in Vietnam time (UTC+7, no daylight saving). */
export function reportInstant(instant: string): string {
  const local = new Date(Date.parse(instant) + VIETNAM_OFFSET_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())} ${reportInstantDay(instant)}`;
}

const percentFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/**
 * "45,5%": one decimal; never rounds a value below 100 up to 100% nor one above 0 down to 0%
 * (199 of 200 must not read as a met 100% target), as on the Chỉ tiêu screen.
 */
export function reportPercent(p: number): string {
  const shown = p < 100 && p > 99.9 ? 99.9 : p > 0 && p < 0.1 ? 0.1 : p;
  return `${percentFormat.format(shown)}%`;
}

/** Vietnamese collation, for fields (lĩnh vực) and names. */
export function compareVietnamese(a: string, b: string): number {
  return a.localeCompare(b, 'vi');
}

/** The national heading top right of every administrative document (Decree 30/2020/NĐ-CP, Phụ lục I). */
export const NATIONAL_HEADING: readonly [string, string] = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
