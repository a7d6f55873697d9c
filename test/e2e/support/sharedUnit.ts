import { expect, type Browser } from '@playwright/test';
import type { DeskPage } from './deskPage.ts';
import type { E2eOfficer } from './enroll.ts';
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
