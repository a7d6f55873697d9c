import { expect, test, type CDPSession } from '@playwright/test';
import { DeskPage } from './support/deskPage.ts';
import { createOfficer, enrollThroughSettings } from './support/enroll.ts';
import { serverDossiers } from './support/serverRecords.ts';

/** The id of the app's service worker registration, as DevTools knows it. */
async function registrationId(cdp: CDPSession): Promise<string> {
  const found = new Promise<string>((resolve) => {
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const live = registrations.find((r) => !r.isDeleted && r.scopeURL.endsWith('/'));
      if (live) resolve(live.registrationId);
    });
  });
  await cdp.send('ServiceWorker.enable');
  return found;
}

test('a save queues a Background Sync; with the app closed, the service worker pushes the outbox itself', async ({ page, context, baseURL }) => {
  const desk = new DeskPage(page);
  const officer = createOfficer('UBND xã Nền', 'Đỗ Văn Nam');
  await page.goto('/');
  await desk.waitForServiceWorker();
  await enrollThroughSettings(page, officer);

  // Offline, a save leaves the change queued and a sync registration behind.
  await context.setOffline(true);
  await desk.receive('Đăng ký khai tử', 'Trực tiếp');
  await expect(desk.syncStatus()).toContainText('1 thay đổi chờ gửi');
  const tags = await page.evaluate(async () => {
    const registration = (await navigator.serviceWorker.ready) as ServiceWorkerRegistration & { sync: { getTags(): Promise<string[]> } };
    return registration.sync.getTags();
  });
  expect(tags).toContain('so-mot-cua-sync');

  // The officer closes the app (no window of it is left), then the network comes back and the
  // browser fires the sync event: the worker pushes on its own.
  const cdp = await context.newCDPSession(page);
  const id = await registrationId(cdp);
  await page.goto('about:blank');
  await context.setOffline(false);
  await cdp.send('ServiceWorker.dispatchSyncEvent', { origin: new URL(baseURL ?? '').origin, registrationId: id, tag: 'so-mot-cua-sync', lastChance: false });
  await expect.poll(() => serverDossiers(officer.unitId).map((d) => d.procedure_name), { timeout: 20_000 }).toEqual(['Đăng ký khai tử']);

  // Back in the app: nothing waits any more.
  await page.goto('/');
  await expect(desk.syncStatus()).toContainText('Đã gửi hết');
});
