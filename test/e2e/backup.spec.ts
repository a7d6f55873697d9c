import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { DeskPage } from './support/deskPage.ts';
import { createOfficer, enrollThroughSettings } from './support/enroll.ts';
import { serverDossiers } from './support/serverRecords.ts';

/** "Sao lưu và khôi phục" in Cài đặt. */
async function backupCard(page: Page) {
  await page.getByRole('navigation', { name: 'Chức năng chính' }).getByRole('link', { name: 'Cài đặt' }).click();
  return page.getByRole('region', { name: 'Sao lưu và khôi phục' });
}

test('a backup of an offline phone, restored on a new phone, brings every unsynced dossier to the server; restoring it again changes nothing', async ({ page, context, browser }) => {
  const officer = createOfficer('UBND xã Sao Lưu', 'Lê Thị Sao');

  // Phone A: enrolled, then offline; three dossiers received and one resolved, none sent.
  const deskA = new DeskPage(page);
  await page.goto('/');
  await deskA.waitForServiceWorker();
  await enrollThroughSettings(page, officer);
  await context.setOffline(true);
  await deskA.receive('Đăng ký khai sinh', 'Trực tiếp');
  await deskA.receive('Chứng thực bản sao từ bản chính', 'Trực tuyến toàn trình');
  await deskA.receive('Cấp Giấy xác nhận tình trạng hôn nhân', 'Bưu chính công ích');
  await deskA.tab('Hôm nay').click();
  await page.getByRole('button', { name: /^Giải quyết xong: Đăng ký khai sinh/ }).click();
  await page.getByRole('button', { name: 'Xác nhận giải quyết' }).click();
  await expect(deskA.syncStatus()).toContainText('4 thay đổi chờ gửi');

  // The backup is downloaded, offline.
  const cardA = await backupCard(page);
  const [download] = await Promise.all([page.waitForEvent('download'), cardA.getByRole('button', { name: 'Tải bản sao lưu' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^so-mot-cua-sao-luu-ubnd-xa-sao-luu-\d{8}-\d{4}\.json$/);
  await expect(cardA.getByRole('status').filter({ hasText: 'Đã tạo bản sao lưu' })).toContainText('3 hồ sơ');
  const file = readFileSync(await download.path());
  const written = JSON.parse(file.toString('utf8')) as { format: string; dossiers: unknown[]; counts: { dossiers: number } };
  expect([written.format, written.dossiers.length, written.counts.dossiers]).toEqual(['so-mot-cua-backup', 3, 3]);
  // Never the device's credential.
  expect(file.toString('utf8')).not.toContain('"token"');
  expect(file.toString('utf8')).not.toContain('"enrollment"');
  expect(serverDossiers(officer.unitId)).toEqual([]);

  // Phone B: a new phone (its own browser storage), the backup restored.
  const phoneB = await browser.newContext();
  const pageB = await phoneB.newPage();
  const deskB = new DeskPage(pageB);
  await pageB.goto('/');
  const cardB = await backupCard(pageB);
  const choose = () => cardB.getByLabel('Khôi phục từ tệp').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: file });
  await choose();
  const preview = cardB.getByRole('group', { name: 'Xem trước khi khôi phục' });
  await expect(preview.getByRole('definition').first()).toHaveText('3 mới, 0 cập nhật, 0 giống hệt');
  await preview.getByRole('button', { name: 'Khôi phục' }).click();
  await expect(cardB.getByRole('status').filter({ hasText: 'Đã khôi phục' })).toContainText('hồ sơ 3 mới, 0 cập nhật, 0 giống hệt');

  // The dossiers are on "Hôm nay" and in "Sổ", as on phone A.
  await deskB.tab('Hôm nay').click();
  await expect(deskB.tallyValue('Tiếp nhận')).toHaveText('3');
  await expect(deskB.tallyValue('Đã giải quyết')).toHaveText('1');
  await expect(deskB.openDossiers()).toHaveCount(3);
  await pageB.getByRole('navigation', { name: 'Chức năng chính' }).getByRole('link', { name: 'Sổ', exact: true }).click();
  await expect(pageB.getByText('Cấp Giấy xác nhận tình trạng hôn nhân').first()).toBeVisible();

  // Restoring the same file again says nothing changes, and offers nothing to confirm.
  const cardAgain = await backupCard(pageB);
  await cardAgain.getByLabel('Khôi phục từ tệp').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: file });
  const again = cardAgain.getByRole('group', { name: 'Xem trước khi khôi phục' });
  await expect(again.getByRole('status')).toHaveText('Không có gì thay đổi: máy này đã có mọi dữ liệu trong tệp.');
  await expect(again.getByRole('definition').first()).toHaveText('0 mới, 0 cập nhật, 3 giống hệt');
  await expect(again.getByRole('button', { name: 'Khôi phục' })).toHaveCount(0);
  await again.getByRole('button', { name: 'Hủy' }).click();

  // Phone B enrolls: the server receives every dossier phone A never sent.
  await enrollThroughSettings(pageB, officer);
  await expect.poll(() => serverDossiers(officer.unitId).map((d) => [d.procedure_name, d.status]), { timeout: 20_000 }).toEqual([
    ['Chứng thực bản sao từ bản chính', 'received'],
    ['Cấp Giấy xác nhận tình trạng hôn nhân', 'received'],
    ['Đăng ký khai sinh', 'resolved'],
  ]);
  await phoneB.close();
});

test('a file that is not a backup is refused with a clear message, and nothing changes', async ({ page }) => {
  await page.goto('/');
  const card = await backupCard(page);
  await card.getByLabel('Khôi phục từ tệp').setInputFiles({ name: 'ghi-chu.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"khac"}') });
  await expect(card.getByRole('alert')).toHaveText('Tệp không phải bản sao lưu của Sổ Một Cửa. Máy này chưa thay đổi gì.');
  await card.getByLabel('Khôi phục từ tệp').setInputFiles({ name: 'cat-ngang.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"so-mot-cua-backup","version":1,"dossiers":[') });
  await expect(card.getByRole('alert')).toContainText('Tệp không đọc được: nội dung không phải JSON hợp lệ');
});
