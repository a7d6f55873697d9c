import { periodLabel, periodRange, type Period } from '../domain/periods/period.ts';
import type { PeriodRule } from '../domain/periods/periodRule.ts';
import type { DateKey } from '../domain/vietnamTime.ts';
import { vietnamNoon, VIETNAM_TZ } from './format.ts';
import { locale } from './i18n/locale.ts';

const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: VIETNAM_TZ });
const dm = (d: DateKey) => `${d.slice(8, 10)}/${d.slice(5, 7)}`;
const dmy = (d: DateKey) => `${dm(d)}/${d.slice(0, 4)}`;

/**
 * A period's name in the interface language: in Vietnamese exactly the domain's `periodLabel`
 * ("Tháng 11/2026", "Quý IV/2026"); in English "November 2026", "Q4 2026", "H1 2026",
 * "Year 2026", "Week 23/11 – 29/11/2026", "26/11/2026", "From 01/11/2026 to 30/11/2026".
 */
export function formatPeriod(p: Period, rule: PeriodRule): string {
  if (locale() !== 'en') return periodLabel(p, rule);
  switch (p.kind) {
    case 'day':
      return dmy(p.day);
    case 'week': {
      const r = periodRange(p, rule);
      return `Week ${dm(r.start)} – ${dmy(r.end)}`;
    }
    case 'month':
      return monthYear.format(vietnamNoon(`${p.year}-${String(p.month).padStart(2, '0')}-15`));
    case 'quarter':
      return `Q${p.quarter} ${p.year}`;
    case 'half':
      return `H${p.half} ${p.year}`;
    case 'year':
      return `Year ${p.year}`;
    case 'custom':
      return `From ${dmy(p.start)} to ${dmy(p.end)}`;
  }
}
