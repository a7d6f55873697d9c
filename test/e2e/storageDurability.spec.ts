import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { smallTargets } from './support/thumbTargets.ts';
import { DeskPage } from './support/deskPage.ts';

/** Counts rows of the app's IndexedDB stores, read straight from the browser (not through the app). */
async function storedCounts(page: Page): Promise<{ dossiers: number; outbox: number; history: number }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('so-mot-cua');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['dossiers', 'outbox', 'history'], 'readonly');
          const counts = { dossiers: 0, outbox: 0, history: 0 };
          for (const name of ['dossiers', 'outbox', 'history'] as const) {
            const request = tx.objectStore(name).count();
            request.onsuccess = () => (counts[name] = request.result);
          }
          tx.oncomplete = () => (db.close(), resolve(counts));
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** The axe rules of accessibility.spec.ts, and thumb-sized targets, on what the page shows now. */
async function expectAccessible(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  expect(await smallTargets(page)).toEqual([]);
}

/** Picks a procedure and types the applicant's name on "Tiếp nhận", without saving. */
async function typeEntry(desk: DeskPage, procedure: string, name: string): Promise<void> {
  await desk.tab('Tiếp nhận').click();
  await desk.procedures().getByRole('radio', { name: new RegExp(`^${procedure}`) }).check();
  await (await desk.optionalField('Họ tên người nộp')).fill(name);
  await expect(desk.appointment()).toBeVisible();
}

/**
 * Fills the origin's remaining quota with random bytes in a separate database (as photos and
 * other data would), in shrinking chunks until Chromium itself refuses a write: QuotaExceededError.
 */
async function fillRemainingSpace(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const put = (key: number, size: number) =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('space-filler', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('blobs');
        open.onsuccess = () => {
          const bytes = new Uint8Array(size);
          for (let i = 0; i < size; i += 65536) crypto.getRandomValues(bytes.subarray(i, Math.min(size, i + 65536)));
          const tx = open.result.transaction('blobs', 'readwrite');
          tx.objectStore('blobs').put(bytes, key);
          tx.oncomplete = () => (open.result.close(), resolve(true));
          tx.onabort = () => (open.result.close(), resolve(false));
        };
      });
    let key = 0;
    for (const size of [1024 * 1024, 64 * 1024, 4 * 1024, 512]) while (await put(key++, size));
  });
}

test('a full disk during a save: the officer is told, the entry stays (also after a reload), and it saves once space is back', async ({ page, context, baseURL }) => {
  // Chromium applies a quota override to an origin's IndexedDB opened after it: set it before the app first loads.
  const cdp = await context.newCDPSession(page);
  const origin = new URL(baseURL!).origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 30 * 1024 * 1024 });
  const desk = new DeskPage(page);
  await page.goto('/');
  await desk.receive('Đăng ký khai sinh', 'Trực tiếp'); // the desk works while there is room
  await fillRemainingSpace(page);

  await typeEntry(desk, 'Chứng thực bản sao từ bản chính', 'Trần Thị Đầy');
  await desk.saveButton().click();
  await expect(page.getByRole('alert')).toContainText('Bộ nhớ của máy đã đầy');
  await expect(await desk.optionalField('Họ tên người nộp')).toHaveValue('Trần Thị Đầy');
  expect(await storedCounts(page)).toEqual({ dossiers: 1, outbox: 1, history: 1 }); // nothing half-written

  // A reload (or a crash) keeps the entry: the draft lives in localStorage.
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'Đã khôi phục bản nháp chưa lưu' })).toBeVisible();
  await expect(await desk.optionalField('Họ tên người nộp')).toHaveValue('Trần Thị Đầy');
  await expect(desk.procedures().getByRole('radio', { name: /^Chứng thực bản sao từ bản chính/ })).toBeChecked();

  // Space freed: the same entry saves, once, and the draft is gone.
  await page.evaluate(() => new Promise((resolve) => (indexedDB.deleteDatabase('space-filler').onsuccess = resolve)));
  await desk.saveButton().click();
  await expect(desk.confirmation('Chứng thực bản sao từ bản chính')).toBeVisible();
  expect(await storedCounts(page)).toEqual({ dossiers: 2, outbox: 2, history: 2 });
  await desk.tab('Hôm nay').click();
  await desk.tab('Tiếp nhận').click();
  await expect(page.getByText('Đã khôi phục bản nháp chưa lưu')).toHaveCount(0);
  await expect(await desk.optionalField('Họ tên người nộp')).toHaveValue('');
});

test('the IndexedDB connection lost at the moment of a save: the save still lands, exactly once', async ({ page }) => {
  // At the next read-write transaction on dossiers, the connection is really closed first, so
  // Chromium throws its own InvalidStateError ("The database connection is closing").
  await page.addInitScript(() => {
    const original = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
      const [stores, mode] = args;
      const names = typeof stores === 'string' ? [stores] : [...stores];
      const flags = window as unknown as { dropConnectionOnNextSave?: boolean; droppedConnections?: number };
      if (flags.dropConnectionOnNextSave === true && mode === 'readwrite' && names.includes('dossiers')) {
        flags.dropConnectionOnNextSave = false;
        flags.droppedConnections = (flags.droppedConnections ?? 0) + 1;
        this.close();
      }
      return original.apply(this, args);
    };
  });
  const desk = new DeskPage(page);
  await page.goto('/');
  await typeEntry(desk, 'Đăng ký khai sinh', 'Lê Văn Mất Kết Nối');
  await page.evaluate(() => ((window as unknown as { dropConnectionOnNextSave: boolean }).dropConnectionOnNextSave = true));
  await desk.saveButton().click();
  await expect(desk.confirmation('Đăng ký khai sinh')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { droppedConnections?: number }).droppedConnections)).toBe(1);
  expect(await storedCounts(page)).toEqual({ dossiers: 1, outbox: 1, history: 1 });
  await desk.tab('Hôm nay').click();
  await expect(desk.tallyValue('Tiếp nhận')).toHaveText('1');
});

test('IndexedDB wiped while changes were pending: the phone says so at start and shows the ways back', async ({ page, context }) => {
  const desk = new DeskPage(page);
  await page.goto('/');
  await desk.receive('Đăng ký khai sinh', 'Trực tiếp');
  await expect(desk.syncStatus()).toContainText('1 thay đổi chờ gửi');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(page.url()).origin, storageTypes: 'indexeddb' });
  await page.reload();

  const wiped = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Dữ liệu trên máy đã bị xóa' }) });
  await expect(wiped).toBeVisible();
  await expect(wiped).toContainText('thay đổi chưa gửi chỉ còn trong bản sao lưu đã tải');
  // Not enrolled (the token went with the data): "Tải lại từ máy chủ" says how, and opens Cài đặt at enrollment.
  await wiped.getByRole('button', { name: 'Tải lại từ máy chủ' }).click();
  await expect(wiped.getByRole('status')).toContainText('Hãy xin người quản trị một mã đăng ký mới');
  await expect(page.getByRole('region', { name: 'Đăng ký thiết bị' })).toBeVisible();
  await wiped.getByRole('button', { name: 'Khôi phục từ bản sao lưu' }).click();
  await expect(page.getByRole('region', { name: 'Sao lưu và khôi phục' }).getByLabel('Khôi phục từ tệp')).toBeAttached();
  await expectAccessible(page); // on Cài đặt, with the message above it

  // Acknowledged, it does not come back on the next start.
  await wiped.getByRole('button', { name: 'Đã hiểu' }).click();
  await expect(wiped).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Tiếp nhận hồ sơ' }).or(page.getByRole('heading', { name: 'Cài đặt', level: 1 }))).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Dữ liệu trên máy đã bị xóa' })).toHaveCount(0);
});

test('persistent storage is asked at the first record saved, once; a refusal is explained and shown in the storage card', async ({ page }) => {
  // The browser's answer is its own decision: this spy records each call and answers as a browser that refuses.
  await page.addInitScript(() => {
    const calls: string[] = [];
    (window as unknown as { persistCalls: string[] }).persistCalls = calls;
    navigator.storage.persist = () => (calls.push(new Date().toISOString()), Promise.resolve(false));
  });
  const desk = new DeskPage(page);
  const persistCalls = () => page.evaluate(() => (window as unknown as { persistCalls: string[] }).persistCalls.length);
  await page.goto('/');
  await desk.tab('Tiếp nhận').click();
  expect(await persistCalls()).toBe(0); // not at page load

  await desk.receive('Đăng ký khai sinh', 'Trực tiếp');
  const notice = page.getByRole('region', { name: 'Trình duyệt chưa cam kết giữ dữ liệu' });
  await expect(notice).toContainText('trình duyệt có thể tự xóa dữ liệu');
  await expect(notice).toContainText('cài ứng dụng vào màn hình chính, đồng bộ thường xuyên và tải bản sao lưu');
  expect(await persistCalls()).toBe(1);
  await expectAccessible(page);
  await desk.receive('Chứng thực bản sao từ bản chính', 'Trực tiếp');
  await page.reload();
  await desk.receive('Đăng ký khai sinh', 'Trực tiếp');
  expect(await persistCalls()).toBe(0); // a fresh page's spy: asked once per browser, not per page
  await notice.getByRole('button', { name: 'Đã hiểu' }).click();
  await expect(notice).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Chức năng chính' }).getByRole('link', { name: 'Cài đặt' }).click();
  const card = page.getByRole('region', { name: 'Lưu trữ và đồng bộ' });
  await expect(card.locator('div').filter({ has: page.getByRole('term').filter({ hasText: 'Trình duyệt giữ dữ liệu lâu dài' }) }).getByRole('definition')).toHaveText(
    'Chưa: trình duyệt có thể xóa khi máy thiếu bộ nhớ',
  );
  // Space: "x,y MB / z MB (p%)" in vi-VN figures (decimal comma).
  await expect(card.locator('div').filter({ has: page.getByRole('term').filter({ hasText: 'Dung lượng đã dùng' }) }).getByRole('definition')).toHaveText(
    /^\d+(,\d)? (MB|GB) \/ [\d.]+(,\d)? (MB|GB) \(\d+(,\d)?\s?%\)$/,
  );
  await expect(card.locator('div').filter({ has: page.getByRole('term').filter({ hasText: 'Thay đổi chờ gửi' }) }).getByRole('definition')).toHaveText('3');
  await expectAccessible(page);
});
