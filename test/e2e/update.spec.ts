import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { freePort } from '../helpers/freePort.ts';
import { adminCliOn, buildApp, startAppServer, type AppServer } from './support/appServer.ts';
import { DeskPage } from './support/deskPage.ts';
import { codeOf, enrollWithCode } from './support/enroll.ts';

// Two real builds that differ only by the version baked in: what an officer's phone meets
// when the commune's server is upgraded while the phone holds unsent work.
const V1 = '1.0.0-e2e-cu';
const V2 = '2.0.0-e2e-moi';

let workDir = '';
let v1Dir = '';
let v2Dir = '';

test.describe.configure({ timeout: 120_000 });

test.beforeAll(() => {
  workDir = mkdtempSync(path.join(os.tmpdir(), 'so-mot-cua-update-'));
  v1Dir = path.join(workDir, 'v1');
  v2Dir = path.join(workDir, 'v2');
  buildApp(v1Dir, V1);
  buildApp(v2Dir, V2);
});

test.afterAll(() => {
  if (workDir !== '') rmSync(workDir, { recursive: true, force: true });
});

/** The dossiers and outbox entries IndexedDB holds, read raw (no app code), in key order. */
async function deviceRecords(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ version: number; dossiers: Array<{ id: string; procedureName: string }>; outbox: Array<{ seq: number; changeId: string; state: string }> }>(
        (resolve, reject) => {
          const open = indexedDB.open('so-mot-cua');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['dossiers', 'outbox'], 'readonly');
            const dossiers = tx.objectStore('dossiers').getAll();
            const outbox = tx.objectStore('outbox').getAll();
            tx.oncomplete = () => {
              const version = db.version;
              db.close();
              resolve({
                version,
                dossiers: (dossiers.result as Array<{ id: string; procedure: { name: string } }>).map(({ id, procedure }) => ({ id, procedureName: procedure.name })),
                outbox: (outbox.result as Array<{ seq: number; changeId: string; state: string }>).map(({ seq, changeId, state }) => ({ seq, changeId, state })),
              });
            };
          };
        },
      ),
  );
}

/** The app's hashed files of one build (`assets/…`): what a page of that version loads. */
function assetsOf(dir: string): Set<string> {
  return new Set(readdirSync(path.join(dir, 'assets')).map((f) => `/assets/${f}`));
}

test('a new version waits for consent, carries every dossier and unsent change across, then sends them', async ({ page, context }) => {
  const port = await freePort();
  const databaseFile = path.join(workDir, 'server.sqlite');
  let server: AppServer = await startAppServer({ port, staticDir: v1Dir, databaseFile });
  const desk = new DeskPage(page);
  const settings = () => page.getByRole('navigation', { name: 'Chức năng chính' }).getByRole('link', { name: 'Cài đặt' });
  const version = () => page.getByRole('region', { name: 'Ứng dụng' }).getByText(/^Phiên bản /);
  try {
    // 1. Version 1, installed and enrolled.
    await page.goto(`${server.url}/`);
    await desk.waitForServiceWorker();
    const officer = { unitId: 'xa-cap-nhat', unitName: 'UBND xã Cập Nhật', officerId: 'can-bo-cap-nhat', officerName: 'Lê Văn Bình' };
    adminCliOn(databaseFile, port, 'unit', 'add', officer.unitId, '--name', officer.unitName);
    adminCliOn(databaseFile, port, 'officer', 'add', officer.unitId, officer.officerId, '--name', officer.officerName);
    const issued = adminCliOn(databaseFile, port, 'code', 'issue', officer.unitId, officer.officerId, '--url', server.url);
    await enrollWithCode(page, officer, codeOf(/(https?:\/\/\S+\/cai-dat\?ma=\S+)/.exec(issued)?.[1] ?? ''));
    await expect(version()).toHaveText(`Phiên bản ${V1}`);

    // 2. Offline, two dossiers received: two changes wait in the outbox.
    await context.setOffline(true);
    await desk.receive('Đăng ký khai sinh', 'Trực tiếp');
    await desk.receive('Chứng thực bản sao từ bản chính', 'Bưu chính công ích');
    await expect(desk.syncStatus()).toContainText('2 thay đổi chờ gửi');
    const before = await deviceRecords(page);
    expect(before.dossiers).toHaveLength(2);
    expect(before.outbox).toHaveLength(2);
    expect(before.outbox.every((e) => e.state === 'pending')).toBe(true);

    // 3. The sync endpoint stays unreachable from here until step 8, so the unsent changes
    //    must be carried by IndexedDB into the new version rather than pushed by the old one.
    await context.route('**/api/sync', (route) => route.abort('connectionrefused'));
    // Back online: the app looks for a new version at once (the `online` check); none yet.
    await context.setOffline(false);
    const banner = page.getByRole('alert').filter({ hasText: 'Có phiên bản mới.' });
    const nothingNew = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
      return registration?.installing === null && registration.waiting === null;
    });
    expect(nothingNew).toBe(true);
    await expect(banner).toHaveCount(0);

    // 4. Meanwhile the commune's server is upgraded to version 2 (same address, same data).
    //    When the officer comes back to the app (visibilitychange), it looks again, finds
    //    version 2 and announces it; nothing switches without the officer.
    await server.stop();
    server = await startAppServer({ port, staticDir: v2Dir, databaseFile });
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await expect(banner).toBeVisible({ timeout: 20_000 });
    // Offline, the banner says beforehand what happens to the unsent changes.
    await context.setOffline(true);
    await expect(banner).toContainText('2 thay đổi chưa gửi vẫn nằm an toàn trên máy; phiên bản mới sẽ gửi chúng khi có mạng.');
    await context.setOffline(false);
    await expect(banner).not.toContainText('thay đổi chưa gửi');
    await desk.tab('Hôm nay').click();
    await expect(desk.openDossiers()).toHaveCount(2);
    await settings().click();
    await expect(version()).toHaveText(`Phiên bản ${V1}`);

    // 5. The officer accepts: a push is tried first (it fails here), then version 2 takes
    //    over and the page reloads once. From then on only version 2's files are loaded.
    const v1Only = [...assetsOf(v1Dir)].filter((a) => !assetsOf(v2Dir).has(a));
    expect(v1Only.length).toBeGreaterThan(0);
    const v2Only = [...assetsOf(v2Dir)].filter((a) => !assetsOf(v1Dir).has(a));
    const loadedAfterSwitch: string[] = [];
    const reloaded = page.waitForEvent('load');
    const sequence: string[] = [];
    page.on('request', (r) => {
      loadedAfterSwitch.push(new URL(r.url()).pathname);
      if (r.isNavigationRequest()) sequence.push('reload');
      else if (r.method() === 'POST' && r.url().endsWith('/api/sync')) sequence.push('push');
    });
    await banner.getByRole('button', { name: 'Cập nhật' }).click();
    await reloaded;
    // Online with changes waiting, a push was tried before the switch (it failed: the server
    // could not be reached), then the page reloaded.
    expect(sequence.slice(0, sequence.indexOf('reload') + 1)).toEqual(['push', 'reload']);
    await expect(version()).toHaveText(`Phiên bản ${V2}`);
    await expect(banner).toHaveCount(0);
    await desk.tab('Hôm nay').click();
    await expect(desk.openDossiers()).toHaveCount(2);
    expect(loadedAfterSwitch.filter((p) => v2Only.includes(p)).length).toBeGreaterThan(0);
    expect(loadedAfterSwitch.filter((p) => v1Only.includes(p))).toEqual([]);

    // 6. Every dossier and every unsent change came across unchanged, in the same database.
    const after = await deviceRecords(page);
    expect(after).toEqual(before);
    await expect(desk.syncStatus()).toContainText('2 thay đổi chờ gửi');

    // 7. Once version 2 runs, version 1's files leave the cache (not before: see
    //    service-worker/precacheAcrossVersions.ts).
    await expect
      .poll(() => page.evaluate(async () => (await Promise.all((await caches.keys()).map(async (n) => (await (await caches.open(n)).keys()).map((r) => new URL(r.url).pathname)))).flat()))
      .not.toEqual(expect.arrayContaining([v1Only[0]]));

    // 8. The server answers again: version 2 sends what version 1 recorded, once.
    await context.unroute('**/api/sync');
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect(desk.syncStatus()).toContainText('Đã gửi hết', { timeout: 20_000 });
    const onServer = (() => {
      const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
      try {
        return db.prepare('SELECT id, procedure_name FROM dossiers WHERE unit_id = ? ORDER BY procedure_name').all(officer.unitId);
      } finally {
        db.close();
      }
    })();
    expect(onServer).toEqual(
      [...before.dossiers].sort((a, b) => a.procedureName.localeCompare(b.procedureName, 'vi')).map((d) => ({ id: d.id, procedure_name: d.procedureName })),
    );
  } finally {
    await server.stop();
  }
});

test("between the switch and the reload the old version's files are still served; once a new page runs they go", async ({ context }) => {
  const port = await freePort();
  const databaseFile = path.join(workDir, 'server-files.sqlite');
  let server: AppServer = await startAppServer({ port, staticDir: v1Dir, databaseFile });
  try {
    const app = await context.newPage();
    await app.goto(`${server.url}/`);
    await new DeskPage(app).waitForServiceWorker();
    // A tab of the same origin that runs no app code (an /api/ address, never answered by the
    // worker) but is controlled: it plays the old page that has not reloaded yet.
    const oldPage = await context.newPage();
    await oldPage.goto(`${server.url}/api/health`);
    await expect.poll(() => oldPage.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await server.stop();
    server = await startAppServer({ port, staticDir: v2Dir, databaseFile });
    const v1Only = [...assetsOf(v1Dir)].filter((a) => a.endsWith('.js') && !assetsOf(v2Dir).has(a));
    expect(v1Only.length).toBeGreaterThan(0);
    // The server no longer has version 1's files.
    expect((await fetch(`${server.url}${v1Only[0]}`)).status).toBe(404);

    // Version 2 installs and waits; the officer's app tab is closed, the old page stays.
    await oldPage.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect.poll(() => oldPage.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null)).toBe(true);
    await app.close();

    // Consent (what "Cập nhật" sends): version 2 takes control of the old page.
    await oldPage.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      const switched = new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      registration?.waiting?.postMessage({ type: 'SKIP_WAITING' });
      await switched;
    });
    // Every one of version 1's scripts still loads for the old page, from the worker's cache
    // (the browser's HTTP cache, which would also hold them, is emptied first).
    await (await context.newCDPSession(oldPage)).send('Network.clearBrowserCache');
    const statuses = (paths: string[]) => oldPage.evaluate(async (ps) => Promise.all(ps.map(async (p) => (await fetch(p)).status)), paths);
    expect(await statuses(v1Only)).toEqual(v1Only.map(() => 200));

    // A page of version 2 runs: version 1's files are dropped from the cache.
    const fresh = await context.newPage();
    await fresh.goto(`${server.url}/cai-dat`);
    await expect(fresh.getByRole('region', { name: 'Ứng dụng' }).getByText(`Phiên bản ${V2}`)).toBeVisible();
    await (await context.newCDPSession(oldPage)).send('Network.clearBrowserCache');
    await expect.poll(() => statuses(v1Only)).toEqual(v1Only.map(() => 404));
  } finally {
    await server.stop();
  }
});
