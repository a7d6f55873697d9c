import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainNumber } from './csvWrite.ts';
import type { Cell, Table } from './table.ts';
import { readXlsxRows } from './xlsxRead.ts';
import { tablesToXlsx } from './xlsxWrite.ts';

/** Text with what breaks writers: XML specials, quotes, edge spaces, line breaks, diacritics, a control character. */
const text = fc.string({ unit: fc.constantFrom('a', 'Đ', 'ữ', ' ', '<', '&', '"', "'", ',', ';', '\n', '\r', '\u0001', '7'), maxLength: 12 });
const cell: fc.Arbitrary<Cell> = fc.oneof(text, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.constant(null));
const table: fc.Arbitrary<Table> = fc.record({
  name: fc.string({ maxLength: 40 }),
  title: fc.array(text, { maxLength: 2 }),
  header: fc.array(fc.array(fc.option(text, { nil: null }), { maxLength: 5 }), { maxLength: 2 }),
  rows: fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 6 }),
});

/** What a reader should see of a written cell: illegal XML characters dropped, line breaks as LF. */
function seen(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return plainNumber(value);
  return value.replace(/\r\n?/g, '\n').replaceAll('\u0001', '');
}

/** Rows end at their last non-empty cell; an empty row is []. */
function trimmed(row: string[]): string[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === '') end -= 1;
  return row.slice(0, end);
}

/** The sheet the writer lays out: titles, a blank row after them, header rows, body rows. */
function expectedRows(t: Table): string[][] {
  const rows = [...t.title.map((line) => [seen(line)]), ...(t.title.length > 0 ? [[]] : []), ...t.header.map((r) => r.map(seen)), ...t.rows.map((r) => r.map(seen))];
  const out = rows.map(trimmed);
  while (out.length > 0 && out[out.length - 1]!.length === 0) out.pop();
  return out;
}

describe('tablesToXlsx → readXlsxRows', () => {
  it('reads back every cell the writer wrote, for arbitrary tables', () => {
    fc.assert(
      fc.property(table, (t) => {
        expect(readXlsxRows(tablesToXlsx([t]))).toEqual(expectedRows(t));
      }),
      { numRuns: 150 },
    );
  });
});

describe('tablesToXlsx → exceljs (an independent reader)', () => {
  it('gives exceljs the same values: text as text, numbers as numbers, null as empty', async () => {
    await fc.assert(
      fc.asyncProperty(table, async (t) => {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(Buffer.from(tablesToXlsx([t])) as unknown as ExcelJS.Buffer);
        const sheet = workbook.worksheets[0]!;
        const firstHeaderRow = t.title.length > 0 ? t.title.length + 2 : 1;
        const bodyStart = firstHeaderRow + t.header.length;
        t.rows.forEach((r, i) =>
          r.forEach((value, column) => {
            const got = sheet.getRow(bodyStart + i).getCell(column + 1).value;
            if (typeof value === 'number') expect(got).toBe(value === 0 ? 0 : value);
            else if (value === null || seen(value) === '') expect(got ?? '').toBe('');
            else expect(got).toBe(seen(value));
          }),
        );
      }),
      { numRuns: 40 },
    );
  });
});
