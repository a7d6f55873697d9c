import { expect, test } from '@playwright/test';
import { DeskPage } from './support/deskPage.ts';

test('after one online visit, every screen opens from a cold start with no network, and /api/ is never answered from cache', async ({ page, context }) => {
  // 1. One visit online: the service worker installs and precaches the app; one dossier is
  //    received (the app records before it is enrolled) so its own screen can be opened later.
  const desk = new DeskPage(page);
  await page.goto('/');
  await desk.waitForServiceWorker();
  await desk.receive('Đăng ký khai sinh', 'Trực tiếp');
  const dossierId = await page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('so-mot-cua');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('dossiers').objectStore('dossiers').getAllKeys();
          request.onsuccess = () => {
            open.result.close();
            resolve(String(request.result[0]));
          };
        };
      }),
  );
  await page.close();

  // 2. No network at all. Each screen is opened in a NEW tab, as when the phone starts the app.
  await context.setOffline(true);
  const routes: ReadonlyArray<{ path: string; heading: string }> = [
    { path: '/', heading: 'Hôm nay' },
    { path: '/tiep-nhan', heading: 'Tiếp nhận hồ sơ' },
    { path: '/so-theo-doi', heading: 'Sổ theo dõi hồ sơ' },
    { path: '/chi-tieu', heading: 'Chỉ tiêu' },
    { path: '/cai-dat', heading: 'Cài đặt' },
    { path: '/dong-bo', heading: 'Đồng bộ' },
    { path: '/bao-cao', heading: 'Báo cáo' },
    { path: '/tong-hop', heading: 'Tổng hợp' },
    { path: `/ho-so/${encodeURIComponent(dossierId)}`, heading: 'Đăng ký khai sinh' },
  ];
  const apiFromCache: string[] = [];
  for (const route of routes) {
    const tab = await context.newPage();
    tab.on('response', (response) => {
      if (new URL(response.url()).pathname.startsWith('/api/') && response.fromServiceWorker()) apiFromCache.push(`${route.path}: ${response.url()}`);
    });
    const response = await tab.goto(route.path);
    expect(response?.fromServiceWorker(), `${route.path} is served by the service worker`).toBe(true);
    await expect(tab.getByRole('heading', { level: 1, name: route.heading, exact: true })).toBeVisible();
    await expect(new DeskPage(tab).syncStatus()).toContainText('Ngoại tuyến');
    await tab.close();
  }
  expect(apiFromCache).toEqual([]);
});
