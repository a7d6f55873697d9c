import { percentOf, type Ratio } from '../domain/ratio.ts';
import type { DateKey } from '../domain/vietnamTime.ts';
import { intlLocale } from './i18n/locale.ts';
import { t } from './i18n/t.ts';

/** Every date and time is shown in Vietnam time, whatever the phone's own time zone. */
export const VIETNAM_TZ = 'Asia/Ho_Chi_Minh';

/** A formatter per interface language, made on first use. */
function perLocale<F>(make: (tag: string) => F): () => F {
  const made = new Map<string, F>();
  return () => {
    const tag = intlLocale();
    let format = made.get(tag);
    if (format === undefined) made.set(tag, (format = make(tag)));
    return format;
  };
}

const integer = perLocale((tag) => new Intl.NumberFormat(tag));
const percent = perLocale((tag) => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 }));
const decimals = [0, 1, 2, 3].map((digits) => perLocale((tag) => new Intl.NumberFormat(tag, { maximumFractionDigits: digits })));
const longDay = perLocale((tag) => new Intl.DateTimeFormat(tag, { weekday: 'long', day: '2-digit', month: '2-digit', year: 'numeric', timeZone: VIETNAM_TZ }));
const timeOfDay = perLocale((tag) => new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', timeZone: VIETNAM_TZ }));
const dateTime = perLocale((tag) => new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric', timeZone: VIETNAM_TZ }));

/** Noon, Vietnam time, of a Vietnam calendar day: the instant that names that day in Vietnam. */
export function vietnamNoon(day: DateKey): Date {
  return new Date(`${day}T12:00:00+07:00`);
}

/** 1.234 (vi-VN) or 1,234 (en-GB). */
export function formatCount(n: number): string {
  return integer().format(n);
}

/** A number with at most `maxFractionDigits` decimals (0–3): "99,5" (vi-VN), "99.5" (en-GB). */
export function formatNumber(n: number, maxFractionDigits: 0 | 1 | 2 | 3): string {
  const format = decimals[maxFractionDigits];
  return format === undefined ? String(n) : format().format(n);
}

/** "33,3%", or "Chưa có dữ liệu" when the denominator is 0. */
export function formatRatioPercent(ratio: Ratio): string {
  const p = percentOf(ratio);
  return p === null ? t('Chưa có dữ liệu') : formatPercent(p);
}

/**
 * A percentage with one decimal. Never rounds up to 100% a value below it (199 of 200 must
 * not read as a met 100% target), nor down to 0% a value above it.
 */
export function formatPercent(p: number): string {
  const shown = p < 100 && p > 99.9 ? 99.9 : p > 0 && p < 0.1 ? 0.1 : p;
  return percent().format(shown / 100);
}

/** "Thứ Năm, 26/11/2026" ("Thursday, 26/11/2026") for a Vietnam calendar day. */
export function formatDay(day: DateKey): string {
  const text = longDay().format(vietnamNoon(day));
  return text.charAt(0).toLocaleUpperCase(intlLocale()) + text.slice(1);
}

/** "09:41", in Vietnam time. */
export function formatTime(iso: string): string {
  return timeOfDay().format(new Date(iso));
}

/** "09:41 26/11/2026" ("26/11/2026, 09:41"), in Vietnam time. */
export function formatDateTime(iso: string): string {
  return dateTime().format(new Date(iso));
}
