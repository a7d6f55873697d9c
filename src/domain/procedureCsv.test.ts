import { describe, expect, it } from 'vitest';
import { importProcedureCsv, procedureCsvTemplate } from './procedureCsv.ts';

const HEADER = 'Mã TTHC,Tên thủ tục,Lĩnh vực,Thời hạn,Đơn vị thời hạn,Giờ tiếp nhận cuối,Có phí, lệ phí,Kết quả bản giấy,Chứng thực bản sao';
// The "Có phí, lệ phí" header holds a comma, so real files quote it.
const header = HEADER.replace('Có phí, lệ phí', '"Có phí, lệ phí"');

describe('importProcedureCsv', () => {
  it('reads the downloadable template back', () => {
    const result = importProcedureCsv(procedureCsvTemplate());
    expect(result).toEqual({
      ok: true,
      procedures: [
        { id: '1.001193', code: '1.001193', name: 'Đăng ký khai sinh', field: 'Hộ tịch', timeLimit: { unit: 'same_day' }, cutoff: '15:00', hasFee: false, paperResult: true, certifiedCopy: false },
        { id: 'cap-giay-xac-nhan-tinh-trang-hon-nhan', name: 'Cấp Giấy xác nhận tình trạng hôn nhân', field: 'Hộ tịch', timeLimit: { unit: 'working_days', amount: 3 }, hasFee: true, paperResult: true, certifiedCopy: false },
      ],
    });
  });

  it('matches headers without diacritics, in any order, with optional columns absent', () => {
    const text = 'linh vuc;ten thu tuc;don vi thoi han;thoi han;co phi, le phi\nChứng thực;Chứng thực chữ ký;trong ngày;;có\n';
    const result = importProcedureCsv(text);
    expect(result.ok && result.procedures[0]).toMatchObject({ name: 'Chứng thực chữ ký', field: 'Chứng thực', timeLimit: { unit: 'same_day' }, hasFee: true, paperResult: true });
  });

  it('names every bad line and imports nothing', () => {
    const text = [
      header,
      ',Đăng ký khai tử,Hộ tịch,,trong ngày,,không,,', // line 2: fine
      ',Thủ tục A,Hộ tịch,ba,ngày làm việc,,có,,', // line 3: amount not a number
      ',,Hộ tịch,2,ngày làm việc,,có,,', // line 4: empty name
      '9.99,Thủ tục B,Đất đai,5,tuần,,có,,', // line 5: bad unit
      ',Thủ tục C,Đất đai,5,ngày làm việc,25:00,có,,', // line 6: bad cut-off
      ',Đăng ký khai tử,Hộ tịch,,trong ngày,,không,,', // line 7: duplicate of line 2
      ',Thủ tục D,Đất đai,5,ngày làm việc,,có lẽ,,', // line 8: bad yes/no
    ].join('\n');
    const result = importProcedureCsv(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.line)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(result.errors[0]?.message).toContain('«Thời hạn»');
    expect(result.errors[1]?.message).toContain('«Tên thủ tục»');
    expect(result.errors[2]?.message).toContain('«Đơn vị thời hạn»');
    expect(result.errors[3]?.message).toContain('«Giờ tiếp nhận cuối»');
    expect(result.errors[4]?.message).toBe('trùng thủ tục ở dòng 2');
    expect(result.errors[5]?.message).toContain('«Có phí, lệ phí»');
  });

  it('refuses a file with missing columns, an empty file, and text in the wrong encoding', () => {
    expect(importProcedureCsv('Tên thủ tục\nA')).toEqual({ ok: false, errors: [{ line: 1, message: 'thiếu cột «Lĩnh vực», «Đơn vị thời hạn», «Có phí, lệ phí». Hãy dùng tệp mẫu.' }] });
    expect(importProcedureCsv('')).toEqual({ ok: false, errors: [{ line: 1, message: 'tệp trống.' }] });
    expect(importProcedureCsv(`${header}\n,Th\uFFFD t\uFFFDc,H\uFFFD t\uFFFDch,,trong ngày,,không,,`).ok).toBe(false);
  });
});
