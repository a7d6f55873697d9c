import { describe, expect, it } from 'vitest';
import { parseCsv } from '../csv/parseCsv.ts';
import { csvBytes, csvField, tableToCsv } from './csvWrite.ts';
import type { Table } from './table.ts';

const table: Table = {
  name: 'So-theo-doi',
  title: ['UBND xã An Bình', 'Sổ theo dõi hồ sơ'],
  header: [
    ['TT', 'Tiếp nhận', null],
    ['', 'Trực tuyến', 'Trực tiếp'],
  ],
  rows: [
    [1, 'Hộ tịch, "khai sinh"', 2.5],
    [2, ' lề trái', null],
    [3, 'hai\ndòng', -0.125],
  ],
};

describe('tableToCsv', () => {
  it('writes a BOM, CRLF line ends, headers then rows, without the title lines', () => {
    // Worked by hand: null → empty; the comma/quote cell is quoted with doubled quotes;
    // a leading space and an embedded LF force quotes; numbers are plain.
    expect(tableToCsv(table)).toBe(
      '\uFEFF' +
        'TT,Tiếp nhận,\r\n' +
        ',Trực tuyến,Trực tiếp\r\n' +
        '1,"Hộ tịch, ""khai sinh""",2.5\r\n' +
        '2," lề trái",\r\n' +
        '3,"hai\ndòng",-0.125\r\n',
    );
  });

  it('reads back through the project CSV parser with the same cells and line numbers', () => {
    const rows = parseCsv(tableToCsv(table));
    expect(rows.map((row) => row.cells)).toEqual([
      ['TT', 'Tiếp nhận', ''],
      ['', 'Trực tuyến', 'Trực tiếp'],
      ['1', 'Hộ tịch, "khai sinh"', '2.5'],
      ['2', ' lề trái', ''],
      ['3', 'hai\ndòng', '-0.125'],
    ]);
    expect(rows.map((row) => row.line)).toEqual([1, 2, 3, 4, 5]);
  });

  it('quotes carriage returns, trailing spaces and semicolons, and leaves plain text alone', () => {
    expect(csvField('a\rb')).toBe('"a\rb"');
    expect(csvField('cuối ')).toBe('"cuối "');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('Chứng thực')).toBe('Chứng thực');
  });

  it('defuses text a spreadsheet would run as a formula, and leaves phone numbers and negative figures alone', () => {
    expect(csvField('=HYPERLINK("http://x","bấm")')).toBe(`"'=HYPERLINK(""http://x"",""bấm"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('+cmd|x')).toBe("'+cmd|x");
    expect(csvField('-@A1')).toBe("'-@A1");
    expect(csvField('+84 912 345 678')).toBe('+84 912 345 678');
    expect(csvField('-5')).toBe('-5');
    expect(csvField(-5)).toBe('-5');
  });

  it('writes numbers without grouping or exponent', () => {
    expect(csvField(1234567)).toBe('1234567');
    expect(csvField(0.0000001)).toBe('0.0000001');
    expect(csvField(2 ** 64)).toBe('18446744073709551616'); // 2^64 is exact in a double
    expect(csvField(Number.NaN)).toBe('');
  });

  it('encodes as UTF-8 with the BOM bytes EF BB BF', () => {
    const bytes = csvBytes({ name: 'x', title: [], header: [['Đ']], rows: [] });
    // Đ is U+0110 → UTF-8 C4 90.
    expect([...bytes]).toEqual([0xef, 0xbb, 0xbf, 0xc4, 0x90, 0x0d, 0x0a]);
  });
});
