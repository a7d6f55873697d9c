import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { PushResponse } from '../../src/sync/protocol.ts';
import { DeskPage } from './support/deskPage.ts';
import { DossierPage } from './support/dossierPage.ts';
import { createOfficer, enrollThroughSettings } from './support/enroll.ts';
import { serverDossiers, serverSeqs } from './support/serverRecords.ts';
import { smallTargets } from './support/thumbTargets.ts';

/** No axe violations (light and dark) and thumb-sized targets, with a rejected change listed. */
async function expectAccessible(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  expect(await smallTargets(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
  expect(dark.violations.map((v) => `dark ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
}

/** This phone's device id, read (only read) from its IndexedDB. */
async function deviceIdOf(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('so-mot-cua');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const id = open.result.transaction('meta').objectStore('meta').get('deviceId');
          id.onsuccess = () => {
            resolve((id.result as { value: string }).value);
            open.result.close();
          };
        };
      }),
  );
}

/**
 * Damages the phone's one queued change after it was hashed, as failing storage would (its
 * channel no longer matches its hash): the server then refuses it for real, with its reason.
 */
async function damageQueuedChange(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('so-mot-cua');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('outbox', 'readwrite');
          const outbox = tx.objectStore('outbox');
          const cursor = outbox.openCursor();
          cursor.onsuccess = () => {
            const entry = cursor.result?.value as { payload: { channel: string } } | undefined;
            if (entry !== undefined) cursor.result?.update({ ...entry, payload: { ...entry.payload, channel: 'postal' } });
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

test('a change the server rejects is quarantined, never blocks the queue, and can be sent again, fixed or discarded', async ({ page, context }) => {
  const desk = new DeskPage(page);
  const officer = createOfficer('UBND xã Cách Ly', 'Lê Thị Hoa');

  await page.goto('/');
  await desk.waitForServiceWorker();
  await enrollThroughSettings(page, officer);
  const deviceId = await deviceIdOf(page);

  // 1. Offline, the officer receives a dossier (change 1), and the phone's storage damages it.
  await context.setOffline(true);
  await desk.receive('Đăng ký khai sinh', 'Trực tiếp');
  await damageQueuedChange(page);

  // 2. Back online: the server refuses it; the header shows a badge, the queue is empty.
  await context.setOffline(false);
  await expect(desk.syncStatus()).toContainText('1 bị từ chối', { timeout: 20_000 });
  await expect(desk.syncStatus()).toContainText('Đã gửi hết');

  // 3. "Chi tiết đồng bộ" opens "Đồng bộ": the change, its record and the server's reason.
  await page.getByRole('region', { name: 'Trạng thái đồng bộ' }).getByRole('link', { name: 'Chi tiết đồng bộ' }).click();
  await expect(page).toHaveURL(/\/dong-bo$/);
  await expect(page.getByRole('heading', { name: 'Đồng bộ', level: 1 })).toBeVisible();
  const quarantine = page.getByRole('region', { name: 'Thay đổi bị máy chủ từ chối' });
  const item = quarantine.getByRole('listitem', { name: 'Đăng ký khai sinh' });
  await expect(item).toContainText('Lý do: Mã băm không khớp nội dung');
  await expect(item).toContainText(/Tiếp nhận \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
  const overview = page.getByRole('region', { name: 'Tình trạng' });
  await expect(overview).toContainText('Đã đăng ký: UBND xã Cách Ly · Lê Thị Hoa');
  await expectAccessible(page);

  // 4. "Gửi lại" sends it once more; the server refuses it again, and it stays quarantined.
  const resent = page.waitForResponse((r) => r.url().endsWith('/api/sync') && r.request().method() === 'POST');
  await item.getByRole('button', { name: 'Gửi lại: Đăng ký khai sinh' }).click();
  await expect(quarantine.getByRole('status')).toHaveText('Đã đưa thay đổi vào hàng chờ và đang gửi lại.');
  expect(((await (await resent).json()) as PushResponse).receipts).toEqual([expect.objectContaining({ status: 'rejected' })]);
  await expect(item).toBeVisible();
  await expect(desk.syncStatus()).toContainText('1 bị từ chối');

  // 5. "Mở hồ sơ" to fix it: a new save is a new change, which the server accepts.
  await item.getByRole('link', { name: 'Mở hồ sơ: Đăng ký khai sinh' }).click();
  await expect(page).toHaveURL(/\/ho-so\/[0-9a-f-]{36}$/);
  const dossier = new DossierPage(page);
  await dossier.face('Hài lòng').click();
  await expect(dossier.face('Hài lòng')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => serverSeqs(deviceId), { timeout: 20_000 }).toEqual([2]);
  await expect.poll(() => serverDossiers(officer.unitId).map((d) => d.procedure_name)).toEqual(['Đăng ký khai sinh']);

  // 6. "Bỏ" asks first, then drops the old change for good; nothing is left quarantined.
  await page.getByRole('region', { name: 'Trạng thái đồng bộ' }).getByRole('link', { name: 'Chi tiết đồng bộ' }).click();
  await item.getByRole('button', { name: 'Bỏ: Đăng ký khai sinh' }).click();
  const confirm = item.getByRole('group', { name: 'Xác nhận bỏ thay đổi: Đăng ký khai sinh' });
  await expect(confirm).toContainText('Nó sẽ không bao giờ đến máy chủ.');
  await confirm.getByRole('button', { name: 'Bỏ thay đổi' }).click();
  await expect(quarantine.getByRole('status')).toHaveText('Đã bỏ thay đổi. Nó sẽ không được gửi lên máy chủ.');
  await expect(quarantine).toContainText('Không có thay đổi nào bị từ chối.');
  await expect(desk.syncStatus()).not.toContainText('bị từ chối');
  await expect(page.getByRole('alert').filter({ hasText: 'thay đổi' })).toHaveCount(0);
});
