import { expect, test } from '@playwright/test';
import { DeskPage } from './support/deskPage.ts';
import { codeOf, createOfficer, enrollmentCard, issueEnrollmentLink } from './support/enroll.ts';
import { serverDossiers } from './support/serverRecords.ts';

test('a phone records offline before enrolling; opening the QR link enrolls it and everything recorded uploads', async ({ page, context }) => {
  const desk = new DeskPage(page);
  const officer = createOfficer('UBND xã Đăng Ký', 'Trần Văn Bình');

  // 1. Not enrolled: the app works fully, offline too, and says the data stays on the phone.
  await page.goto('/');
  await desk.waitForServiceWorker();
  await context.setOffline(true);
  await desk.receive('Đăng ký khai sinh', 'Trực tiếp');
  await desk.receive('Chứng thực bản sao từ bản chính', 'Trực tuyến toàn trình');
  await expect(desk.syncStatus()).toContainText('2 thay đổi chờ gửi');
  await context.setOffline(false);
  await expect(desk.syncStatus()).toContainText('Chưa đăng ký thiết bị — dữ liệu chỉ lưu trên máy');
  await expect(desk.syncStatus()).toContainText('2 thay đổi chờ gửi');

  // 2. The phone camera opens the QR code's link: the code is filled in, "Đăng ký" focused, and
  //    the code leaves the address bar.
  const link = issueEnrollmentLink(officer);
  await page.goto(link);
  const card = enrollmentCard(page);
  await expect(card).toContainText('Ứng dụng dùng đầy đủ khi chưa đăng ký');
  await expect(card.getByRole('textbox', { name: 'Mã đăng ký' })).toHaveValue(codeOf(link).replace(/^(.{4})(.{4})(.{2})$/, '$1-$2-$3'));
  const enroll = card.getByRole('button', { name: 'Đăng ký', exact: true });
  await expect(enroll).toBeFocused();
  await expect(page).toHaveURL(/\/cai-dat$/);
  await enroll.click();

  // 3. Enrolled: who, which unit, which role, since when; the unit and officer settings follow.
  await expect(card.getByRole('status')).toContainText('Đã đăng ký máy này với UBND xã Đăng Ký. Mọi hồ sơ đã ghi trên máy đang được gửi lên máy chủ.');
  const fact = (term: string) => card.locator('div').filter({ has: page.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) }) }).getByRole('definition');
  await expect(fact('Đơn vị')).toHaveText('UBND xã Đăng Ký');
  await expect(fact('Cán bộ')).toHaveText('Trần Văn Bình');
  await expect(fact('Vai trò')).toHaveText('Cán bộ');
  await expect(fact('Đăng ký từ')).toHaveText(/^\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/);
  await expect(page.getByLabel('Tên đơn vị (UBND xã, phường)')).toHaveValue('UBND xã Đăng Ký');
  await expect(card.getByRole('textbox', { name: 'Mã đăng ký' })).toHaveCount(0);

  // 4. What was recorded before enrolling reaches the server at once, from this phone.
  await expect(desk.syncStatus()).toContainText('Đã gửi hết', { timeout: 20_000 });
  await expect.poll(() => serverDossiers(officer.unitId).map((d) => d.procedure_name)).toEqual(['Chứng thực bản sao từ bản chính', 'Đăng ký khai sinh']);

  // 5. "Hủy đăng ký trên máy này" asks first, then forgets the enrollment; the records stay.
  await card.getByRole('button', { name: 'Hủy đăng ký trên máy này' }).click();
  const confirm = card.getByRole('group', { name: 'Xác nhận hủy đăng ký' });
  await expect(confirm).toContainText('hồ sơ vẫn giữ trên máy');
  await confirm.getByRole('button', { name: 'Hủy đăng ký', exact: true }).click();
  await expect(card.getByRole('status')).toHaveText('Đã hủy đăng ký. Hồ sơ vẫn lưu trên máy này.');
  await expect(card.getByRole('textbox', { name: 'Mã đăng ký' })).toBeVisible();
  await desk.tab('Hôm nay').click();
  await expect(desk.openDossiers()).toHaveCount(2);
});

test('a wrong code is refused with the server’s sentence, and "Quét mã QR" reads the enrollment link', async ({ page }) => {
  await page.addInitScript(() => {
    class FakeBarcodeDetector {
      constructor(readonly options?: { formats: string[] }) {}
      detect(): Promise<Array<{ rawValue: string }>> {
        // Only a detector asked for QR codes sees the enrollment link.
        const qrOnly = this.options?.formats.join(',') === 'qr_code';
        return Promise.resolve([{ rawValue: qrOnly ? `${location.origin}/cai-dat?ma=abcd-efgh-jk` : 'HS-0042' }]);
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
  await page.goto('/cai-dat');
  const card = enrollmentCard(page);
  const code = card.getByRole('textbox', { name: 'Mã đăng ký' });

  await card.getByRole('button', { name: 'Đăng ký', exact: true }).click();
  await expect(card.getByText('Hãy nhập mã đăng ký.')).toBeVisible();
  await expect(code).toHaveAttribute('aria-invalid', 'true');

  await card.getByRole('button', { name: 'Quét mã QR' }).click();
  await expect(code).toHaveValue('ABCD-EFGH-JK');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await card.getByRole('button', { name: 'Đăng ký', exact: true }).click();
  await expect(card.getByRole('alert')).toHaveText('Chưa đăng ký được: Mã đăng ký không đúng, đã dùng hoặc đã hết hạn.');
  await expect(code).toBeVisible();
});
