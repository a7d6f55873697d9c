import { expect, test } from '@playwright/test';
import { DeskPage } from './support/deskPage.ts';
import { RegisterPage } from './support/registerPage.ts';

test('the register lists dossiers newest first, finds one without diacritics, filters by status and opens a dossier', async ({ page }) => {
  const desk = new DeskPage(page);
  const register = new RegisterPage(page);
  await page.goto('/');

  // An empty register says so and leads to Tiếp nhận.
  await register.open();
  await expect(page.getByText('Sổ chưa có hồ sơ nào.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Tiếp nhận hồ sơ' })).toBeVisible();

  // Three dossiers received in this order; the birth registration is then resolved.
  await desk.receive('Đăng ký khai sinh', 'Trực tiếp');
  await desk.receive('Chứng thực bản sao từ bản chính', 'Trực tuyến toàn trình');
  await desk.receive('Cấp Giấy xác nhận tình trạng hôn nhân', 'Bưu chính công ích');
  await desk.tab('Hôm nay').click();
  await page.getByRole('button', { name: /^Giải quyết xong: Đăng ký khai sinh/ }).click();
  await page.getByRole('button', { name: 'Xác nhận giải quyết' }).click();
  await expect(page.getByRole('button', { name: /^Trả kết quả: Đăng ký khai sinh/ })).toBeVisible();

  // Newest first, numbered as lines of this month's register.
  await register.open();
  await expect(register.count()).toHaveText('Đang hiển thị 3 hồ sơ');
  await expect(register.rows()).toHaveCount(3);
  await expect(register.rows().nth(0)).toHaveAccessibleName(/^Số 3\. Cấp Giấy xác nhận tình trạng hôn nhân\./);
  await expect(register.rows().nth(1)).toHaveAccessibleName(/^Số 2\. Chứng thực bản sao từ bản chính\./);
  await expect(register.rows().nth(2)).toHaveAccessibleName(/^Số 1\. Đăng ký khai sinh\..*Đã giải quyết, chờ trả/);
  await expect(register.row('Chứng thực bản sao từ bản chính')).toContainText('Đang giải quyết');

  // Without diacritics, in any case: only the certified copy.
  await register.search('chung thuc');
  await expect(register.count()).toHaveText('Đang hiển thị 1 hồ sơ');
  await expect(register.rows()).toHaveCount(1);
  await expect(register.rows().first()).toContainText('Chứng thực bản sao từ bản chính');
  await register.search('');
  await expect(register.rows()).toHaveCount(3);

  // In progress: the two not yet resolved, still newest first.
  await register.filterStatus('Đang giải quyết');
  await expect(register.count()).toHaveText('Đang hiển thị 2 hồ sơ');
  await expect(register.rows().nth(0)).toContainText('Cấp Giấy xác nhận tình trạng hôn nhân');
  await expect(register.rows().nth(1)).toContainText('Chứng thực bản sao từ bản chính');
  await expect(page.getByText('Không còn hồ sơ phù hợp.')).toBeVisible();

  // A row opens its dossier; Back returns to the same filtered register.
  await register.row('Chứng thực bản sao từ bản chính').click();
  await expect(page).toHaveURL(/\/ho-so\/[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Sổ theo dõi hồ sơ');
  await page.goBack();
  await expect(page).toHaveURL(/\/so-theo-doi$/);
  await expect(register.count()).toHaveText('Đang hiển thị 2 hồ sơ');
  await expect(register.rows()).toHaveCount(2);
  await expect(register.filterSummary()).toHaveText('Lọc Tháng này · Đang giải quyết · mọi lĩnh vực');
});
