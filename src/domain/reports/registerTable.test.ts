import { describe, expect, it } from 'vitest';
import { OCTOBER, octoberDossiers } from './octoberFixture.ts';
import { registerDossiers, registerTable } from './registerTable.ts';

/** The last instant of 31/10/2026 in Hà Nội: what the notes of open dossiers are judged at. */
const END_OF_OCTOBER = '2026-10-31T16:59:59.999Z';
const UNIT = 'UBND xã Cam Thịnh Tây';

describe('registerDossiers', () => {
  it('keeps October receipts by Hà Nội day, voided aside, oldest first', () => {
    // Received in October: DD-02 02/10, HT-03 05/10, HT-04 07/10, CT-01 12/10, (CT-04 15/10 voided),
    // CT-02 20/10, CT-03 26/10, HT-05 31/10 23:30 (16:30 UTC, still 31/10 in Hà Nội).
    // Not: HT-01, HT-02, DD-01, DD-03 (September), DD-04 (November).
    const shuffled = octoberDossiers().reverse();
    expect(registerDossiers(shuffled, OCTOBER).map((d) => d.code)).toEqual(['DD-02', 'HT-03', 'HT-04', 'CT-01', 'CT-02', 'CT-03', 'HT-05']);
  });
});

describe('registerTable: Mẫu 07 of October 2026 (worked by hand from octoberFixture.ts)', () => {
  const entries = registerDossiers(octoberDossiers(), OCTOBER);

  it('has the Mẫu 07 header, the dates grouped on two rows', () => {
    const table = registerTable(entries, { unitName: UNIT, periodLabel: 'Tháng 10/2026', includePersonal: false });
    expect(table.title).toEqual([UNIT, 'SỔ THEO DÕI HỒ SƠ', 'Tháng 10/2026']);
    expect(table.header).toEqual([
      ['TT', 'Mã hồ sơ', 'Tên TTHC', 'Số lượng hồ sơ', 'Tên tổ chức, cá nhân', 'Địa chỉ, số điện thoại', 'Cơ quan chủ trì giải quyết', 'Ngày, tháng, năm', null, null, null, null, 'Ký nhận', 'Ghi chú'],
      ['', '', '', '', '', '', '', 'Nhận hồ sơ', 'Hẹn trả kết quả', 'Chuyển hồ sơ đến cơ quan giải quyết', 'Nhận kết quả từ cơ quan giải quyết', 'Trả kết quả', '', ''],
    ]);
  });

  it('writes one line per dossier, personal columns empty by default (Decree 13/2023)', () => {
    const table = registerTable(entries, { unitName: UNIT, periodLabel: 'Tháng 10/2026', includePersonal: false, asOf: END_OF_OCTOBER, officerNames: new Map([['lan', 'Lê Thị Lan']]) });
    const by = 'Người tiếp nhận: Lê Thị Lan';
    // Columns: TT, code, procedure, 1, name, address/phone, unit, received (hh:mm dd/mm/yyyy),
    //          appointment, hand-over (never recorded), resolved day, returned day, signature, notes.
    expect(table.rows).toEqual([
      // DD-02: resolved 19/10 = due 19/10 → Đúng hạn; online; one supplement answered.
      [1, 'DD-02', 'Đăng ký biến động đất đai', 1, '', '', UNIT, '08:00 02/10/2026', '19/10/2026', '', '19/10/2026', '20/10/2026', '', `Đúng hạn; Nộp trực tuyến toàn trình; Đã bổ sung 1 lần; ${by}`],
      // HT-03: resolved on its due day 05/10, returned 06/10 → Đúng hạn; online.
      [2, 'HT-03', 'Đăng ký khai sinh', 1, '', '', UNIT, '08:30 05/10/2026', '05/10/2026', '', '05/10/2026', '06/10/2026', '', `Đúng hạn; Nộp trực tuyến toàn trình; ${by}`],
      // HT-04: appointment moved to 14/10 by the apology; resolved 13/10 > due 09/10 → Trễ hạn.
      [3, 'HT-04', 'Cấp Giấy xác nhận tình trạng hôn nhân', 1, '', '', UNIT, '14:00 07/10/2026', '14/10/2026', '', '13/10/2026', '13/10/2026', '', `Trễ hạn; Nộp qua bưu chính công ích; Xin lỗi, hẹn lại 14/10/2026; Trả qua bưu chính; ${by}`],
      // CT-01: resolved 12/10 on its due day, not returned yet.
      [4, 'CT-01', 'Chứng thực bản sao từ bản chính', 1, '', '', UNIT, '09:00 12/10/2026', '12/10/2026', '', '12/10/2026', '', '', `Đúng hạn; ${by}`],
      // CT-02: open, due 22/10 < 31/10 → overdue at the end of October.
      [5, 'CT-02', 'Chứng thực bản sao từ bản chính', 1, '', '', UNIT, '08:00 20/10/2026', '22/10/2026', '', '', '', '', `Đang giải quyết, quá hạn; Nộp trực tuyến một phần; ${by}`],
      // CT-03: waiting for documents asked 27/10.
      [6, 'CT-03', 'Chứng thực bản sao từ bản chính', 1, '', '', UNIT, '08:00 26/10/2026', '28/10/2026', '', '', '', '', `Chờ bổ sung từ 27/10/2026; ${by}`],
      // HT-05: 23:30 on 31/10 Hà Nội time; due 03/11: within.
      [7, 'HT-05', 'Đăng ký khai sinh', 1, '', '', UNIT, '23:30 31/10/2026', '03/11/2026', '', '', '', '', `Đang giải quyết; ${by}`],
    ]);
  });

  it('fills name, address and phone only when asked', () => {
    const table = registerTable(entries, { unitName: UNIT, periodLabel: 'Tháng 10/2026', includePersonal: true });
    // HT-03 (line 2) has all three; HT-04 (line 3) a name only; the others none.
    expect(table.rows.map((r) => [r[4], r[5]])).toEqual([
      ['', ''],
      ['Nguyễn Văn An', 'Thôn Trung, xã Cam Thịnh Tây; 0912 345 678'],
      ['Trần Thị Bích', ''],
      ['', ''],
      ['', ''],
      ['', ''],
      ['', ''],
    ]);
    const withoutPersonal = registerTable(entries, { unitName: UNIT, periodLabel: 'Tháng 10/2026', includePersonal: false });
    expect(JSON.stringify(withoutPersonal)).not.toMatch(/Nguyễn Văn An|0912|Thôn Trung|Trần Thị Bích/);
  });

  it('writes an ended dossier with its reason, and an open one without asOf as just in progress', () => {
    const all = octoberDossiers();
    const rejected = all.find((d) => d.code === 'DD-01')!;
    const open = all.find((d) => d.code === 'CT-02')!;
    const table = registerTable([rejected, open], { unitName: UNIT, periodLabel: 'x', includePersonal: false });
    expect(table.rows.map((r) => r[13])).toEqual(['Từ chối: Hồ sơ không đủ điều kiện', 'Đang giải quyết; Nộp trực tuyến một phần']);
  });
});
