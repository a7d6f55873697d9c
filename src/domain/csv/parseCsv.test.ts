import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, csvCell, parseCsv } from './parseCsv.ts';
import { foldVietnamese } from './normalizeHeader.ts';

describe('parseCsv', () => {
  it('reads quotes, embedded separators, line breaks, a BOM and CRLF, with line numbers', () => {
    const text = '\uFEFFa,b\r\n"x, y","he said ""hi"""\r\n\r\n"multi\nline",z\r\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, y', 'he said "hi"'] },
      { line: 4, cells: ['multi\nline', 'z'] },
    ]);
  });

  it('detects the semicolon separator of Vietnamese Excel', () => {
    expect(parseCsv('Tên;Lĩnh vực\nA, B;Hộ tịch')).toEqual([
      { line: 1, cells: ['Tên', 'Lĩnh vực'] },
      { line: 2, cells: ['A, B', 'Hộ tịch'] },
    ]);
  });

  it('names the line of an unterminated quote', () => {
    expect(() => parseCsv('a\nb\n"open')).toThrow(new CsvSyntaxError(3, 'dấu ngoặc kép (") mở mà không đóng.'));
  });

  it('refuses text decoded from the wrong encoding', () => {
    expect(() => parseCsv('T\uFFFDn')).toThrow(CsvSyntaxError);
  });

  it('round-trips cells through csvCell', () => {
    const cells = ['plain', 'a,b', 'say "x"', 'two\nlines', 'a;b'];
    expect(parseCsv(cells.map(csvCell).join(','))[0]?.cells).toEqual(cells);
  });
});

describe('foldVietnamese', () => {
  it('removes diacritics and case', () => {
    expect(foldVietnamese('Chứng thực bản sao')).toBe('chung thuc ban sao');
    expect(foldVietnamese('ĐĂNG_KÝ  khai sinh')).toBe('dang ky khai sinh');
  });
});
