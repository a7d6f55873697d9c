import { describe, expect, it } from 'vitest';
import { STARTER_PROCEDURES } from '../starterProcedures.ts';
import { isUuidv7 } from '../uuidv7.ts';
import { weekendOnlyCalendar } from '../workingDays.ts';
import { MAX_REGISTER_FILE_BYTES } from './decodeRegisterFile.ts';
import { describeProblems } from './importProblems.ts';
import { MAX_IMPORT_ROWS, planRegisterImport, type RegisterImportPlan } from './planRegisterImport.ts';
import { registerCsvTemplate } from './registerTemplate.ts';

const context = { catalogue: STARTER_PROCEDURES, calendar: weekendOnlyCalendar, now: new Date('2026-11-26T03:00:00Z') };
const utf8 = (text: string) => new TextEncoder().encode(text);
const plan = (text: string, extra: Partial<typeof context> & { officerId?: string } = {}) => planRegisterImport(utf8(text), { ...context, ...extra });

function problemsOf(result: RegisterImportPlan): string[] {
  if (result.ok) throw new Error('expected the import to be refused');
  return describeProblems(result.problems);
}
function rowsOf(result: RegisterImportPlan) {
  if (!result.ok) throw new Error(`expected rows, got ${describeProblems(result.problems).join('\n')}`);
  return result.rows;
}

const HEADER = 'Tên thủ tục,Ngày nhận hồ sơ,Ngày giải quyết xong,Ngày trả kết quả,Trạng thái,Lĩnh vực,Thời hạn (ngày làm việc)';

describe('planRegisterImport: good files', () => {
  it('reads the template rows into dossiers, worked by hand', async () => {
    const [first, second] = rowsOf(await plan(registerCsvTemplate(), { officerId: 'lan' }));
    // Row 1 (line 2): mã TTHC 1.001193 is the starter "Đăng ký khai sinh" (same day, cut-off 15:00).
    // 05/01/2026 08:30 Vietnam time = 01:30 UTC; a Monday, before 15:00 → due the same day.
    expect(first!.line).toBe(2);
    expect(first!.dossier).toMatchObject({
      code: 'HS-2026-0001',
      procedure: { id: 'khai-sinh' },
      channel: 'in_person',
      officerId: 'lan',
      receivedAt: '2026-01-05T01:30:00.000Z',
      dueDate: '2026-01-05',
      appointmentDate: '2026-01-05',
      status: 'returned',
      resolvedAt: '2026-01-05T03:00:00.000Z',
      returnedAt: '2026-01-05T03:15:00.000Z',
      digitized: true,
      electronicResult: true,
      reusedData: false,
      paidOnline: false,
      syncedToPortal: true,
      returnedByPost: false,
      satisfaction: 'satisfied',
      applicant: { name: 'Nguyễn Văn A', address: 'Thôn 1', phone: '0912345678' },
      updatedAt: '2026-01-05T03:15:00.000Z',
    });
    // Row 2 (line 3): 3 working days from Tuesday 06/01/2026 → Wed 7, Thu 8, Fri 9.
    expect(second!.line).toBe(3);
    expect(second!.dossier).toMatchObject({
      procedure: { id: 'xac-nhan-tinh-trang-hon-nhan' },
      channel: 'online_full',
      receivedAt: '2026-01-06T07:00:00.000Z',
      dueDate: '2026-01-09',
      status: 'received',
      digitized: true,
      reusedData: true,
      paidOnline: true,
    });
    expect(second!.dossier.endReason).toBeUndefined();
    expect(second!.dossier.applicant).toBeUndefined();
  });

  it('derives the same valid UUIDv7 ids on every import, with the receipt time in the time bits', async () => {
    const a = rowsOf(await plan(registerCsvTemplate()));
    const b = rowsOf(await plan(registerCsvTemplate(), { officerId: 'someone-else' }));
    expect(a.map((r) => r.dossier.id)).toEqual(b.map((r) => r.dossier.id));
    for (const { dossier } of a) {
      expect(isUuidv7(dossier.id)).toBe(true);
      expect(parseInt(dossier.id.replace(/-/g, '').slice(0, 12), 16)).toBe(Date.parse(dossier.receivedAt));
    }
    expect(new Set(a.map((r) => r.dossier.id)).size).toBe(2);
  });

  it('gives two identical rows two ids (two citizens in the same minute)', async () => {
    const rows = rowsOf(await plan(`Tên thủ tục,Ngày nhận hồ sơ\nChứng thực chữ ký,02/03/2026 09:00\nChứng thực chữ ký,02/03/2026 09:00\n`));
    expect(rows).toHaveLength(2);
    expect(rows[0]!.dossier.id).not.toBe(rows[1]!.dossier.id);
  });

  it('matches headers without case or diacritics, reads .xlsx-style dates, and fills times of bare dates', async () => {
    const text = 'TEN THU TUC;ngay nhan ho so;NGAY GIAI QUYET XONG;hinh thuc nop\nĐăng ký khai tử;2026-03-02 16:45;02/03/2026;trực tuyến\nĐăng ký kết hôn;03/03/2026;2026-03-04;Bưu chính\n';
    const [a, b] = rowsOf(await plan(text));
    // 16:45 VN = 09:45 UTC; the bare resolution date on the same day is 17:00 VN = 10:00 UTC.
    expect(a!.dossier).toMatchObject({ receivedAt: '2026-03-02T09:45:00.000Z', resolvedAt: '2026-03-02T10:00:00.000Z', status: 'resolved', channel: 'online_partial' });
    // A bare receipt date is 08:00 VN = 01:00 UTC; the bare resolution date 04/03 17:00 VN = 10:00 UTC.
    expect(b!.dossier).toMatchObject({ receivedAt: '2026-03-03T01:00:00.000Z', resolvedAt: '2026-03-04T10:00:00.000Z', channel: 'postal' });
  });

  it('resolves a bare date after a late receipt to the receipt time, never before it', async () => {
    const [row] = rowsOf(await plan('Tên thủ tục,Ngày nhận hồ sơ,Ngày trả kết quả\nĐăng ký khai tử,02/03/2026 17:30,02/03/2026\n'));
    // Received 17:30 VN (10:30 UTC); the bare return date falls back to that instant, not 17:00.
    expect(row!.dossier).toMatchObject({ status: 'returned', resolvedAt: '2026-03-02T10:30:00.000Z', returnedAt: '2026-03-02T10:30:00.000Z' });
  });

  it('skips title lines above the header and keeps the line numbers the officer sees', async () => {
    const text = 'UBND xã An Bình\nSổ theo dõi hồ sơ\n\nTT,Tên thủ tục,Ngày nhận hồ sơ,Ghi chú\n1,Đăng ký khai tử,02/03/2026 09:00,"hai\ndòng"\n2,Không có thủ tục này,02/03/2026 09:00,\n';
    // Line 5 holds a two-line note, so the next row starts on line 7.
    expect(problemsOf(await plan(text))).toEqual([
      'Dòng 7: thủ tục "Không có thủ tục này" không có trong danh mục; hãy thêm vào danh mục (Cài đặt) hoặc ghi «Lĩnh vực» và «Thời hạn (ngày làm việc)»',
    ]);
  });

  it('builds a procedure that is not in the catalogue from Lĩnh vực and Thời hạn', async () => {
    const [row] = rowsOf(await plan(`${HEADER}\nCấp phép đào đường,04/03/2026 10:00,,,,Giao thông,5\n`));
    // Wednesday 04/03/2026 + 5 working days: Thu 5, Fri 6, Mon 9, Tue 10, Wed 11.
    expect(row!.dossier.procedure).toEqual({
      id: 'cap-phep-dao-duong',
      name: 'Cấp phép đào đường',
      field: 'Giao thông',
      timeLimit: { unit: 'working_days', amount: 5 },
      hasFee: false,
      paperResult: true,
      certifiedCopy: false,
    });
    expect(row!.dossier.dueDate).toBe('2026-03-11');
  });

  it('uses a given Ngày hẹn trả as the deadline', async () => {
    const [row] = rowsOf(await plan('Tên thủ tục,Ngày nhận hồ sơ,Ngày hẹn trả\nChứng thực hợp đồng, giao dịch,02/03/2026 09:00,20/03/2026\n'.replace('Chứng thực hợp đồng, giao dịch', '"Chứng thực hợp đồng, giao dịch"')));
    expect(row!.dossier).toMatchObject({ dueDate: '2026-03-20', appointmentDate: '2026-03-20' });
  });

  it('reads rejected, withdrawn and stopped dossiers with their end date and reason', async () => {
    const rows = rowsOf(
      await plan(`Tên thủ tục,Ngày nhận hồ sơ,Ngày giải quyết xong,Trạng thái,Ghi chú\nĐăng ký khai tử,02/03/2026 09:00,02/03/2026 10:00,Từ chối,Thiếu giấy báo tử\nĐăng ký khai tử,02/03/2026 09:30,03/03/2026 10:00,Rút hồ sơ,\n`),
    );
    expect(rows[0]!.dossier).toMatchObject({ status: 'rejected', endedAt: '2026-03-02T03:00:00.000Z', endReason: 'Thiếu giấy báo tử' });
    expect(rows[0]!.dossier.resolvedAt).toBeUndefined();
    expect(rows[1]!.dossier).toMatchObject({ status: 'withdrawn', endedAt: '2026-03-03T03:00:00.000Z' });
  });

  it('accepts UTF-16 with its BOM', async () => {
    const text = 'Tên thủ tục,Ngày nhận hồ sơ\nĐăng ký khai tử,02/03/2026 09:00\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i += 1) {
      bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    expect(rowsOf(await planRegisterImport(bytes, context))[0]!.dossier.procedure.id).toBe('khai-tu');
  });
});

describe('planRegisterImport: refused files, every problem by line', () => {
  it('names unknown and missing columns', async () => {
    expect(problemsOf(await plan('Tên thủ tục,Ngày sinh,Lĩnh vực\nĐăng ký khai tử,01/01/1990,Hộ tịch\n'))).toEqual([
      'Dòng 1: cột không có trong mẫu: «Ngày sinh». Hãy đổi tên cho đúng mẫu hoặc xóa cột đó.',
      'Dòng 1: thiếu cột «Ngày nhận hồ sơ».',
    ]);
    expect(problemsOf(await plan('Họ tên,Địa chỉ\nA,B\n'))).toEqual([
      'Dòng 1: thiếu cột «Ngày nhận hồ sơ».',
      'Dòng 1: thiếu cột «Tên thủ tục» (hoặc «Mã TTHC»).',
    ]);
    expect(problemsOf(await plan('a,b\n1,2\n'))[0]).toMatch(/^Dòng 1: không thấy dòng tên cột/);
  });

  it('lists bad dates, unknown values and impossible orders, each on its line', async () => {
    const text = [
      HEADER,
      'Đăng ký khai tử,31/02/2026 09:00,,,,,', // line 2: no 31 February
      'Đăng ký khai tử,02/03/2026 25:00,,,,,', // line 3: no hour 25
      'Đăng ký khai tử,02/03/2026 09:00,01/03/2026 10:00,,,,', // line 4: resolved before received
      'Đăng ký khai tử,02/03/2026 09:00,02/03/2026 10:00,,Đang giải quyết,,', // line 5: in progress with a resolution
      'Đăng ký khai tử,,,,,,', // line 6: no receipt date
      'Đăng ký khai tử,02/03/2026 09:00,,,Xong rồi,,', // line 7: unknown status
      'Đăng ký khai tử,02/03/2026 09:00,,,Từ chối,,', // line 8: rejected without an end date
      'Đăng ký khai tử,02/12/2026 09:00,,,,,', // line 9: after "now" (26/11/2026) + 1 day
      'Thủ tục lạ,02/03/2026 09:00,,,,Hộ tịch,ba', // line 10: time limit not a number
    ].join('\r\n');
    expect(problemsOf(await plan(text))).toEqual([
      'Dòng 2: «Ngày nhận hồ sơ» phải có dạng dd/mm/yyyy hh:mm hoặc dd/mm/yyyy (đang là "31/02/2026 09:00")',
      'Dòng 3: «Ngày nhận hồ sơ» phải có dạng dd/mm/yyyy hh:mm hoặc dd/mm/yyyy (đang là "02/03/2026 25:00")',
      'Dòng 4: «Ngày giải quyết xong» trước «Ngày nhận hồ sơ»',
      'Dòng 5: «Trạng thái» là đang giải quyết nhưng đã có «Ngày giải quyết xong»',
      'Dòng 6: thiếu «Ngày nhận hồ sơ»',
      'Dòng 7: «Trạng thái» phải là "Đang giải quyết", "Đã giải quyết", "Đã trả kết quả", "Từ chối", "Rút hồ sơ" hoặc "Dừng giải quyết" (đang là "Xong rồi")',
      'Dòng 8: hồ sơ bị từ chối, rút hoặc dừng cần ngày kết thúc ở cột «Ngày giải quyết xong»',
      'Dòng 9: «Ngày nhận hồ sơ» ở tương lai (02/12/2026 09:00)',
      'Dòng 10: «Thời hạn (ngày làm việc)» phải là số ngày làm việc từ 0 đến 365, hoặc "trong ngày" (đang là "ba")',
      'Dòng 10: thủ tục "Thủ tục lạ" không có trong danh mục; hãy thêm vào danh mục (Cài đặt) hoặc ghi «Lĩnh vực» và «Thời hạn (ngày làm việc)»',
    ]);
  });

  it('refuses bad flags, channels, ratings, phone numbers and repeated dossier codes', async () => {
    const text = [
      'Mã hồ sơ,Tên thủ tục,Ngày nhận hồ sơ,Số hóa,Hình thức nộp,Mức độ hài lòng,Số điện thoại',
      'A1,Đăng ký khai tử,02/03/2026 09:00,có lẽ,,,',
      'A2,Đăng ký khai tử,02/03/2026 09:00,,Fax,,',
      'A3,Đăng ký khai tử,02/03/2026 09:00,,,Tuyệt vời,',
      'A4,Đăng ký khai tử,02/03/2026 09:00,,,,số máy bàn',
      'a 1,Đăng ký khai tử,02/03/2026 10:00,,,,',
    ].join('\n');
    expect(problemsOf(await plan(text))).toEqual([
      'Dòng 2: «Số hóa» phải là "Có" hoặc "Không" (đang là "có lẽ")',
      'Dòng 3: «Hình thức nộp» phải là "Trực tiếp", "Trực tuyến toàn trình", "Trực tuyến một phần" hoặc "Bưu chính" (đang là "Fax")',
      'Dòng 4: «Mức độ hài lòng» phải là "Rất hài lòng", "Hài lòng", "Chấp nhận được" hoặc "Không hài lòng" (đang là "Tuyệt vời")',
      'Dòng 5: «Số điện thoại» chỉ gồm chữ số, dấu cách và + . ( ) -, tối đa 20 ký tự (đang là "số máy bàn")',
      // "a 1" is stored as "A1" (spaces dropped, upper case): the same code as line 2.
      'Dòng 6: «Mã hồ sơ» A1 trùng với dòng 2',
    ]);
  });

  it('lists the first 50 problems and counts the rest', async () => {
    const rows = Array.from({ length: 60 }, () => 'Đăng ký khai tử,hôm qua');
    const lines = problemsOf(await plan(['Tên thủ tục,Ngày nhận hồ sơ', ...rows].join('\n')));
    expect(lines).toHaveLength(51);
    expect(lines[0]).toMatch(/^Dòng 2: /);
    expect(lines[49]).toMatch(/^Dòng 51: /);
    expect(lines[50]).toBe('… và 10 lỗi khác.');
  });

  it('refuses bytes that are not UTF-8 (Windows-1258 / latin1) with a clear message', async () => {
    // "Tên" in Windows-1258 is 54 EA 6E: EA alone is not valid UTF-8.
    const bytes = new Uint8Array([0x54, 0xea, 0x6e, 0x2c, 0x4e, 0x0a, 0x41, 0x2c, 0x42, 0x0a]);
    const [message] = problemsOf(await planRegisterImport(bytes, context));
    expect(message).toMatch(/^Tệp không phải mã UTF-8/);
    expect(message).toContain('CSV UTF-8');
  });

  it('refuses a file over the size limit without reading it', async () => {
    const bytes = new Uint8Array(MAX_REGISTER_FILE_BYTES + 1);
    expect(problemsOf(await planRegisterImport(bytes, context))).toEqual([
      'Tệp quá lớn (20 MB; tối đa 20 MB). Hãy chia sổ thành nhiều tệp, ví dụ mỗi năm một tệp.',
    ]);
  });

  it('refuses more rows than the limit', async () => {
    const row = 'Đăng ký khai tử,02/03/2026 09:00\n';
    const text = `Tên thủ tục,Ngày nhận hồ sơ\n${row.repeat(MAX_IMPORT_ROWS + 1)}`;
    expect(problemsOf(await plan(text))).toEqual(['Tệp có 50.001 dòng hồ sơ, nhiều hơn mức tối đa 50.000 mỗi lần nhập. Hãy chia thành nhiều tệp.']);
  });

  it('refuses UTF-16 without its BOM (NUL bytes) as a wrong encoding', async () => {
    // "Ten,A" in UTF-16LE without a BOM: 54 00 65 00 6E 00 2C 00 41 00. Valid UTF-8 bytes, but NUL characters.
    const [message] = problemsOf(await planRegisterImport(new Uint8Array([0x54, 0, 0x65, 0, 0x6e, 0, 0x2c, 0, 0x41, 0]), context));
    expect(message).toMatch(/^Tệp không phải mã UTF-8/);
  });

  it('refuses an old .xls and a broken .xlsx', async () => {
    expect(problemsOf(await planRegisterImport(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), context))[0]).toMatch(/^Tệp \.xls/);
    expect(problemsOf(await planRegisterImport(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), context))).toEqual(['Tệp không phải bảng tính .xlsx hợp lệ.']);
  });

  it('refuses an empty file and a header without rows', async () => {
    expect(problemsOf(await plan(''))).toEqual(['Tệp trống.']);
    expect(problemsOf(await plan('Tên thủ tục,Ngày nhận hồ sơ\n'))).toEqual(['Dòng 1: tệp không có dòng hồ sơ nào dưới dòng tên cột.']);
  });
});
