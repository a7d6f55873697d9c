import { percentOf, type Ratio } from '../domain/ratio.ts';
import type { DateKey } from '../domain/vietnamTime.ts';

const VIETNAM_TZ = 'Asia/Ho_Chi_Minh';

const integer = new Intl.NumberFormat('vi-VN');
const percent = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });
const longDay = new Intl.DateTimeFormat('vi-VN', { weekday: 'long', day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
const timeOfDay = new Intl.DateTimeFormat('vi-VN', { hour: '2-digit', minute: '2-digit', timeZone: VIETNAM_TZ });
const dateTime = new Intl.DateTimeFormat('vi-VN', { hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric', timeZone: VIETNAM_TZ });

/** 1.234 (vi-VN grouping). */
export function formatCount(n: number): string {
  return integer.format(n);
}

/** "33,3%", or "Chưa có dữ liệu" when the denominator is 0. */
export function formatRatioPercent(ratio: Ratio): string {
  const p = percentOf(ratio);
  return p === null ? 'Chưa có dữ liệu' : formatPercent(p);
}

/**
 * A percentage with one decimal, vi-VN. Never rounds up to 100% a value below it (199 of 200
 * must not read as a met 100% target), nor down to 0% a value above it.
 */
export function formatPercent(p: number): string {
  const shown = p < 100 && p > 99.9 ? 99.9 : p > 0 && p < 0.1 ? 0.1 : p;
  return percent.format(shown / 100);
}

/** "Thứ Năm, 26/11/2026" for a Vietnam calendar day. */
export function formatDay(day: DateKey): string {
  const text = longDay.format(new Date(`${day}T00:00:00Z`));
  return text.charAt(0).toLocaleUpperCase('vi-VN') + text.slice(1);
}

/** "09:41", in Vietnam time. */
export function formatTime(iso: string): string {
  return timeOfDay.format(new Date(iso));
}

/** "09:41 26/11/2026", in Vietnam time. */
export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}
