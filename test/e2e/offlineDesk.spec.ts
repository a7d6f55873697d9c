import { expect, test } from '@playwright/test';
import { DeskPage } from './support/deskPage.ts';
import { createOfficer, enrollThroughSettings } from './support/enroll.ts';
import { withServerDb } from './support/serverRecords.ts';

interface ServerDossierRow {
  procedure_name: string;
  channel: string;
  status: string;
  digitized: number;
  electronic_result: number;
  resolved_at: string | null;
  appointment_date: string;
}

// Other e2e tests share the server: read back only what this test's phone (device) sent.
function readServerDossiers(deviceId: string): ServerDossierRow[] {
  return withServerDb(
    (db) =>
      db
        .prepare(
          `SELECT d.procedure_name, d.channel, d.status, d.digitized, d.electronic_result, d.resolved_at, d.appointment_date
           FROM dossiers d JOIN changes c ON c.unit_id = d.unit_id AND c.change_id = d.change_id
           WHERE c.device_id = ? ORDER BY d.procedure_name`,
        )
        .all(deviceId) as ServerDossierRow[],
  );
}

function countServerChanges(deviceId: string): number {
  return withServerDb((db) => (db.prepare('SELECT COUNT(*) AS n FROM changes WHERE device_id = ?').get(deviceId) as { n: number }).n);
}

test('an enrolled officer records offline, the tally updates and survives a reload, and the server gets it once', async ({ page, context, request }) => {
  const desk = new DeskPage(page);
  const pushes: Array<{ body: string; authorization: string }> = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/sync') && r.method() === 'POST') pushes.push({ body: r.postData() ?? '', authorization: r.headers()['authorization'] ?? '' });
  });

  // 1. First visit online; the service worker precaches the app, and the desk enrolls with a
  //    code its administrator issued (nothing recorded yet, so nothing is pushed).
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Hôm nay', level: 1 })).toBeVisible();
  await desk.waitForServiceWorker();
  await enrollThroughSettings(page, createOfficer('UBND xã Bàn Làm Việc', 'Phạm Thị Mai'));
  await desk.tab('Hôm nay').click();

  // 2. The network goes; the app still opens.
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Hôm nay', level: 1 })).toBeVisible();
  await expect(desk.syncStatus()).toContainText('Ngoại tuyến');

  // 3. Three dossiers received, one resolved, all offline.
  await desk.receive('Đăng ký khai sinh', 'Trực tiếp');
  await desk.receive('Chứng thực bản sao từ bản chính', 'Trực tuyến toàn trình');
  await desk.receive('Cấp Giấy xác nhận tình trạng hôn nhân', 'Bưu chính công ích');
  await desk.tab('Hôm nay').click();
  await page.getByRole('button', { name: /^Giải quyết xong: Đăng ký khai sinh/ }).click();
  await page.getByRole('checkbox', { name: 'Đã số hóa hồ sơ, kết quả' }).check();
  await page.getByRole('button', { name: 'Xác nhận giải quyết' }).click();

  // 4. Today's tally: 3 received (1 in person, 1 online in full, 1 by post), 1 resolved,
  //    none returned; online share 1 of 3 = 33,3% in vi-VN format.
  const expectTally = async () => {
    await expect(desk.tallyValue('Tiếp nhận')).toHaveText('3');
    await expect(desk.tallyValue('Đã giải quyết')).toHaveText('1');
    await expect(desk.tallyValue('Đã trả kết quả')).toHaveText('0');
    await expect(desk.tallyValue('Trực tiếp')).toHaveText('1');
    await expect(desk.tallyValue('Bưu chính công ích')).toHaveText('1');
    await expect(desk.tallyValue('Trực tuyến toàn trình')).toHaveText('1');
    await expect(desk.tallyValue('Trực tuyến một phần')).toHaveText('0');
    await expect(desk.tallyValue('Tỷ lệ hồ sơ trực tuyến')).toHaveText('33,3%');
    await expect(desk.openDossiers()).toHaveCount(3);
  };
  await expectTally();
  await expect(desk.syncStatus()).toContainText('4 thay đổi chờ gửi');
  expect(pushes).toHaveLength(0);

  // 5. Still offline, a reload keeps everything.
  await page.reload();
  await expectTally();
  await expect(page.getByRole('button', { name: /^Trả kết quả: Đăng ký khai sinh/ })).toBeVisible();

  // 6. Back online: the outbox drains to the server.
  await context.setOffline(false);
  await expect(desk.syncStatus()).toContainText('Đã gửi hết', { timeout: 20_000 });
  expect(pushes.length).toBeGreaterThan(0);

  const deviceId = (JSON.parse(pushes[0]!.body) as { deviceId: string }).deviceId;
  const rows = readServerDossiers(deviceId);
  expect(rows).toEqual([
    expect.objectContaining({ procedure_name: 'Chứng thực bản sao từ bản chính', channel: 'online_full', status: 'received', digitized: 0, resolved_at: null }),
    expect.objectContaining({ procedure_name: 'Cấp Giấy xác nhận tình trạng hôn nhân', channel: 'postal', status: 'received', digitized: 0, resolved_at: null }),
    expect.objectContaining({ procedure_name: 'Đăng ký khai sinh', channel: 'in_person', status: 'resolved', digitized: 1, electronic_result: 0 }),
  ]);
  expect(rows[2]?.resolved_at).not.toBeNull();
  expect(countServerChanges(deviceId)).toBe(4);

  // 7. The same pushes sent again add nothing: every change is a duplicate.
  for (const { body, authorization } of pushes) {
    expect(authorization).toMatch(/^Bearer \S{32,}$/);
    const response = await request.post('/api/sync', { data: JSON.parse(body) as unknown, headers: { authorization } });
    expect(response.status()).toBe(200);
    const { receipts } = (await response.json()) as { receipts: Array<{ status: string }> };
    expect(receipts.length).toBeGreaterThan(0);
    expect(receipts.every((r) => r.status === 'duplicate')).toBe(true);
  }
  expect(readServerDossiers(deviceId)).toHaveLength(3);
  expect(countServerChanges(deviceId)).toBe(4);
});
