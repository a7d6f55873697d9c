import { describe, expect, it } from 'vitest';
import { periodSlug, reportFileName } from './reportFile.ts';

describe('reportFileName', () => {
  it('names files without diacritics, by period', () => {
    expect(reportFileName({ name: 'So-theo-doi' }, { kind: 'month', year: 2026, month: 10 }, 'csv')).toBe('so-theo-doi-2026-10.csv');
    expect(reportFileName({ name: 'Biểu 06 Đất đai' }, { kind: 'quarter', year: 2026, quarter: 4 }, 'xlsx')).toBe('bieu-06-dat-dai-2026-q4.xlsx');
    expect(periodSlug({ kind: 'half', year: 2026, half: 1 })).toBe('2026-h1');
    expect(periodSlug({ kind: 'custom', start: '2026-10-01', end: '2026-10-31' })).toBe('2026-10-01_2026-10-31');
  });
});
