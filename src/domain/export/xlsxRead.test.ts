import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { excelSerialToText } from './xlsxReadDates.ts';
import { MAX_XLSX_UNZIPPED_BYTES, XlsxReadError, readXlsxRows } from './xlsxRead.ts';
import { tablesToXlsx } from './xlsxWrite.ts';

async function exceljsBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('readXlsxRows on workbooks written by exceljs', () => {
  it('reads shared strings, numbers, dates, booleans and empty cells in the middle', async () => {
    const bytes = await exceljsBytes((workbook) => {
      const sheet = workbook.addWorksheet('Sổ');
      sheet.addRow(['Tên thủ tục', 'Ngày nhận hồ sơ', 'Số', 'Cờ']);
      // exceljs stores a Date as its UTC wall time: 2026-03-05 08:30 UTC → "2026-03-05 08:30".
      const row2 = sheet.addRow(['Đăng ký khai sinh', new Date(Date.UTC(2026, 2, 5, 8, 30)), 12.5, true]);
      row2.getCell(2).numFmt = 'dd/mm/yyyy hh:mm';
      const row3 = sheet.addRow(['Đăng ký khai sinh', new Date(Date.UTC(2026, 0, 2)), 0, false]);
      row3.getCell(2).numFmt = 'dd/mm/yyyy';
      // Row 4 left empty; row 5 has a gap in column B.
      sheet.getCell('A5').value = 'Chứng thực';
      sheet.getCell('C5').value = 7;
    });
    expect(readXlsxRows(bytes)).toEqual([
      ['Tên thủ tục', 'Ngày nhận hồ sơ', 'Số', 'Cờ'],
      ['Đăng ký khai sinh', '2026-03-05 08:30', '12.5', 'TRUE'],
      ['Đăng ký khai sinh', '2026-01-02', '0', 'FALSE'],
      [],
      ['Chứng thực', '', '7'],
    ]);
  });

  it('reads rich text runs and reads only the first worksheet', async () => {
    const bytes = await exceljsBytes((workbook) => {
      const first = workbook.addWorksheet('Một');
      first.getCell('A1').value = { richText: [{ text: 'Hộ ' }, { font: { bold: true }, text: 'tịch' }] };
      workbook.addWorksheet('Hai').getCell('A1').value = 'không đọc';
    });
    expect(readXlsxRows(bytes)).toEqual([['Hộ tịch']]);
  });

  it('reads shared strings when exceljs is told to use them', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('x');
    sheet.addRow(['lặp', 'lặp', 'khác']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer({ useSharedStrings: true }));
    expect(readXlsxRows(bytes)).toEqual([['lặp', 'lặp', 'khác']]);
  });
});

describe('readXlsxRows on our own writer', () => {
  it('round-trips titles, header and body as text rows', () => {
    const bytes = tablesToXlsx([
      { name: 'x', title: ['Tiêu đề'], header: [['A', null, 'C']], rows: [['a & b', 1234.5, null, '<x>']] },
    ]);
    expect(readXlsxRows(bytes)).toEqual([['Tiêu đề'], [], ['A', '', 'C'], ['a & b', '1234.5', '', '<x>']]);
  });
});

/** A minimal hand-written workbook, so the reader is tested on XML shapes exceljs never writes. */
function handWorkbook(sheet: string, extra: Record<string, string> = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      '<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets><x:sheet name="S" sheetId="1" r:id="rId7"/></x:sheets></x:workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/data.xml"/><Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    ),
    'xl/styles.xml': strToU8(
      '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="[$-42A]dd/mm/yyyy\\ hh:mm"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>',
    ),
    'xl/worksheets/data.xml': strToU8(sheet),
  };
  for (const [name, text] of Object.entries(extra)) files[name] = strToU8(text);
  return zipSync(files);
}

describe('readXlsxRows on hand-written XML', () => {
  it('follows relationships, prefixes, inline strings, rows and cells without r, and date styles', () => {
    // Serial 45658 is 2025-01-01 (Excel's DATE(2025,1,1)); 46000 is 342 days later, day 343 of
    // 2025 = 2025-12-09 (334 days to the end of November, + 9).
    // 46000.75 in the custom "dd/mm/yyyy hh:mm" style → 2025-12-09 18:00.
    const sheet = `<?xml version="1.0" encoding="UTF-8"?>
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
<x:row><x:c t="inlineStr"><x:is><x:t>A &amp; B</x:t></x:is></x:c><x:c><x:v>1</x:v></x:c></x:row>
<x:row r="3"><x:c r="B3" s="1"><x:v>46000</x:v></x:c><x:c s="2"><x:v>46000.75</x:v></x:c><x:c t="str"><x:v>dòng_x000D_</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c></x:row>
</x:sheetData></x:worksheet>`;
    expect(readXlsxRows(handWorkbook(sheet))).toEqual([['A & B', '1'], [], ['', '2025-12-09', '2025-12-09 18:00', 'dòng\r', '#N/A']]);
  });

  it('refuses bytes that are not a zip', () => {
    expect(() => readXlsxRows(new TextEncoder().encode('Tên thủ tục,Ngày\n'))).toThrow(
      new XlsxReadError('Tệp không phải bảng tính .xlsx hợp lệ.'),
    );
  });

  it('refuses a zip without a workbook', () => {
    expect(() => readXlsxRows(zipSync({ 'a.txt': strToU8('x') }))).toThrow(XlsxReadError);
  });

  it('refuses malformed sheet XML', () => {
    expect(() => readXlsxRows(handWorkbook('<worksheet><sheetData><row><c><v>1</v></row></sheetData></worksheet>'))).toThrow(
      new XlsxReadError('Bảng tính .xlsx bị hỏng (nội dung XML không đọc được).'),
    );
    expect(() => readXlsxRows(handWorkbook('<!DOCTYPE x [<!ENTITY a "b">]><worksheet/>'))).toThrow(XlsxReadError);
  });

  it('refuses a sheet that inflates past the limit, from its declared size, quickly', () => {
    // 70 MB of one repeated byte deflates to about 70 KB: a small zip bomb.
    const bomb = new Uint8Array(70 * 1024 * 1024).fill(0x20);
    const bytes = zipSync({
      '_rels/.rels': strToU8(
        '<Relationships><Relationship Id="r" Type="x/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
      'xl/workbook.xml': strToU8('<workbook><sheets><sheet r:id="s1"/></sheets></workbook>'),
      'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="s1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
      'xl/worksheets/sheet1.xml': [bomb, { level: 1 }],
    });
    expect(bytes.length).toBeLessThan(1024 * 1024);
    expect(70 * 1024 * 1024).toBeGreaterThan(MAX_XLSX_UNZIPPED_BYTES);
    expect(() => readXlsxRows(bytes)).toThrow(/quá lớn/);
  });
});

describe('excelSerialToText', () => {
  it('follows the 1900 system with its phantom leap day, and the 1904 system', () => {
    expect(excelSerialToText(1, 'date')).toBe('1900-01-01');
    expect(excelSerialToText(59, 'date')).toBe('1900-02-28');
    expect(excelSerialToText(61, 'date')).toBe('1900-03-01');
    // Excel's DATE(2026,2,17) (Tết 2026) is 46070: 45658 (2025-01-01) + 365 (2025) + 31 (Jan) + 16.
    expect(excelSerialToText(46070, 'date')).toBe('2026-02-17');
    // 0.354166… = 8.5 / 24 → 08:30 despite the float noise.
    expect(excelSerialToText(46070 + 8.5 / 24, 'dateTime')).toBe('2026-02-17 08:30');
    expect(excelSerialToText(8.5 / 24, 'time')).toBe('08:30');
    expect(excelSerialToText(0, 'date', true)).toBe('1904-01-01');
  });
});
