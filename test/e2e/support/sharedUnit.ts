import { expect, type Browser } from '@playwright/test';
import type { DeskPage } from './deskPage.ts';
import { adminCli, createOfficer, type E2eOfficer } from './enroll.ts';
import { enrolledPhone, type EnrolledPhone } from './enrolledPhone.ts';
import { serverDossiers } from './serverRecords.ts';

// Steps of the tests where several phones of one unit share dossiers through the server.

/** An enrolled phone, on "Hôm nay". */
export async function phoneOnDesk(browser: Browser, officer: E2eOfficer): Promise<EnrolledPhone> {
  const phone = await enrolledPhone(browser, officer);
  await phone.desk.tab('Hôm nay').click();
  return phone;
}

/**
 * Taps "Đồng bộ ngay" and waits for a pull that the tap caused to be answered. The status
 * line alone cannot tell: it may already read "Đã gửi hết" from an earlier round.
 */
export async function syncNow(desk: DeskPage): Promise<void> {
  const pulled = desk.page.waitForResponse((r) => r.url().includes('/api/pull') && r.ok(), { timeout: 20_000 });
  await desk.page.getByRole('region', { name: 'Trạng thái đồng bộ' }).getByRole('button', { name: 'Đồng bộ ngay' }).click();
  await pulled;
  await expect(desk.syncStatus()).toContainText('Đã gửi hết', { timeout: 20_000 });
}

/** Waits until the server holds the unit's only dossier in `status` (what a phone's push delivered). */
export async function serverHas(unitId: string, status: string): Promise<void> {
  await expect.poll(() => serverDossiers(unitId).map((d) => d.status), { timeout: 20_000 }).toEqual([status]);
}

/** Two officers of one new unit, Lan and Minh, each on a phone enrolled and on "Hôm nay". */
export async function twoOfficersOnDesks(browser: Browser, unitName: string): Promise<{ unitId: string; lan: EnrolledPhone; minh: EnrolledPhone }> {
  const lanOfficer = createOfficer(unitName, 'Nguyễn Thị Lan');
  const minhOfficer: E2eOfficer = { ...lanOfficer, officerId: `${lanOfficer.officerId}-minh`, officerName: 'Trần Văn Minh' };
  adminCli('officer', 'add', minhOfficer.unitId, minhOfficer.officerId, '--name', minhOfficer.officerName);
  return { unitId: lanOfficer.unitId, lan: await phoneOnDesk(browser, lanOfficer), minh: await phoneOnDesk(browser, minhOfficer) };
}

/**
 * Lan receives a birth registration and it reaches the server; Minh's phone pulls it, Minh
 * resolves it there, and the resolution reaches the server. Lan's phone has not pulled it yet.
 */
export async function receivedByLanResolvedByMinh(unitId: string, lan: EnrolledPhone, minh: EnrolledPhone): Promise<void> {
  await lan.desk.receive('Đăng ký khai sinh', 'Trực tiếp');
  await lan.desk.tab('Hôm nay').click();
  await serverHas(unitId, 'received');

  await syncNow(minh.desk);
  await expect(minh.desk.openDossiers()).toHaveCount(1);
  await minh.page.getByRole('button', { name: /^Giải quyết xong: Đăng ký khai sinh/ }).click();
  await minh.page.getByRole('button', { name: 'Xác nhận giải quyết' }).click();
  await serverHas(unitId, 'resolved');
}
