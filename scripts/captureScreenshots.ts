/**
 * Captures the manifest's screenshots (public/screenshots/) from the real app: a fresh build
 * served by the real server, three dossiers received on "Tiếp nhận", then "Hôm nay" on a
 * 360 × 780 phone ("narrow") and on a 1280 × 720 screen ("wide"). Run it again when the
 * screens change:  npx tsx scripts/captureScreenshots.ts
 * Each PNG must stay under 150 KB (checked here), since installing downloads them.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { freePort } from '../test/helpers/freePort.ts';
import { CHROMIUM_ARGS, systemChromium } from '../test/helpers/systemChromium.ts';
import { buildApp, startAppServer } from '../test/e2e/support/appServer.ts';
import { DeskPage } from '../test/e2e/support/deskPage.ts';

const MAX_BYTES = 150 * 1024;
const OUT = path.resolve('public/screenshots');

const work = mkdtempSync(path.join(os.tmpdir(), 'so-mot-cua-screenshots-'));
const dist = path.join(work, 'dist');
buildApp(dist, 'screenshots');
const server = await startAppServer({ port: await freePort(), staticDir: dist, databaseFile: path.join(work, 'server.sqlite') });
const browser = await chromium.launch({ executablePath: systemChromium(), args: [...CHROMIUM_ARGS] });
try {
  const shots = [
    { file: 'hom-nay-hep.png', viewport: { width: 360, height: 780 } },
    { file: 'hom-nay-rong.png', viewport: { width: 1280, height: 720 } },
  ];
  for (const shot of shots) {
    const context = await browser.newContext({ viewport: shot.viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', deviceScaleFactor: 1 });
    const page = await context.newPage();
    const desk = new DeskPage(page);
    await page.goto(`${server.url}/`);
    await desk.receive('Đăng ký khai sinh', 'Trực tiếp');
    await desk.receive('Chứng thực bản sao từ bản chính', 'Trực tuyến toàn trình');
    await desk.receive('Cấp Giấy xác nhận tình trạng hôn nhân', 'Bưu chính công ích');
    await desk.tab('Hôm nay').click();
    await desk.tally().waitFor();
    // A fresh browser profile has not granted persistent storage: acknowledge that notice, it
    // is not what the screenshot shows.
    const understood = page.getByRole('button', { name: 'Đã hiểu' });
    if (await understood.isVisible()) await understood.click();
    const file = path.join(OUT, shot.file);
    await page.screenshot({ path: file });
    const size = statSync(file).size;
    if (size > MAX_BYTES) throw new Error(`${shot.file} is ${size} bytes, over ${MAX_BYTES}`);
    console.log(`${shot.file}: ${shot.viewport.width}×${shot.viewport.height}, ${(size / 1024).toFixed(1)} KiB`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
  rmSync(work, { recursive: true, force: true });
}
