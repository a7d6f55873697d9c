import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, devices, expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from '../helpers/systemChromium.ts';
import { DeskPage } from './support/deskPage.ts';

const settingsTab = (page: import('@playwright/test').Page) =>
  page.getByRole('navigation', { name: 'Chức năng chính' }).getByRole('link', { name: 'Cài đặt' });

test('on Chromium the install prompt is kept for the right moment: Cài đặt offers it, the third dossier offers it once, "Để sau" silences it', async ({ baseURL }) => {
  // A persistent profile, as on a phone, so Chromium judges the app installable and fires
  // `beforeinstallprompt`; the engagement heuristic (minutes of use) is skipped for the test.
  const profile = mkdtempSync(path.join(os.tmpdir(), 'so-mot-cua-install-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: systemChromium(),
    args: [...CHROMIUM_ARGS, '--bypass-app-banner-engagement-checks'],
    viewport: { width: 360, height: 780 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const desk = new DeskPage(page);
    const offer = page.getByRole('region', { name: 'Cài đặt ứng dụng' });
    await page.goto(`${baseURL}/`);
    await desk.waitForServiceWorker();
    await page.reload(); // installability needs the page to be controlled

    // Cài đặt → Ứng dụng: the browser's own dialog, one tap away.
    await settingsTab(page).click();
    const app = page.getByRole('region', { name: 'Ứng dụng' });
    await expect(app.getByRole('button', { name: 'Cài đặt ứng dụng lên màn hình chính' })).toBeVisible({ timeout: 20_000 });

    // Two dossiers: no offer yet. The third: the offer appears.
    await desk.receive('Đăng ký khai sinh', 'Trực tiếp');
    await desk.receive('Chứng thực bản sao từ bản chính', 'Trực tiếp');
    await expect(offer).toHaveCount(0);
    await desk.receive('Cấp Giấy xác nhận tình trạng hôn nhân', 'Trực tiếp');
    await expect(offer).toBeVisible();

    // "Để sau": it goes, and stays gone after a restart (remembered for 30 days)…
    await offer.getByRole('button', { name: 'Để sau' }).click();
    await expect(offer).toHaveCount(0);
    const dismissedAt = Number(await page.evaluate(() => localStorage.getItem('so-mot-cua:install-dismissed-at')));
    expect(Math.abs(Date.now() - dismissedAt)).toBeLessThan(60_000);
    await page.reload();
    await settingsTab(page).click();
    // …while Cài đặt still offers installation to an officer who changes their mind.
    await expect(app.getByRole('button', { name: 'Cài đặt ứng dụng lên màn hình chính' })).toBeVisible({ timeout: 20_000 });
    await expect(offer).toHaveCount(0);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('on iPhone Safari (no install prompt there) Cài đặt shows the steps by hand', async ({ browser, baseURL }) => {
  const iPhone = devices['iPhone 13'];
  const context = await browser.newContext({ userAgent: iPhone.userAgent, viewport: iPhone.viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  try {
    const page = await context.newPage();
    await page.goto(`${baseURL}/cai-dat`);
    const steps = page.getByRole('region', { name: 'Ứng dụng' }).getByRole('list', { name: 'Cài trên iPhone' }).getByRole('listitem');
    await expect(steps).toHaveText(['Mở trang này bằng Safari.', 'Bấm nút Chia sẻ (hình vuông có mũi tên lên).', 'Chọn «Thêm vào Màn hình chính», rồi bấm «Thêm».']);
  } finally {
    await context.close();
  }
});
