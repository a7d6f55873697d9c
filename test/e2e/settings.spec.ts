import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createVietnamWorkingCalendar } from '../../src/domain/calendar/index.ts';
import { appointmentDateFor } from '../../src/domain/dossierLifecycle.ts';
import { findStarterProcedure } from '../../src/domain/starterProcedures.ts';
import { addCalendarDays, vietnamDateKey, type DateKey } from '../../src/domain/vietnamTime.ts';
import { DeskPage } from './support/deskPage.ts';

const HEADER = 'Mã TTHC,Tên thủ tục,Lĩnh vực,Thời hạn,Đơn vị thời hạn,Giờ tiếp nhận cuối,"Có phí, lệ phí",Kết quả bản giấy,Chứng thực bản sao';

function csv(...rows: string[]): Buffer {
  return Buffer.from(`\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n`, 'utf-8');
}

/** "27/11/2026", as the preview and the desk show dates. */
function shortDay(day: DateKey): string {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}

/** The "Cài đặt" screen, found the way an officer (or a screen reader) finds it. */
class SettingsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Chức năng chính' }).getByRole('link', { name: 'Cài đặt', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Cài đặt', level: 1 })).toBeVisible();
  }

  section(name: 'Cán bộ' | 'Kỳ báo cáo' | 'Lịch làm việc' | 'Danh mục thủ tục'): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  catalogueEntries(): Locator {
    return this.section('Danh mục thủ tục').getByRole('list', { name: /^Lĩnh vực / }).getByRole('listitem');
  }

  async chooseCsv(name: string, buffer: Buffer): Promise<void> {
    await this.section('Danh mục thủ tục').getByLabel('Chọn tệp CSV').setInputFiles({ name, mimeType: 'text/csv', buffer });
  }

  async addDayOff(day: DateKey, note: string): Promise<void> {
    const form = this.section('Lịch làm việc').getByRole('group', { name: 'Thêm ngày nghỉ' });
    await form.getByLabel('Ngày nghỉ', { exact: true }).fill(day);
    await form.getByLabel('Ghi chú (không bắt buộc)').fill(note);
    await form.getByRole('button', { name: 'Thêm ngày nghỉ' }).click();
  }

  preview(): Locator {
    return this.section('Lịch làm việc').getByRole('region', { name: 'Thay đổi chưa lưu' });
  }
}

test('a catalogue CSV with two good rows is imported and offered at the desk', async ({ page }) => {
  const settings = new SettingsPage(page);
  const desk = new DeskPage(page);
  await page.goto('/cai-dat');
  await expect(page.getByRole('heading', { name: 'Cài đặt', level: 1 })).toBeVisible();

  // The template downloads under its Vietnamese name, with a BOM so Excel shows the diacritics.
  const [download] = await Promise.all([page.waitForEvent('download'), settings.section('Danh mục thủ tục').getByRole('link', { name: 'Tải tệp mẫu' }).click()]);
  expect(download.suggestedFilename()).toBe('mau-danh-muc-thu-tuc.csv');
  expect(await readFile(await download.path(), 'utf-8')).toMatch(/^\uFEFFMã TTHC,Tên thủ tục,Lĩnh vực/);

  await settings.chooseCsv(
    'danh-muc.csv',
    csv(',Đăng ký giám hộ,Hộ tịch,3,ngày làm việc,,không,có,không', '2.000001,Xác nhận thông tin thử nghiệm,Thử nghiệm,2,ngày làm việc,15:00,có,có,không'),
  );
  await expect(page.getByRole('status').filter({ hasText: 'Sẽ nhập 2 thủ tục' })).toBeVisible();
  await settings.section('Danh mục thủ tục').getByRole('button', { name: 'Nhập', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã nhập 2 thủ tục vào danh mục.' })).toBeVisible();
  await expect(settings.catalogueEntries().filter({ hasText: 'Đăng ký giám hộ' })).toContainText('3 ngày làm việc');
  await expect(settings.section('Danh mục thủ tục').getByRole('list', { name: 'Lĩnh vực Thử nghiệm' }).getByRole('listitem')).toContainText(
    'Mã 2.000001 · 2 ngày làm việc · giờ tiếp nhận cuối 15:00 · có phí, lệ phí',
  );

  await desk.tab('Tiếp nhận').click();
  const procedures = page.getByRole('group', { name: 'Thủ tục' });
  await expect(procedures.getByRole('radio', { name: /^Đăng ký giám hộ/ })).toBeVisible();
  await expect(procedures.getByRole('radio', { name: /^Xác nhận thông tin thử nghiệm/ })).toBeVisible();
});

test('a CSV with errors lists them by line and imports nothing', async ({ page }) => {
  const settings = new SettingsPage(page);
  await page.goto('/cai-dat');
  await expect(settings.catalogueEntries().first()).toBeVisible();
  const before = await settings.catalogueEntries().count();

  await settings.chooseCsv(
    'loi.csv',
    csv(
      ',Thủ tục hợp lệ trong tệp lỗi,Hộ tịch,3,ngày làm việc,,không,có,không',
      ',Thủ tục sai đơn vị,Hộ tịch,3,tuần,,không,có,không',
      ',Thủ tục sai thời hạn,Hộ tịch,ba,ngày làm việc,,có,có,không',
    ),
  );
  const errors = page.getByRole('alert').filter({ hasText: 'chưa nhập thủ tục nào' });
  await expect(errors).toContainText('Tệp «loi.csv» có 2 lỗi');
  await expect(errors.getByRole('listitem')).toHaveText([/^Dòng 3: «Đơn vị thời hạn» phải là/, /^Dòng 4: «Thời hạn» phải là số nguyên dương \(đang là "ba"\)/]);
  await expect(settings.section('Danh mục thủ tục').getByRole('button', { name: 'Nhập', exact: true })).toHaveCount(0);
  await expect(settings.catalogueEntries()).toHaveCount(before);
  await expect(settings.catalogueEntries().filter({ hasText: 'Thủ tục hợp lệ trong tệp lỗi' })).toHaveCount(0);
});

test('a day off added in the calendar moves an open dossier once applied', async ({ page }) => {
  const settings = new SettingsPage(page);
  const desk = new DeskPage(page);
  const procedure = findStarterProcedure('xac-nhan-tinh-trang-hon-nhan');
  if (!procedure || procedure.timeLimit.unit !== 'working_days') throw new Error('starter catalogue changed: pick another working-day procedure');

  await page.goto('/');
  await desk.receive(procedure.name, 'Trực tiếp');

  // The same rules as the app, in Vietnam time: the dossier was received "now", due after
  // 3 working days. The first working day from the day after tomorrow is inside that span
  // (due is at least 3 days away), so making it a day off pushes the due date by one working day.
  const now = new Date();
  const today = vietnamDateKey(now);
  const defaults = createVietnamWorkingCalendar();
  const dueBefore = appointmentDateFor(now, procedure, defaults);
  let dayOff = addCalendarDays(today, 2);
  while (!defaults.isWorkingDay(dayOff)) dayOff = addCalendarDays(dayOff, 1);
  expect(dayOff <= dueBefore).toBe(true);
  const note = 'Nghỉ theo quyết định của tỉnh';
  const dueAfter = appointmentDateFor(now, procedure, createVietnamWorkingCalendar({ daysOff: [{ day: dayOff, note }], workingDays: [], removedDaysOff: [] }));
  expect(dueAfter > dueBefore).toBe(true);

  await settings.open();
  await settings.addDayOff(dayOff, note);
  const preview = settings.preview();
  await expect(preview.getByRole('status')).toHaveText('1 hồ sơ đang giải quyết sẽ đổi ngày hẹn');
  const moved = preview.getByRole('list', { name: 'Hồ sơ đổi ngày hẹn' }).getByRole('listitem');
  await expect(moved).toHaveCount(1);
  await expect(moved).toContainText(procedure.name);
  await expect(moved).toContainText(`Nhận ${shortDay(today)}`);
  await expect(moved).toContainText(`hẹn ${shortDay(dueBefore)} → ${shortDay(dueAfter)}`);

  await preview.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu lịch làm việc. 1 hồ sơ đã đổi ngày hẹn.' })).toBeVisible();
  await expect(settings.preview()).toHaveCount(0);
  await expect(settings.section('Lịch làm việc').getByRole('listitem').filter({ hasText: note })).toContainText(shortDay(dayOff));

  await desk.tab('Hôm nay').click();
  const open = desk.openDossiers().filter({ hasText: procedure.name });
  await expect(open).toContainText(`hẹn `);
  await expect(open).toContainText(shortDay(dueAfter));
  await expect(open).not.toContainText(shortDay(dueBefore));
});

test('the unit name is kept, storage and sync are shown, and the plan link opens Chỉ tiêu', async ({ page }) => {
  await page.goto('/cai-dat');
  const unit = page.getByRole('region', { name: 'Đơn vị' });
  await unit.getByRole('textbox', { name: 'Tên đơn vị (UBND xã, phường)' }).fill('UBND xã Tân Trung');
  await unit.getByRole('button', { name: 'Lưu tên đơn vị' }).click();
  await expect(unit.getByText('Đã lưu tên đơn vị.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Đơn vị' }).getByRole('textbox', { name: 'Tên đơn vị (UBND xã, phường)' })).toHaveValue('UBND xã Tân Trung');

  const storage = page.getByRole('region', { name: 'Lưu trữ và đồng bộ' });
  await expect(storage.getByRole('term').filter({ hasText: 'Thay đổi chờ gửi' })).toBeVisible();
  await expect(storage.getByRole('term').filter({ hasText: 'Dung lượng đã dùng' })).toBeVisible();

  await page.getByRole('region', { name: 'Kế hoạch, chỉ tiêu' }).getByRole('button', { name: 'Chọn, sửa kế hoạch và nhập số liệu' }).click();
  await expect(page.getByRole('heading', { name: 'Chỉ tiêu', level: 1 })).toBeVisible();
});
