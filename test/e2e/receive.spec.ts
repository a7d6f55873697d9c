import { expect, test } from '@playwright/test';
import { formatDay } from '../../src/ui/format.ts';
import { DeskPage } from './support/deskPage.ts';

test('a procedure found by a search without diacritics is saved, then taken again in three taps from "Hay dùng"', async ({ page }) => {
  const desk = new DeskPage(page);
  await page.goto('/');
  await desk.tab('Tiếp nhận').click();

  // Diacritics and case do not matter.
  await desk.procedureSearch().fill('khai sinh');
  await expect(desk.procedures().getByRole('radio')).toHaveCount(1);
  await expect(desk.procedures().getByRole('radio', { name: /^Đăng ký khai sinh/ })).toBeVisible();
  await desk.procedureSearch().fill('chung thuc');
  const results = desk.procedures().getByRole('group', { name: 'Kết quả tìm kiếm' });
  await expect(results.getByRole('radio')).toHaveCount(3);
  await results.getByRole('radio', { name: /^Chứng thực bản sao từ bản chính/ }).check();
  await desk.saveButton().click();
  await expect(desk.confirmation('Chứng thực bản sao từ bản chính')).toBeVisible();
  // Optional fields and the search are cleared; the procedure stays chosen.
  await expect(desk.procedureSearch()).toHaveValue('');
  await expect(desk.procedures().getByRole('radio', { name: /^Chứng thực bản sao từ bản chính/ })).toBeChecked();

  // The next visit: tab, procedure under "Hay dùng", save. The channel is remembered.
  await desk.tab('Hôm nay').click();
  await desk.tab('Tiếp nhận').click(); // tap 1
  const frequent = desk.procedures().getByRole('group', { name: 'Hay dùng' });
  await expect(frequent.getByRole('radio')).toHaveCount(1);
  await frequent.getByRole('radio', { name: /^Chứng thực bản sao từ bản chính/ }).click(); // tap 2
  await expect(desk.appointment()).toBeVisible();
  await desk.saveButton().click(); // tap 3
  await expect(desk.confirmation('Chứng thực bản sao từ bản chính')).toBeVisible();

  await desk.tab('Hôm nay').click();
  await expect(desk.tallyValue('Tiếp nhận')).toHaveText('2');
});

test('a starred procedure is listed under "Yêu thích", and stays there on the next visit', async ({ page }) => {
  const desk = new DeskPage(page);
  await page.goto('/tiep-nhan');
  const star = desk.procedures().getByRole('button', { name: 'Yêu thích: Đăng ký kết hôn' });
  await expect(star).toHaveAttribute('aria-pressed', 'false');
  await star.click();
  const favourites = desk.procedures().getByRole('group', { name: 'Yêu thích' });
  await expect(favourites.getByRole('radio', { name: /^Đăng ký kết hôn/ })).toBeVisible();
  await expect(favourites.getByRole('button', { name: 'Yêu thích: Đăng ký kết hôn' })).toHaveAttribute('aria-pressed', 'true');
  await expect(favourites.getByRole('button', { name: 'Yêu thích: Đăng ký kết hôn' })).toBeFocused();
  await page.reload();
  await expect(desk.procedures().getByRole('group', { name: 'Yêu thích' }).getByRole('radio')).toHaveCount(1);
});

test('a dossier code already used brings a warning; "Vẫn lưu" saves anyway, "Xem hồ sơ đó" opens the other', async ({ page }) => {
  const desk = new DeskPage(page);
  await page.goto('/tiep-nhan');
  await desk.procedures().getByRole('radio', { name: /^Đăng ký khai sinh/ }).check();
  await (await desk.optionalField('Mã hồ sơ')).fill('HS-2026-0001');
  await (await desk.optionalField('Họ tên người nộp')).fill('Nguyễn Thị Đào');
  await desk.saveButton().click();
  await expect(desk.confirmation('Đăng ký khai sinh')).toBeVisible();
  // The optional fields are emptied, procedure and channel kept.
  await expect(await desk.optionalField('Mã hồ sơ')).toHaveValue('');
  await expect(await desk.optionalField('Họ tên người nộp')).toHaveValue('');
  await expect(desk.procedures().getByRole('radio', { name: /^Đăng ký khai sinh/ })).toBeChecked();

  // The same code (typed in lower case) on another procedure: a warning, not a block.
  await desk.procedures().getByRole('radio', { name: /^Đăng ký kết hôn/ }).check();
  await (await desk.optionalField('Mã hồ sơ')).fill('hs-2026-0001');
  await desk.saveButton().click();
  const warning = page.getByRole('alert').filter({ hasText: 'Có thể trùng hồ sơ: mã HS-2026-0001 đã có (Đăng ký khai sinh' });
  await expect(warning).toBeVisible();
  await expect(desk.saveButton()).toHaveCount(0);
  await page.getByRole('button', { name: 'Vẫn lưu' }).click();
  await expect(desk.confirmation('Đăng ký kết hôn')).toBeVisible();
  await expect(warning).toHaveCount(0);

  // The same applicant for the same procedure today, diacritics aside: warned too; the officer looks.
  await desk.procedures().getByRole('radio', { name: /^Đăng ký khai sinh/ }).check();
  await (await desk.optionalField('Họ tên người nộp')).fill('nguyen thi dao');
  await desk.saveButton().click();
  await expect(page.getByRole('alert').filter({ hasText: /^Có thể trùng hồ sơ: Nguyễn Thị Đào đã nộp Đăng ký khai sinh lúc/ })).toBeVisible();
  await page.getByRole('button', { name: 'Xem hồ sơ đó' }).click();
  await expect(page).toHaveURL(/\/ho-so\/[0-9a-f-]{36}$/);

  await desk.tab('Hôm nay').click();
  await expect(desk.tallyValue('Tiếp nhận')).toHaveText('2');
});

test.describe('on a phone set to another time zone', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('"Thời điểm tiếp nhận" is Vietnam time, and the appointment date follows it', async ({ page }) => {
    const desk = new DeskPage(page);
    await page.goto('/tiep-nhan');
    // It starts at now, shown in Vietnam time whatever the phone's zone.
    const shown = await desk.receivedAt().inputValue();
    expect(Math.abs(Date.parse(`${shown}:00+07:00`) - Date.now())).toBeLessThan(2 * 60_000);

    await desk.procedures().getByRole('radio', { name: /^Đăng ký khai sinh/ }).check();
    // Same day, 15:00 cut-off. Thu 06/03/2025 14:00 in Vietnam (Wed 02:00 in New York): due that Thursday.
    await desk.receivedAt().fill('2025-03-06T14:00');
    await expect(desk.appointment()).toHaveText(`Ngày hẹn trả: ${formatDay('2025-03-06')}`);
    // Fri 07/03/2025 15:30, after the cut-off: counts from Monday 10/03.
    await desk.receivedAt().fill('2025-03-07T15:30');
    await expect(desk.appointment()).toHaveText(`Ngày hẹn trả: ${formatDay('2025-03-10')}`);
    // Three working days from Mon 03/03/2025: Thursday 06/03.
    await desk.procedures().getByRole('radio', { name: /^Cấp Giấy xác nhận tình trạng hôn nhân/ }).check();
    await desk.receivedAt().fill('2025-03-03T09:00');
    await expect(desk.appointment()).toHaveText(`Ngày hẹn trả: ${formatDay('2025-03-06')}`);
    await desk.saveButton().click();
    await expect(desk.confirmation('Cấp Giấy xác nhận tình trạng hôn nhân')).toContainText(`Hẹn trả ${formatDay('2025-03-06')}.`);
    // After saving, the time follows the clock again.
    expect(Math.abs(Date.parse(`${await desk.receivedAt().inputValue()}:00+07:00`) - Date.now())).toBeLessThan(2 * 60_000);

    // A time in the future is refused with a message.
    await desk.receivedAt().fill('2999-01-01T09:00');
    await expect(page.getByText('Thời điểm tiếp nhận không được sau giờ hiện tại.')).toBeVisible();
  });
});

test('"Quét mã" shows only where the browser reads barcodes, and the first code read fills "Mã hồ sơ"', async ({ page }) => {
  const desk = new DeskPage(page);
  await page.goto('/tiep-nhan');
  const hasDetector = await page.evaluate(() => 'BarcodeDetector' in window);
  await desk.optionalField('Mã hồ sơ');
  await expect(page.getByRole('button', { name: 'Quét mã' })).toHaveCount(hasDetector ? 1 : 0);

  // A stand-in camera (a canvas stream) and a detector that sees nothing, then a code.
  await page.addInitScript(() => {
    let calls = 0;
    class FakeBarcodeDetector {
      detect(): Promise<Array<{ rawValue: string }>> {
        calls += 1;
        return Promise.resolve(calls < 3 ? [] : [{ rawValue: ' HS-QR-0042 ' }]);
      }
    }
    Object.defineProperty(window, 'BarcodeDetector', { value: FakeBarcodeDetector });
    const canvas = document.createElement('canvas');
    canvas.width = 64;
    canvas.height = 48;
    navigator.mediaDevices.getUserMedia = () => {
      canvas.getContext('2d')?.fillRect(0, 0, 64, 48);
      return Promise.resolve(canvas.captureStream(5));
    };
  });
  await page.reload();
  const code = await desk.optionalField('Mã hồ sơ');
  await page.getByRole('button', { name: 'Quét mã' }).click();
  await expect(page.getByRole('dialog', { name: 'Quét mã hồ sơ' })).toBeVisible();
  await expect(code).toHaveValue('HS-QR-0042');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // Typing was never blocked: the officer can still correct the code.
  await code.fill('HS-QR-0043');
  await expect(code).toHaveValue('HS-QR-0043');
});
