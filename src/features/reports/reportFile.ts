import type { Period } from '../../domain/periods/period.ts';
import type { Table } from '../../domain/export/table.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** A period as a file-name part: 2026-10, 2026-q4, 2026-h1, 2026, 2026-10-01_2026-10-31. */
export function periodSlug(p: Period): string {
  switch (p.kind) {
    case 'day':
    case 'week':
      return p.day;
    case 'month':
      return `${p.year}-${pad(p.month)}`;
    case 'quarter':
      return `${p.year}-q${p.quarter}`;
    case 'half':
      return `${p.year}-h${p.half}`;
    case 'year':
      return String(p.year);
    case 'custom':
      return `${p.start}_${p.end}`;
  }
}

/**
 * "so-theo-doi-2026-10.csv": the table's name in lower case ASCII (diacritics dropped, đ → d),
 * so the name survives every phone's file manager, e-mail and Zalo.
 */
export function reportFileName(table: Pick<Table, 'name'>, period: Period, extension: 'csv' | 'xlsx'): string {
  const stem = table.name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${stem}-${periodSlug(period)}.${extension}`;
}
