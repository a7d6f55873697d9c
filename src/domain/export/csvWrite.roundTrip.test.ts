import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../csv/parseCsv.ts';
import { defuseFormula, plainNumber, tableToCsv } from './csvWrite.ts';
import type { Cell, Table } from './table.ts';

// No ';' here: the project's parser guesses the separator from the raw first line, quotes included.
const text = fc.string({ unit: fc.constantFrom('a', 'Đ', 'ữ', ' ', '"', ',', '\n', '\r\n', '7', '=', '-'), maxLength: 10 });
const cell: fc.Arbitrary<Cell> = fc.oneof(text, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null));
// At least two columns, so no row is one blank cell (the parser skips those as blank lines).
const row = fc.array(cell, { minLength: 2, maxLength: 5 });
const headerRow = fc.array(fc.option(text, { nil: null }), { minLength: 2, maxLength: 5 });

describe('tableToCsv → parseCsv', () => {
  it('gives back the header and body cells, numbers as plain text, null as empty', () => {
    fc.assert(
      fc.property(fc.array(headerRow, { minLength: 1, maxLength: 2 }), fc.array(row, { maxLength: 6 }), (header, rows) => {
        const t: Table = { name: 'x', title: ['không ghi'], header, rows };
        // Text a spreadsheet would run as a formula comes back with its leading apostrophe (csvWrite.test.ts).
        const asText = (c: Cell) => (c === null ? '' : typeof c === 'number' ? plainNumber(c) : defuseFormula(c));
        expect(parseCsv(tableToCsv(t)).map((r) => r.cells)).toEqual([...header, ...rows].map((r) => r.map(asText)));
      }),
      { numRuns: 200 },
    );
  });
});
