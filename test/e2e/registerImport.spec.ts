import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { vietnamDateKey } from '../../src/domain/vietnamTime.ts';
import { RegisterPage } from './support/registerPage.ts';

/** Today in Vietnam as the register writes it, "dd/mm/yyyy": the register opens on this month. */
function today(): string {
  const [y, m, d] = vietnamDateKey(new Date()).split('-');
  return `${d}/${m}/${y}`;
}

function csv(...rows: string[]): Buffer {
  return Buffer.from(`\uFEFF${['Tên thủ tục,Ngày nhận hồ sơ,Hình thức nộp', ...rows].join('\r\n')}\r\n`, 'utf-8');
}

/** The "Nhập sổ theo dõi từ tệp" section of Cài đặt. */
class RegisterImportSection {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Chức năng chính' }).getByRole('link', { name: 'Cài đặt', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Cài đặt', level: 1 })).toBeVisible();
  }

  section(): Locator {
    return this.page.getByRole('region', { name: 'Nhập sổ theo dõi từ tệp', exact: true });
  }

  async choose(name: string, buffer: Buffer): Promise<void> {
    await this.section().getByLabel('Chọn tệp sổ theo dõi (.csv, .xlsx)').setInputFiles({ name, mimeType: 'text/csv', buffer });
  }
}

test('a register CSV is imported in Cài đặt, shows in Sổ, and a second import finds it all there', async ({ page }) => {
  const importer = new RegisterImportSection(page);
  const register = new RegisterPage(page);
  await page.goto('/');
  await importer.open();

  // The template downloads under its Vietnamese name, UTF-8 with a BOM, with the documented header.
  const [download] = await Promise.all([page.waitForEvent('download'), importer.section().getByRole('link', { name: 'Tải tệp mẫu' }).click()]);
  expect(download.suggestedFilename()).toBe('mau-nhap-so-theo-doi.csv');
  const template = await readFile((await download.path())!, 'utf-8');
  expect(template.startsWith('\uFEFFMã hồ sơ,Mã TTHC,Tên thủ tục,Lĩnh vực,Thời hạn (ngày làm việc),Hình thức nộp,Ngày nhận hồ sơ')).toBe(true);

  const file = csv(`Đăng ký khai tử,${today()},Trực tiếp`, `Chứng thực chữ ký,${today()},Trực tuyến toàn trình`);
  await importer.choose('so-cu.csv', file);
  await expect(importer.section().getByRole('status').filter({ hasText: 'hồ sơ sẽ nhập' })).toHaveText('2 hồ sơ sẽ nhập từ tệp «so-cu.csv».');
  await importer.section().getByRole('button', { name: 'Nhập 2 hồ sơ' }).click();
  await expect(importer.section().getByRole('status').filter({ hasText: 'Đã nhập' })).toHaveText('Đã nhập 2 hồ sơ vào sổ.');

  await register.open();
  await expect(register.count()).toHaveText('Đang hiển thị 2 hồ sơ');
  await expect(register.row('Đăng ký khai tử')).toHaveCount(1);
  await expect(register.row('Chứng thực chữ ký')).toHaveCount(1);

  // The same file again: nothing new, and no import button to press.
  await importer.open();
  await importer.choose('so-cu.csv', file);
  await expect(importer.section().getByRole('status').filter({ hasText: 'đã có trên máy' })).toHaveText(
    'Cả 2 hồ sơ trong tệp «so-cu.csv» đã có trên máy, không có gì để nhập.',
  );
  await expect(importer.section().getByRole('button', { name: /^Nhập \d+ hồ sơ$/ })).toHaveCount(0);
  await register.open();
  await expect(register.count()).toHaveText('Đang hiển thị 2 hồ sơ');
});

test('a register file with an error lists "Dòng N" and imports nothing', async ({ page }) => {
  const importer = new RegisterImportSection(page);
  const register = new RegisterPage(page);
  await page.goto('/');
  await importer.open();

  await importer.choose('loi.csv', csv(`Đăng ký khai tử,${today()},Trực tiếp`, `Chứng thực chữ ký,${today()},Fax`));
  const alert = importer.section().getByRole('alert').filter({ hasText: 'loi.csv' });
  await expect(alert).toContainText('Tệp «loi.csv» có 1 lỗi, chưa nhập hồ sơ nào.');
  await expect(alert.getByRole('listitem')).toHaveText([
    'Dòng 3: «Hình thức nộp» phải là "Trực tiếp", "Trực tuyến toàn trình", "Trực tuyến một phần" hoặc "Bưu chính" (đang là "Fax")',
  ]);
  await expect(importer.section().getByRole('button', { name: /^Nhập \d+ hồ sơ$/ })).toHaveCount(0);

  await register.open();
  await expect(page.getByText('Sổ chưa có hồ sơ nào.')).toBeVisible();
});
