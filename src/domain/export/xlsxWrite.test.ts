import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sanitizeSheetNames } from './xlsxWriteSheetNames.ts';
import type { Table } from './table.ts';
import { tablesToXlsx } from './xlsxWrite.ts';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

const bieu06: Table = {
  name: 'Bieu-06',
  title: ['UBND xã An Bình', 'Tháng 10/2026'],
  header: [
    ['Lĩnh vực', 'Tiếp nhận', null, 'Đã giải quyết'],
    ['', 'Tổng', 'Trực tuyến', 'Tổng'],
  ],
  rows: [
    ['Hộ tịch', 120, 45, 118.5],
    ['Chứng thực <bản sao> & "dịch"', 0, null, 3],
  ],
};

describe('tablesToXlsx', () => {
  it('opens in exceljs with titles, header, body values, numbers kept numeric and merges', async () => {
    const workbook = await load(tablesToXlsx([bieu06]));
    const sheet = workbook.getWorksheet(1)!;
    expect(sheet.name).toBe('Bieu-06');
    // Layout: titles on rows 1–2, a blank row 3, header rows 4–5, body from row 6.
    expect(sheet.getCell('A1').value).toBe('UBND xã An Bình');
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('A1').font?.size).toBe(14);
    expect(sheet.getCell('A2').value).toBe('Tháng 10/2026');
    expect(sheet.getCell('A3').value).toBeNull();
    expect(sheet.getCell('A4').value).toBe('Lĩnh vực');
    expect(sheet.getCell('B4').value).toBe('Tiếp nhận');
    expect(sheet.getCell('B4').font?.bold).toBe(true);
    expect(sheet.getCell('B4').border?.top?.style).toBe('thin');
    expect(sheet.getCell('B4').alignment?.wrapText).toBe(true);
    expect(sheet.getCell('C5').value).toBe('Trực tuyến');
    expect(sheet.getCell('A6').value).toBe('Hộ tịch');
    expect(sheet.getCell('B6').value).toBe(120);
    expect(sheet.getCell('D6').value).toBe(118.5);
    expect(sheet.getCell('A7').value).toBe('Chứng thực <bản sao> & "dịch"');
    expect(sheet.getCell('B7').value).toBe(0);
    expect(sheet.getCell('C7').value).toBeNull();
    // The null after "Tiếp nhận" merges B4:C4; exceljs reports the slave cell as merged into B4.
    expect(sheet.getCell('C4').isMerged).toBe(true);
    expect(sheet.getCell('C4').master.address).toBe('B4');
    expect(sheet.getCell('D4').isMerged).toBe(false);
  });

  it('freezes below the header, sets A4 landscape fit to width and repeats the header rows', async () => {
    const sheet = (await load(tablesToXlsx([bieu06]))).getWorksheet(1)!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(sheet.pageSetup.paperSize).toBe(9);
    expect(sheet.pageSetup.orientation).toBe('landscape');
    expect(sheet.pageSetup.fitToWidth).toBe(1);
    expect(sheet.pageSetup.fitToHeight).toBe(0);
    expect(sheet.pageSetup.printTitlesRow).toBe('4:5');
  });

  it('sizes columns from their content', async () => {
    const sheet = (await load(tablesToXlsx([bieu06]))).getWorksheet(1)!;
    // Column A's longest text is 'Chứng thực <bản sao> & "dịch"': 29 characters + 2 of padding.
    expect(sheet.getColumn(1).width).toBe(31);
    // Column C holds "Trực tuyến" (10) and 45: 10 + 2.
    expect(sheet.getColumn(3).width).toBe(12);
  });

  it('writes one sheet per table with sanitized, unique names', async () => {
    const tables: Table[] = [
      { name: 'Sổ: theo/dõi [2026]?', title: [], header: [['A']], rows: [['x']] },
      { name: 'sổ  theo dõi  2026', title: [], header: [], rows: [[1]] },
      { name: 'Một tên rất dài vượt quá ba mươi mốt ký tự', title: [], header: [], rows: [] },
    ];
    const workbook = await load(tablesToXlsx(tables));
    // "Sổ: theo/dõi [2026]?" → forbidden characters become spaces, runs of spaces collapse.
    // The second folds to the same name ignoring case, so it gets " (2)".
    // The third is cut to 31 characters: "Một tên rất dài vượt quá ba mươ" (31 code points).
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Sổ theo dõi 2026',
      'sổ theo dõi 2026 (2)',
      'Một tên rất dài vượt quá ba mươ',
    ]);
    expect(workbook.worksheets[1]!.getCell('A1').value).toBe(1);
    // No header: no frozen pane.
    expect(workbook.worksheets[1]!.views[0]?.state ?? 'normal').toBe('normal');
  });

  it('drops characters XML cannot hold instead of producing a broken file', async () => {
    const table: Table = { name: 'x', title: [], header: [['Ghi\u0001chú']], rows: [['a\u0000b\u000Bc', ' lề ']] };
    const sheet = (await load(tablesToXlsx([table]))).getWorksheet(1)!;
    expect(sheet.getCell('A1').value).toBe('Ghichú');
    expect(sheet.getCell('A2').value).toBe('abc');
    expect(sheet.getCell('B2').value).toBe(' lề ');
  });

  it('merges a header cell across every null after it, and cuts text at Excel\'s cell limit', async () => {
    const table: Table = { name: 'x', title: [], header: [['Nhận', null, null, 'Xong', null]], rows: [['a'.repeat(40_000)]] };
    const sheet = (await load(tablesToXlsx([table]))).getWorksheet(1)!;
    // Nhận spans A1:C1 (two nulls), Xong spans D1:E1.
    expect(['B1', 'C1'].map((ref) => sheet.getCell(ref).master.address)).toEqual(['A1', 'A1']);
    expect(sheet.getCell('E1').master.address).toBe('D1');
    expect(sheet.getCell('D1').isMerged).toBe(true);
    expect(String(sheet.getCell('A2').value)).toHaveLength(32_767);
  });

  it('contains the parts Excel and LibreOffice need', () => {
    const parts = Object.keys(unzipSync(tablesToXlsx([bieu06])));
    expect(parts[0]).toBe('[Content_Types].xml');
    expect(parts).toEqual(
      expect.arrayContaining([
        '_rels/.rels',
        'xl/workbook.xml',
        'xl/_rels/workbook.xml.rels',
        'xl/styles.xml',
        'xl/sharedStrings.xml',
        'xl/worksheets/sheet1.xml',
      ]),
    );
  });

  it('writes one empty sheet for no tables, since a workbook needs a sheet', async () => {
    const workbook = await load(tablesToXlsx([]));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Trang 1']);
  });
});

describe('sanitizeSheetNames', () => {
  it('avoids the reserved name, apostrophes at the ends and blanks', () => {
    expect(sanitizeSheetNames(['History', "'Sổ'", '  ', '[]'])).toEqual(['History 1', 'Sổ', 'Trang 3', 'Trang 4']);
  });
});
