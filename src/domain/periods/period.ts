import { addCalendarDays, dayOfWeek, type DateKey } from '../vietnamTime.ts';
import type { DayRange } from './dayRange.ts';
import type { PeriodRule } from './periodRule.ts';

/** A reporting period, named the way officers name it. */
export type Period =
  | { readonly kind: 'day'; readonly day: DateKey }
  | { readonly kind: 'week'; readonly day: DateKey }
  | { readonly kind: 'month'; readonly year: number; readonly month: number }
  | { readonly kind: 'quarter'; readonly year: number; readonly quarter: 1 | 2 | 3 | 4 }
  | { readonly kind: 'half'; readonly year: number; readonly half: 1 | 2 }
  | { readonly kind: 'year'; readonly year: number }
  | { readonly kind: 'custom'; readonly start: DateKey; readonly end: DateKey };

export type PeriodKind = Period['kind'];

const pad = (n: number) => String(n).padStart(2, '0');
const dayKey = (y: number, m: number, d: number): DateKey => `${y}-${pad(m)}-${pad(d)}`;

/** Months [first, last] (1-based, same year) covered by a period of months. */
function monthSpan(p: Extract<Period, { kind: 'month' | 'quarter' | 'half' | 'year' }>): [number, number] {
  switch (p.kind) {
    case 'month':
      return [p.month, p.month];
    case 'quarter':
      return [p.quarter * 3 - 2, p.quarter * 3];
    case 'half':
      return [p.half * 6 - 5, p.half * 6];
    case 'year':
      return [1, 12];
  }
}

/** The inclusive days of a period under a period rule. */
export function periodRange(p: Period, rule: PeriodRule): DayRange {
  switch (p.kind) {
    case 'day':
      return { start: p.day, end: p.day };
    case 'week': {
      const monday = addCalendarDays(p.day, -((dayOfWeek(p.day) + 6) % 7));
      return { start: monday, end: addCalendarDays(monday, 6) };
    }
    case 'custom':
      return p.start <= p.end ? { start: p.start, end: p.end } : { start: p.end, end: p.start };
    default: {
      const [first, last] = monthSpan(p);
      if (rule === 'calendar') {
        return { start: dayKey(p.year, first, 1), end: addCalendarDays(dayKey(last === 12 ? p.year + 1 : p.year, last === 12 ? 1 : last + 1, 1), -1) };
      }
      const start = first === 1 ? dayKey(p.year - 1, 12, 15) : dayKey(p.year, first - 1, 15);
      return { start, end: dayKey(p.year, last, 14) };
    }
  }
}

/** The period of a kind that contains `day` under the rule (e.g. 20/11 is in December's 15th-rule month). */
export function periodContaining(kind: Exclude<PeriodKind, 'custom'>, day: DateKey, rule: PeriodRule): Period {
  if (kind === 'day' || kind === 'week') return { kind, day };
  let year = Number(day.slice(0, 4));
  let month = Number(day.slice(5, 7));
  if (rule === 'fifteenth' && Number(day.slice(8, 10)) >= 15) {
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
  switch (kind) {
    case 'month':
      return { kind, year, month };
    case 'quarter':
      return { kind, year, quarter: Math.ceil(month / 3) as 1 | 2 | 3 | 4 };
    case 'half':
      return { kind, year, half: month <= 6 ? 1 : 2 };
    case 'year':
      return { kind, year };
  }
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;
const dm = (d: DateKey) => `${d.slice(8, 10)}/${d.slice(5, 7)}`;
const dmy = (d: DateKey) => `${dm(d)}/${d.slice(0, 4)}`;

/** "Tháng 11/2026", "Quý IV/2026", "6 tháng đầu năm 2026", "Năm 2026", "Tuần 23/11 – 29/11/2026", "Ngày 26/11/2026". */
export function periodLabel(p: Period, rule: PeriodRule): string {
  switch (p.kind) {
    case 'day':
      return `Ngày ${dmy(p.day)}`;
    case 'week': {
      const r = periodRange(p, rule);
      return `Tuần ${dm(r.start)} – ${dmy(r.end)}`;
    }
    case 'month':
      return `Tháng ${p.month}/${p.year}`;
    case 'quarter':
      return `Quý ${ROMAN[p.quarter - 1]}/${p.year}`;
    case 'half':
      return `6 tháng ${p.half === 1 ? 'đầu' : 'cuối'} năm ${p.year}`;
    case 'year':
      return `Năm ${p.year}`;
    case 'custom':
      return `Từ ${dmy(p.start)} đến ${dmy(p.end)}`;
  }
}

/** The period just before (same kind), for "kỳ trước" comparisons and trend charts. */
export function previousPeriod(p: Period): Period {
  switch (p.kind) {
    case 'day':
      return { kind: 'day', day: addCalendarDays(p.day, -1) };
    case 'week':
      return { kind: 'week', day: addCalendarDays(p.day, -7) };
    case 'month':
      return p.month === 1 ? { kind: 'month', year: p.year - 1, month: 12 } : { kind: 'month', year: p.year, month: p.month - 1 };
    case 'quarter':
      return p.quarter === 1 ? { kind: 'quarter', year: p.year - 1, quarter: 4 } : { kind: 'quarter', year: p.year, quarter: (p.quarter - 1) as 1 | 2 | 3 };
    case 'half':
      return p.half === 1 ? { kind: 'half', year: p.year - 1, half: 2 } : { kind: 'half', year: p.year, half: 1 };
    case 'year':
      return { kind: 'year', year: p.year - 1 };
    case 'custom': {
      const length = (Date.parse(p.end) - Date.parse(p.start)) / 86_400_000 + 1;
      return { kind: 'custom', start: addCalendarDays(p.start, -length), end: addCalendarDays(p.start, -1) };
    }
  }
}

/** The period just after (same kind). */
export function nextPeriod(p: Period): Period {
  switch (p.kind) {
    case 'day':
      return { kind: 'day', day: addCalendarDays(p.day, 1) };
    case 'week':
      return { kind: 'week', day: addCalendarDays(p.day, 7) };
    case 'month':
      return p.month === 12 ? { kind: 'month', year: p.year + 1, month: 1 } : { kind: 'month', year: p.year, month: p.month + 1 };
    case 'quarter':
      return p.quarter === 4 ? { kind: 'quarter', year: p.year + 1, quarter: 1 } : { kind: 'quarter', year: p.year, quarter: (p.quarter + 1) as 2 | 3 | 4 };
    case 'half':
      return p.half === 2 ? { kind: 'half', year: p.year + 1, half: 1 } : { kind: 'half', year: p.year, half: 2 };
    case 'year':
      return { kind: 'year', year: p.year + 1 };
    case 'custom': {
      const length = (Date.parse(p.end) - Date.parse(p.start)) / 86_400_000 + 1;
      return { kind: 'custom', start: addCalendarDays(p.end, 1), end: addCalendarDays(p.end, length) };
    }
  }
}
