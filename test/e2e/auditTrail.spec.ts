import { expect, test } from '@playwright/test';
import { DossierPage } from './support/dossierPage.ts';
import { adminCli, createOfficer, type E2eOfficer } from './support/enroll.ts';
import { phoneOnDesk, serverHas, syncNow } from './support/sharedUnit.ts';
import { serverDossiers } from './support/serverRecords.ts';

// Issue 7, part 5: every change to a dossier is kept (who, when, which fields, old → new) on
// the phone and on the server, and the dossier's history shows both, each change once.

test('one officer receives, another resolves: the first phone\u2019s history names the second officer and shows the status old → new', async ({ browser }) => {
  const lanOfficer = createOfficer('UBND xã Nhật Ký', 'Nguyễn Thị Lan');
  const minhOfficer: E2eOfficer = { ...lanOfficer, officerId: `${lanOfficer.officerId}-minh`, officerName: 'Trần Văn Minh' };
  adminCli('officer', 'add', minhOfficer.unitId, minhOfficer.officerId, '--name', minhOfficer.officerName);
  const lan = await phoneOnDesk(browser, lanOfficer);
  const minh = await phoneOnDesk(browser, minhOfficer);

  await lan.desk.receive('Đăng ký khai sinh', 'Trực tiếp');
  await lan.desk.tab('Hôm nay').click();
  await serverHas(lanOfficer.unitId, 'received');

  await syncNow(minh.desk);
  await minh.page.getByRole('button', { name: /^Giải quyết xong: Đăng ký khai sinh/ }).click();
  await minh.page.getByRole('button', { name: 'Xác nhận giải quyết' }).click();
  await serverHas(lanOfficer.unitId, 'resolved');

  await syncNow(lan.desk);
  const id = serverDossiers(lanOfficer.unitId)[0]?.id;
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  const historyAnswered = lan.page.waitForResponse((r) => r.url().includes(`/api/dossiers/${id}/history`) && r.ok(), { timeout: 20_000 });
  await lan.page.goto(`/ho-so/${id}`);
  await historyAnswered;

  const dossier = new DossierPage(lan.page);
  const history = lan.page.getByRole('region', { name: 'Lịch sử hồ sơ' });
  await expect(history).toContainText('Gồm lịch sử trên máy chủ', { timeout: 20_000 });
  // Each change once, newest first: Minh's resolution (pulled, named by the server), Lan's receipt
  // (her own save, matched with the server's entry from her phone).
  const entries = dossier.historyEntries();
  await expect(entries).toHaveText([/^Giải quyết xong/, /^Tiếp nhận/]);
  await expect(entries.nth(0)).toContainText('Cán bộ: Trần Văn Minh');
  await expect(dossier.change(entries.nth(0), 'Trạng thái')).toHaveText('Đã tiếp nhận → Đã giải quyết');
  await expect(entries.nth(1)).toContainText('Cán bộ: Nguyễn Thị Lan');
  await expect(entries.nth(1)).not.toContainText('Chưa có trên máy chủ');

  // Offline: the phone's own record, and a line saying the server's history needs a connection.
  await lan.context.setOffline(true);
  await expect(history).toContainText('Lịch sử trên máy chủ cần kết nối mạng');
  await expect(entries).toHaveText([/^Giải quyết xong/, /^Tiếp nhận/]);
  await expect(dossier.change(entries.nth(0), 'Trạng thái')).toHaveText('Đã tiếp nhận → Đã giải quyết');
  await expect(entries.nth(0)).not.toContainText('Trần Văn Minh');

  await lan.context.close();
  await minh.context.close();
});
