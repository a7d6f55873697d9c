import { expect, test } from '@playwright/test';
import { DossierPage } from './support/dossierPage.ts';
import { receivedByLanResolvedByMinh, syncNow, twoOfficersOnDesks } from './support/sharedUnit.ts';
import { serverDossiers } from './support/serverRecords.ts';

// Issue 7, part 5: every change to a dossier is kept (who, when, which fields, old → new) on
// the phone and on the server, and the dossier's history shows both, each change once.

test('one officer receives, another resolves: the first phone\u2019s history names the second officer and shows the status old → new', async ({ browser }) => {
  const { unitId, lan, minh } = await twoOfficersOnDesks(browser, 'UBND xã Nhật Ký');
  await receivedByLanResolvedByMinh(unitId, lan, minh);

  await syncNow(lan.desk);
  const id = serverDossiers(unitId)[0]?.id;
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
