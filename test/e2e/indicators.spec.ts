import { expect, test } from '@playwright/test';
import { DeskPage } from './support/deskPage.ts';
import { IndicatorsPage } from './support/indicatorsPage.ts';

test('the officer picks plan 004, sees each row met or not, types a manual figure, then copies and edits the plan', async ({ page }) => {
  const desk = new DeskPage(page);
  await page.goto('/');
  // Three dossiers today: a certified copy in person (fee), a birth registration fully online
  // (no fee), a marital-status certificate partly online (fee).
  await desk.receive('Chứng thực bản sao từ bản chính', 'Trực tiếp');
  await desk.receive('Đăng ký khai sinh', 'Trực tuyến toàn trình');
  await desk.receive('Cấp Giấy xác nhận tình trạng hôn nhân', 'Trực tuyến một phần');

  const indicators = new IndicatorsPage(page);
  await indicators.open();
  await indicators.choosePlan('UBND phường Thống Nhất · 2025');

  // Plan 004, Phụ lục I.2: online dossiers, target 60. Online: 2 of 3 = 66,7% → met.
  const online = indicators.row('Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận');
  await expect(online).toContainText('66,7%');
  await expect(online).toContainText('(2/3)');
  await expect(online).toContainText('Đạt');
  // Plan 004, Phụ lục I.1: online payment, target 60. Fee dossiers 2, paid online 0 → 0%, not met, 60 points short.
  const payment = indicators.row('Tỷ lệ thanh toán trực tuyến trên Cổng');
  await expect(payment).toContainText('0%');
  await expect(payment).toContainText('Chưa đạt — còn thiếu 60 điểm %');
  // Plan 004, Phụ lục IV.1: on time; nothing finished yet → no data, never 0% or 100%.
  await expect(indicators.row('được giải quyết đúng hạn')).toContainText('Chưa có dữ liệu');

  // The dossiers behind the figure: 3 in the denominator, the 2 online ones counted (✓), and a trend chart.
  await online.getByRole('button', { name: /^Xem chi tiết: Tỷ lệ hồ sơ trực tuyến/ }).click();
  await expect(online.getByRole('img', { name: /Tỷ lệ hồ sơ trực tuyến/ })).toBeVisible();
  await expect(online.getByText('3 hồ sơ trong mẫu số.')).toBeVisible();
  await expect(online.getByRole('link', { name: /^Tính vào tử số/ })).toHaveCount(2);
  await expect(online.getByRole('link', { name: /^Không tính vào tử số: Chứng thực bản sao/ })).toHaveCount(1);
  await online.getByRole('button', { name: /^Ẩn chi tiết/ }).click();

  // Filtered to dossiers received in person: 1 dossier, none online → 0 of 1.
  await page.getByRole('combobox', { name: 'Hình thức nộp' }).selectOption({ label: 'Trực tiếp' });
  await expect(online).toContainText('(0/1)');
  await page.getByRole('combobox', { name: 'Hình thức nộp' }).selectOption({ label: 'Tất cả hình thức' });
  // A custom period (the last 30 days, today included) holds the same three dossiers.
  await page.getByRole('combobox', { name: 'Kỳ' }).selectOption({ label: 'Tùy chọn' });
  await expect(page.getByRole('textbox', { name: 'Từ ngày' })).toBeVisible();
  await expect(online).toContainText('(2/3)');
  await page.getByRole('combobox', { name: 'Kỳ' }).selectOption({ label: 'Tháng' });

  // Plan 004, Phụ lục II.1 is not computable from dossiers: typed by hand, 9 of 10 against 100% → not met.
  const valid = indicators.row('Tỷ lệ số hóa kết quả giải quyết thủ tục hành chính đang còn hiệu lực');
  await valid.getByRole('button', { name: /^Nhập số liệu/ }).click();
  await valid.getByRole('textbox', { name: 'Đạt được' }).fill('9');
  await valid.getByRole('textbox', { name: 'Trên tổng số' }).fill('10');
  await valid.getByRole('button', { name: 'Lưu số liệu' }).click();
  await expect(valid).toContainText('90%');
  await expect(valid).toContainText('Chưa đạt');
  // A count above its total is refused with a message, and the figure already saved stays.
  await valid.getByRole('button', { name: /^Nhập số liệu/ }).click();
  await valid.getByRole('textbox', { name: 'Đạt được' }).fill('11');
  await valid.getByRole('button', { name: 'Lưu số liệu' }).click();
  await expect(valid.getByRole('alert')).toContainText('tử số không được lớn hơn mẫu số');
  await page.reload();
  await indicators.open();
  await expect(indicators.row('Tỷ lệ số hóa kết quả giải quyết thủ tục hành chính đang còn hiệu lực')).toContainText('90%');

  // Copy the preset and raise the online target to 70: 66,7% is then not met.
  await page.getByRole('button', { name: 'Sao chép để sửa' }).click();
  await page.getByRole('textbox', { name: 'Chỉ tiêu (%) – mục I.2' }).fill('70');
  await page.getByRole('button', { name: 'Lưu kế hoạch' }).click();
  await expect(page.getByRole('combobox', { name: 'Kế hoạch đang theo dõi' })).toHaveValue(/.+/);
  await expect(page.getByRole('heading', { name: /^Bản sao của/ })).toBeVisible();
  const copied = indicators.row('Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận');
  await expect(copied).toContainText('Chỉ tiêu: Đạt 70%');
  await expect(copied).toContainText('Chưa đạt — còn thiếu 3,3 điểm %');

  // The 766 estimate is a range, labelled as an estimate.
  await expect(page.getByRole('region', { name: 'Ước tính điểm Bộ chỉ số 766' })).toContainText('ước tính');
});
