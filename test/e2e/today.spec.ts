import { expect, test } from '@playwright/test';
import { createVietnamWorkingCalendar } from '../../src/domain/calendar/vietnamWorkingCalendar.ts';
import { addCalendarDays, vietnamDateKey } from '../../src/domain/vietnamTime.ts';
import { DeskPage } from './support/deskPage.ts';

test('a same-day dossier received on an earlier working day is "Quá hạn", and stays on the apology list once resolved', async ({ page }) => {
  const desk = new DeskPage(page);
  // The last working day before today, 09:00 in Vietnam: "Đăng ký khai sinh" (same day) was due then.
  const calendar = createVietnamWorkingCalendar();
  let day = addCalendarDays(vietnamDateKey(new Date()), -1);
  while (!calendar.isWorkingDay(day)) day = addCalendarDays(day, -1);

  await page.goto('/');
  await desk.receive('Đăng ký khai sinh', 'Trực tiếp', { receivedAt: `${day}T09:00` });
  // Three working days from now: never due today.
  await desk.receive('Cấp Giấy xác nhận tình trạng hôn nhân', 'Trực tiếp');
  await desk.tab('Hôm nay').click();

  const overdue = desk.actionList('Quá hạn');
  const apology = desk.actionList('Trễ hạn chưa có văn bản xin lỗi');
  await expect(overdue.getByRole('heading')).toHaveText('Quá hạn 1 hồ sơ');
  await expect(overdue.getByRole('listitem')).toHaveCount(1);
  await expect(overdue.getByRole('listitem')).toContainText('Đăng ký khai sinh');
  await expect(apology.getByRole('listitem')).toHaveCount(1);
  await expect(desk.actionList('Đang giải quyết').getByRole('listitem')).toHaveText([/^Cấp Giấy xác nhận tình trạng hôn nhân/]);
  await expect(desk.actionList('Đến hạn hôm nay').getByRole('listitem')).toHaveCount(0);
  await expect(desk.actionList('Chờ bổ sung').getByRole('heading')).toHaveText('Chờ bổ sung 0 hồ sơ');

  // Resolved now: no longer overdue, but finished late with no apology yet.
  await overdue.getByRole('button', { name: /^Giải quyết xong: Đăng ký khai sinh/ }).click();
  await overdue.getByRole('button', { name: 'Xác nhận giải quyết' }).click();
  await expect(overdue.getByRole('listitem')).toHaveCount(0);
  await expect(apology.getByRole('button', { name: /^Trả kết quả: Đăng ký khai sinh/ })).toBeVisible();
  await expect(desk.tallyValue('Đã giải quyết')).toHaveText('1');
});
