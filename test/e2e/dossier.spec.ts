import { expect, test } from '@playwright/test';
import { DeskPage } from './support/deskPage.ts';
import { DossierPage } from './support/dossierPage.ts';

const MARRIAGE = 'Cấp Giấy xác nhận tình trạng hôn nhân';

test('a dossier from receipt to return: supplement, rating, resolve, undo, return, and its history', async ({ page }) => {
  const desk = new DeskPage(page);
  const dossier = new DossierPage(page);
  await page.goto('/');
  await desk.receive(MARRIAGE, 'Trực tiếp');

  // Opened from "Hôm nay" by its title.
  await desk.tab('Hôm nay').click();
  await page.getByRole('region', { name: 'Hồ sơ đang xử lý' }).getByRole('link', { name: MARRIAGE }).click();
  await expect(page).toHaveURL(/\/ho-so\/[0-9a-f-]+$/);
  const header = dossier.header(MARRIAGE);
  await expect(page.getByRole('heading', { name: MARRIAGE, level: 1 })).toBeVisible();
  await expect(header).toContainText('Hộ tịch');
  await expect(header).toContainText('Đã tiếp nhận');
  await expect(header).toContainText('Trong hạn');
  await expect(dossier.otherAction('Hủy hồ sơ nhập nhầm')).toBeVisible();

  // Supplement requested: the clock stops.
  // The typed note is kept as a draft: a reload loses nothing, a save forgets it.
  const supplementNote = () => dossier.form('Yêu cầu bổ sung').getByRole('textbox', { name: 'Giấy tờ cần bổ sung (không bắt buộc)' });
  await dossier.otherAction('Yêu cầu bổ sung').click();
  await supplementNote().fill('Bản sao CCCD');
  await page.reload();
  await dossier.otherAction('Yêu cầu bổ sung').click();
  await expect(supplementNote()).toHaveValue('Bản sao CCCD');
  await expect(dossier.form('Yêu cầu bổ sung').getByRole('status')).toContainText('Đã khôi phục bản nháp chưa lưu.');
  await dossier.form('Yêu cầu bổ sung').getByRole('button', { name: 'Gửi yêu cầu bổ sung' }).click();
  await expect(header).toContainText('Đang chờ bổ sung');
  await expect(dossier.toast('Đã yêu cầu bổ sung.')).toBeVisible();
  await expect(dossier.form('Giải quyết xong')).toHaveCount(0);

  // Documents back: in progress again, and no longer a mere typing mistake.
  await page.getByRole('button', { name: 'Đã nhận đủ hồ sơ bổ sung' }).click();
  await expect(header).toContainText('Trong hạn');
  await expect(header).not.toContainText('Đang chờ bổ sung');
  await expect(dossier.otherAction('Hủy hồ sơ nhập nhầm')).toHaveCount(0);
  await dossier.otherAction('Yêu cầu bổ sung').click();
  await expect(supplementNote()).toHaveValue('');
  await dossier.otherAction('Yêu cầu bổ sung').click();

  // Rating in one tap.
  await dossier.face('Hài lòng').click();
  await expect(dossier.face('Hài lòng')).toHaveAttribute('aria-pressed', 'true');
  await expect(dossier.face('Rất hài lòng')).toHaveAttribute('aria-pressed', 'false');

  // Resolved with two facts; the fee procedure offers online payment, not e-certified copies.
  const resolve = async () => {
    const form = dossier.form('Giải quyết xong');
    await expect(form.getByRole('checkbox', { name: 'Đã thanh toán trực tuyến' })).toBeVisible();
    await expect(form.getByRole('checkbox', { name: 'Chứng thực bản sao điện tử' })).toHaveCount(0);
    await form.getByRole('checkbox', { name: 'Đã số hóa hồ sơ, kết quả' }).check();
    await form.getByRole('checkbox', { name: 'Có kết quả điện tử' }).check();
    await form.getByRole('button', { name: 'Xác nhận giải quyết xong' }).click();
    await expect(header).toContainText('Đã giải quyết');
  };
  await resolve();

  // Undone: back in progress.
  await dossier.toast('Đã giải quyết xong.').getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(dossier.toast('Đã hoàn tác.')).toBeVisible();
  await expect(header).toContainText('Đã tiếp nhận');
  await expect(header).toContainText('Trong hạn');
  await expect(dossier.form('Giải quyết xong')).toBeVisible();

  // Resolved again, then returned by post.
  await resolve();
  await dossier.form('Trả kết quả').getByRole('radio', { name: 'Qua bưu chính công ích' }).check();
  await dossier.form('Trả kết quả').getByRole('button', { name: 'Xác nhận trả kết quả' }).click();
  await expect(header).toContainText('Đã trả kết quả');
  await expect(header).toContainText('Qua bưu chính công ích');
  await expect(dossier.face('Hài lòng')).toHaveAttribute('aria-pressed', 'true');

  // Every step, newest first; the undo is a correction of its own.
  await expect(dossier.historyEntries()).toHaveText([
    /^Trả kết quả/,
    /^Giải quyết xong/,
    /^Sửa thông tin/,
    /^Giải quyết xong/,
    /^Đánh giá hài lòng/,
    /^Nhận hồ sơ bổ sung/,
    /^Yêu cầu bổ sung/,
    /^Tiếp nhận/,
  ]);
  const entries = dossier.historyEntries();
  await expect(dossier.change(entries.nth(0), 'Trả qua bưu chính công ích')).toHaveText('Không → Có');
  await expect(dossier.change(entries.nth(2), 'Trạng thái')).toHaveText('Đã giải quyết → Đã tiếp nhận');
  await expect(dossier.change(entries.nth(2), 'Đã số hóa hồ sơ, kết quả')).toHaveText('Có → Không');
  await expect(dossier.change(entries.nth(3), 'Trạng thái')).toHaveText('Đã tiếp nhận → Đã giải quyết');
  await expect(dossier.change(entries.nth(4), 'Mức độ hài lòng')).toHaveText('— → Hài lòng');
  await expect(dossier.change(entries.nth(6), 'Yêu cầu bổ sung')).toHaveText('— → 1 lần, đang chờ');

  // Back to where the officer came from.
  await page.getByRole('button', { name: 'Quay lại' }).click();
  await expect(page.getByRole('heading', { name: 'Hôm nay', level: 1 })).toBeVisible();
});

test('a dossier received by mistake is voided: gone from "Hôm nay" and its tally, until undone', async ({ page }) => {
  const desk = new DeskPage(page);
  const dossier = new DossierPage(page);
  await page.goto('/');
  await desk.receive('Đăng ký khai sinh', 'Trực tiếp');
  await desk.receive(MARRIAGE, 'Trực tiếp');
  await desk.tab('Hôm nay').click();
  await expect(desk.openDossiers()).toHaveCount(2);
  await expect(desk.tallyValue('Tiếp nhận')).toHaveText('2');

  await page.getByRole('region', { name: 'Hồ sơ đang xử lý' }).getByRole('link', { name: MARRIAGE }).click();
  await dossier.otherAction('Hủy hồ sơ nhập nhầm').click();
  await dossier.form('Hủy hồ sơ nhập nhầm').getByRole('button', { name: 'Xác nhận hủy hồ sơ' }).click();

  await expect(page.getByRole('heading', { name: 'Hôm nay', level: 1 })).toBeVisible();
  await expect(desk.openDossiers()).toHaveCount(1);
  await expect(desk.openDossiers()).toHaveText([/^Đăng ký khai sinh/]);
  await expect(desk.tallyValue('Tiếp nhận')).toHaveText('1');
  await expect(desk.tallyValue('Trực tiếp')).toHaveText('1');

  // The toast outlives the navigation: the mistake can still be undone from "Hôm nay".
  await dossier.toast('Đã hủy hồ sơ nhập nhầm').getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(desk.openDossiers()).toHaveCount(2);
  await expect(desk.tallyValue('Tiếp nhận')).toHaveText('2');
});
