import { isDateKey } from '../vietnamTime.ts';
import type { Period } from './period.ts';

/**
 * A period as one URL query value, as the report endpoint takes it (docs/API.md):
 * `day:2026-10-05`, `week:2026-10-05`, `month:2026-10`, `quarter:2026-4`, `half:2026-2`,
 * `year:2026`, `custom:2026-10-01..2026-10-31`. Also the key under which the phone stores a
 * period's typed plan figures (manualEntryStore), so it must never change for a given period.
 */
export function periodParam(p: Period): string {
  switch (p.kind) {
    case 'day':
    case 'week':
      return `${p.kind}:${p.day}`;
    case 'month':
      return `month:${p.year}-${String(p.month).padStart(2, '0')}`;
    case 'quarter':
      return `quarter:${p.year}-${p.quarter}`;
    case 'half':
      return `half:${p.year}-${p.half}`;
    case 'year':
      return `year:${p.year}`;
    case 'custom':
      return `custom:${p.start}..${p.end}`;
  }
}

const YEAR = '(\\d{4})';

/** The period a query value names, or null when it names none (wrong shape, month 13, 30 February…). */
export function parsePeriodParam(text: string): Period | null {
  const [kind, value = '', ...rest] = text.trim().split(':');
  if (rest.length > 0) return null;
  const match = (pattern: string) => new RegExp(`^${pattern}$`).exec(value);
  switch (kind) {
    case 'day':
    case 'week':
      return isDateKey(value) ? { kind, day: value } : null;
    case 'month': {
      const m = match(`${YEAR}-(\\d{1,2})`);
      const month = Number(m?.[2]);
      return m && month >= 1 && month <= 12 ? { kind, year: Number(m[1]), month } : null;
    }
    case 'quarter': {
      const m = match(`${YEAR}-([1-4])`);
      return m ? { kind, year: Number(m[1]), quarter: Number(m[2]) as 1 | 2 | 3 | 4 } : null;
    }
    case 'half': {
      const m = match(`${YEAR}-([12])`);
      return m ? { kind, year: Number(m[1]), half: Number(m[2]) as 1 | 2 } : null;
    }
    case 'year': {
      const m = match(YEAR);
      return m ? { kind, year: Number(m[1]) } : null;
    }
    case 'custom': {
      const [start = '', end = ''] = value.split('..');
      return isDateKey(start) && isDateKey(end) && start <= end ? { kind, start, end } : null;
    }
    default:
      return null;
  }
}
