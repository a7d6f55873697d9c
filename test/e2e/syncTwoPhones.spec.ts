import { expect, test } from '@playwright/test';
import { createOfficer } from './support/enroll.ts';
import { phoneOnDesk, receivedByLanResolvedByMinh, syncNow, twoOfficersOnDesks } from './support/sharedUnit.ts';
import { serverDossiers, serverSeqs } from './support/serverRecords.ts';

test('two officers on two phones: one receives, the other resolves, both phones show the same dossier and figures', async ({ browser }) => {
  // Lan receives a dossier; Minh's phone pulls it and Minh resolves it there.
  const { unitId, lan, minh } = await twoOfficersOnDesks(browser, 'UBND xã Hai Máy');
  await receivedByLanResolvedByMinh(unitId, lan, minh);

  // Lan's phone pulls the resolution: the same dossier, the same unit-wide tally on both.
  await syncNow(lan.desk);
  for (const phone of [lan, minh]) {
    await expect(phone.desk.tallyValue('Tiếp nhận')).toHaveText('1');
    await expect(phone.desk.tallyValue('Đã giải quyết')).toHaveText('1');
    await expect(phone.page.getByRole('button', { name: /^Trả kết quả: Đăng ký khai sinh/ })).toBeVisible();
  }
  expect(serverDossiers(unitId)).toEqual([expect.objectContaining({ procedure_name: 'Đăng ký khai sinh', status: 'resolved' })]);
  await lan.context.close();
  await minh.context.close();
});

test('a flapping network during pushes delivers every change exactly once', async ({ browser }) => {
  const officer = createOfficer('UBND xã Sóng Yếu', 'Lê Thị Hoa');
  const phone = await phoneOnDesk(browser, officer);
  // Slow the server's answers so that the network drops while pushes are in flight.
  await phone.context.route('**/api/sync', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    await route.continue().catch(() => undefined);
  });
  const pushes: string[] = [];
  let cutOff = 0;
  phone.page.on('request', (r) => {
    if (r.url().endsWith('/api/sync')) pushes.push(r.postData() ?? '');
  });
  phone.page.on('requestfailed', (r) => {
    if (r.url().endsWith('/api/sync')) cutOff += 1;
  });

  const procedures = ['Đăng ký khai sinh', 'Đăng ký khai tử', 'Chứng thực bản sao từ bản chính', 'Cấp Giấy xác nhận tình trạng hôn nhân'];
  for (const procedure of procedures) {
    // Each save triggers a push; the network drops while it is held on the wire, then returns.
    const pushSeen = phone.page.waitForRequest((r) => r.url().endsWith('/api/sync'));
    await phone.desk.receive(procedure, 'Trực tiếp');
    await pushSeen;
    await phone.context.setOffline(true);
    await phone.page.waitForTimeout(500);
    await phone.context.setOffline(false);
  }
  await phone.desk.tab('Hôm nay').click();
  await syncNow(phone.desk);

  expect(pushes.length).toBeGreaterThan(1);
  expect(cutOff).toBeGreaterThan(0); // some pushes really were cut off mid-way
  const deviceId = (JSON.parse(pushes[0]!) as { deviceId: string }).deviceId;
  expect(serverSeqs(deviceId)).toEqual([1, 2, 3, 4]);
  expect(serverDossiers(officer.unitId).map((d) => d.procedure_name).sort()).toEqual([...procedures].sort());
  await phone.context.close();
});
