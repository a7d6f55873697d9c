import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { adminCli, type E2eOfficer } from './support/enroll.ts';
import { enrolledPhone } from './support/enrolledPhone.ts';
import { serverDossiers } from './support/serverRecords.ts';
import { smallTargets } from './support/thumbTargets.ts';

test('a district supervisor sees the communes ranked, one commune per officer, and downloads Biểu 06 as CSV; offline the figures stay', async ({ browser }) => {
  // A district over two communes, an officer in each and a supervisor at the district (admin CLI).
  const s = randomBytes(4).toString('hex');
  const district = { id: `huyen-e2e-${s}`, name: 'UBND huyện Thử Nghiệm' };
  const dong: E2eOfficer = { unitId: `xa-dong-${s}`, unitName: 'UBND xã Đông', officerId: `lan-${s}`, officerName: 'Nguyễn Thị Lan' };
  const tay: E2eOfficer = { unitId: `xa-tay-${s}`, unitName: 'UBND xã Tây', officerId: `minh-${s}`, officerName: 'Trần Văn Minh' };
  const supervisor: E2eOfficer = { unitId: district.id, unitName: district.name, officerId: `thong-ke-${s}`, officerName: 'Lê Văn Thống' };
  adminCli('unit', 'add', district.id, '--name', district.name, '--kind', 'district');
  for (const o of [dong, tay]) {
    adminCli('unit', 'add', o.unitId, '--name', o.unitName, '--parent', district.id);
    adminCli('officer', 'add', o.unitId, o.officerId, '--name', o.officerName);
  }
  adminCli('officer', 'add', district.id, supervisor.officerId, '--name', supervisor.officerName, '--role', 'supervisor');

  // Lan (xã Đông) receives two birth registrations, one in person that she resolves, one online;
  // Minh (xã Tây) receives one online and leaves it open.
  const lan = await enrolledPhone(browser, dong);
  await lan.desk.receive('Đăng ký khai sinh', 'Trực tiếp');
  await lan.desk.tab('Hôm nay').click();
  await lan.page.getByRole('button', { name: /^Giải quyết xong: Đăng ký khai sinh/ }).first().click();
  await lan.page.getByRole('button', { name: 'Xác nhận giải quyết' }).click();
  await lan.desk.receive('Đăng ký khai sinh', 'Trực tuyến toàn trình');
  const minh = await enrolledPhone(browser, tay);
  await minh.desk.receive('Đăng ký khai sinh', 'Trực tuyến toàn trình');
  await expect.poll(() => serverDossiers(dong.unitId).map((d) => d.status).sort(), { timeout: 20_000 }).toEqual(['received', 'resolved']);
  await expect.poll(() => serverDossiers(tay.unitId).length, { timeout: 20_000 }).toBe(1);

  // The supervisor's phone enrolls, finds "Tổng hợp" in Cài đặt and opens it.
  const boss = await enrolledPhone(browser, supervisor);
  const page = boss.page;
  await page.getByRole('link', { name: 'Tổng hợp' }).click();
  await expect(page.getByRole('heading', { name: 'Tổng hợp', level: 1 })).toBeVisible();

  // Ranking on "trước hạn và đúng hạn": xã Đông 1 of 1 finished; xã Tây has nothing finished (last, no data).
  const ranking = page.getByRole('region', { name: 'Xếp hạng đơn vị' });
  await expect(ranking.getByRole('listitem')).toHaveText([/^1\s*UBND xã Đông\s*100\s*%\s*\(1\/1\)$/, /^–\s*UBND xã Tây\s*Chưa có dữ liệu$/]);
  // On "hồ sơ trực tuyến": xã Tây 1 of 1 (100%), xã Đông 1 of 2 (50%).
  await ranking.getByRole('combobox', { name: 'Chỉ tiêu xếp hạng' }).selectOption({ label: 'Tỷ lệ hồ sơ trực tuyến' });
  await expect(ranking.getByRole('listitem')).toHaveText([/^1\s*UBND xã Tây\s*100\s*%\s*\(1\/1\)$/, /^2\s*UBND xã Đông\s*50\s*%\s*\(1\/2\)$/]);

  // Biểu 06 of the district: 3 received, 1 resolved, 2 in progress.
  const flow = page.getByRole('region', { name: 'Biểu 06: tình hình giải quyết hồ sơ' });
  const figure = (label: string) => flow.locator('div').filter({ has: page.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) }) }).getByRole('definition');
  await expect(figure('Tiếp nhận trong kỳ')).toHaveText('3');
  await expect(figure('Đã giải quyết')).toHaveText('1');
  await expect(figure('Đang giải quyết')).toHaveText('2');
  await expect(flow.getByText(/^Số liệu lúc \d{2}:\d{2}/)).toBeVisible();

  // "Tải CSV": the same figures in the file, UTF-8 with a BOM; the total row reads 3 received, 2 online, 1 in person,
  // 1 resolved (early or on time, by the hour of the run), 2 in progress and both within their deadline: a month not
  // over yet is counted up to today, and a dossier received today is not overdue today.
  const [download] = await Promise.all([page.waitForEvent('download'), flow.getByRole('button', { name: 'Tải CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^Bieu-06_huyen-e2e-[0-9a-f]+_month-\d{4}-\d{2}\.csv$/);
  const bytes = readFileSync((await download.path()) ?? '');
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
  expect(lines.at(-1)).toMatch(/^,Tổng cộng,3,2,1,0,1,\d,\d,0,2,2,0$/);
  expect(lines.some((line) => line.startsWith('1,Hộ tịch,3,2,1,0,1,'))).toBe(true);

  // One commune: per officer. Lan received 2, resolved 1, has 1 in progress.
  await page.getByRole('combobox', { name: 'Đơn vị' }).selectOption({ label: 'UBND xã Đông' });
  const officers = page.getByRole('region', { name: 'Theo cán bộ' });
  const lanItem = officers.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Nguyễn Thị Lan' }) });
  await expect(lanItem).toBeVisible();
  const lanFigure = (label: string) => lanItem.locator('div').filter({ has: page.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) }) }).getByRole('definition');
  await expect(lanFigure('Tiếp nhận')).toHaveText('2');
  await expect(lanFigure('Đã giải quyết')).toHaveText(/^1 \(trước hạn \d, đúng hạn \d, quá hạn 0\)$/);
  await expect(lanFigure('Đang giải quyết')).toHaveText('1 (quá hạn 0)');
  await expect(lanFigure('Tỷ lệ hồ sơ trực tuyến')).toHaveText(/^50\s*%$/);

  // The screen passes axe and has thumb-sized targets.
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  expect(await smallTargets(page)).toEqual([]);

  // Offline, after a reload: the last figures stay, with their time and a clear note.
  await boss.desk.waitForServiceWorker();
  await boss.context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Tổng hợp', level: 1 })).toBeVisible();
  const offlineRanking = page.getByRole('region', { name: 'Xếp hạng đơn vị' });
  await expect(offlineRanking.getByRole('listitem')).toHaveText([/UBND xã Đông/, /UBND xã Tây/]);
  await expect(offlineRanking.getByText('Cần kết nối mạng để cập nhật.')).toBeVisible();
  await expect(offlineRanking.getByText(/^Số liệu lúc \d{2}:\d{2}/)).toBeVisible();

  for (const phone of [lan, minh, boss]) await phone.context.close();
});

test('an officer’s phone opening Tổng hợp is told it needs a supervisor enrollment', async ({ page }) => {
  await page.goto('/tong-hop');
  await expect(page.getByRole('heading', { name: 'Tổng hợp', level: 1 })).toBeVisible();
  await expect(page.getByText(/^Màn hình này dành cho tài khoản giám sát/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Mở Cài đặt' })).toBeVisible();
});
