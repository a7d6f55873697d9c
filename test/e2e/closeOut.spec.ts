import { expect, test, type Page } from '@playwright/test';
import { vietnamDateKey } from '../../src/domain/vietnamTime.ts';
import { DeskPage } from './support/deskPage.ts';

/** "Chốt số liệu cuối ngày" on "Hôm nay". */
function closeOutCard(page: Page) {
  return page.getByRole('region', { name: 'Chốt số liệu cuối ngày' });
}

/** The figure beside a label in the close-out card. */
function closeOutValue(page: Page, label: string) {
  return closeOutCard(page)
    .locator('div')
    .filter({ has: page.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) }) })
    .getByRole('definition');
}

test('the officer confirms the day, a late entry is pointed out, and the summary is copied', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const desk = new DeskPage(page);
  const [year, month, day] = vietnamDateKey(new Date()).split('-');
  const today = `${day}/${month}/${year}`;

  // The unit and the officer, as the summary names them.
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Chức năng chính' }).getByRole('link', { name: 'Cài đặt' }).click();
  const unit = page.getByRole('region', { name: 'Đơn vị' });
  await unit.getByRole('textbox', { name: 'Tên đơn vị (UBND xã, phường)' }).fill('UBND xã Chốt Sổ');
  await unit.getByRole('button', { name: 'Lưu tên đơn vị' }).click();
  await expect(unit.getByRole('status')).toHaveText('Đã lưu tên đơn vị.');
  const officer = page.getByRole('region', { name: 'Cán bộ', exact: true });
  await officer.getByRole('textbox', { name: 'Mã hoặc họ tên cán bộ' }).fill('Trần Thị Chốt');
  await officer.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(officer.getByRole('status')).toContainText('Trần Thị Chốt');

  // Two dossiers received today: one in person, one online in full.
  await desk.receive('Đăng ký khai sinh', 'Trực tiếp');
  await desk.receive('Chứng thực bản sao từ bản chính', 'Trực tuyến toàn trình');
  await desk.tab('Hôm nay').click();
  const card = closeOutCard(page);
  await expect(closeOutValue(page, 'Tiếp nhận trong ngày')).toHaveText('2');
  await expect(closeOutValue(page, 'Đang giải quyết')).toHaveText('2');

  await card.getByRole('button', { name: `Xác nhận chốt số liệu ngày ${today}` }).click();
  await expect(card.getByRole('status').filter({ hasText: /^Đã chốt lúc \d\d:\d\d$/ })).toBeVisible();
  await expect(card.getByRole('button', { name: /chốt/i })).toHaveCount(0);

  // A late entry: the card says the figures changed, and offers to confirm again.
  await desk.receive('Cấp Giấy xác nhận tình trạng hôn nhân', 'Bưu chính công ích');
  await desk.tab('Hôm nay').click();
  await expect(card.getByRole('status').filter({ hasText: 'Số liệu đã thay đổi sau khi chốt' })).toBeVisible();
  await expect(closeOutValue(page, 'Tiếp nhận trong ngày')).toHaveText('3');

  // The copied summary is the one confirmed (2 received) until the officer confirms again.
  await card.getByRole('button', { name: 'Sao chép' }).click();
  await expect(card.getByRole('status').filter({ hasText: 'Đã sao chép nội dung tóm tắt.' })).toBeVisible();
  const confirmedFirst = await page.evaluate(() => navigator.clipboard.readText());
  expect(confirmedFirst.split('\n')[2]).toBe('Tiếp nhận: 2 (trực tuyến 1, trực tiếp 1, bưu chính 0)');

  await card.getByRole('button', { name: `Chốt lại số liệu ngày ${today}` }).click();
  await expect(card.getByRole('status').filter({ hasText: /^Đã chốt lúc \d\d:\d\d$/ })).toBeVisible();
  await card.getByRole('button', { name: 'Sao chép' }).click();
  const lines = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
  // 3 received today (1 online in full, 1 in person, 1 by post), none finished, all 3 still in
  // progress and none overdue (received today, due later or today).
  expect(lines.slice(0, 7)).toEqual([
    'UBND xã Chốt Sổ – Trần Thị Chốt',
    `Chốt số liệu ngày ${today}`,
    'Tiếp nhận: 3 (trực tuyến 1, trực tiếp 1, bưu chính 1)',
    'Đã giải quyết: 0 (trước hạn 0, đúng hạn 0, quá hạn 0)',
    'Đã trả kết quả: 0',
    'Từ chối, rút, dừng: 0',
    'Đang giải quyết: 3 (quá hạn 0)',
  ]);
  expect(lines[7]).toMatch(/^Chốt lúc \d\d:\d\d$/);
  expect(lines).toHaveLength(8);

  // The text can also be shown, read only, to copy by hand.
  await card.getByRole('button', { name: 'Xem nội dung' }).click();
  await expect(card.getByRole('textbox', { name: 'Nội dung tóm tắt' })).toHaveValue(lines.join('\n'));

  // The confirmation stays after a reload.
  await page.reload();
  await expect(closeOutCard(page).getByRole('status').filter({ hasText: /^Đã chốt lúc \d\d:\d\d$/ })).toBeVisible();
});
