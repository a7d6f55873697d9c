import { describe, expect, it } from 'vitest';
import { novemberAtOneCommune } from '../../src/domain/reports/supervisorFixture.testData.ts';
import { SyncHttpError } from '../../src/sync/client/httpTransport.ts';
import { httpReportClient, OFFLINE_MESSAGE, type ReportRequest } from '../../src/sync/client/reportClient.ts';
import { appPerTest } from '../helpers/appUnderTest.ts';
import { enrolledDevice } from '../helpers/enrolledDevice.ts';
import { STORE_KINDS } from '../helpers/storesUnderTest.ts';
import { dossierChange, pushTo } from '../helpers/syncFixtures.ts';

const NOW = new Date('2026-12-01T02:00:00.000Z');

describe.each(STORE_KINDS)('the phone’s report client against the real endpoint on $name', (kind) => {
  const current = appPerTest(kind, { now: () => NOW });
  const client = () => httpReportClient('http://so-mot-cua.test', async (input, init) => current().app.request(String(input), init));

  async function districtWithOneCommune() {
    const { access } = current().db.stores;
    await access.createUnit({ id: 'huyen-a', name: 'UBND huyện A', kind: 'district', parentId: null });
    const lan = await enrolledDevice(access, { unitId: 'xa-mot', unit: { name: 'UBND xã Một', parentId: 'huyen-a' }, officerId: 'lan' });
    const supervisor = await enrolledDevice(access, { unitId: 'huyen-a', officerId: 'thong-ke', role: 'supervisor' });
    const changes = [];
    for (const d of novemberAtOneCommune().dossiers) changes.push(await dossierChange(d, { deviceId: lan.deviceId, seq: changes.length + 1 }));
    await pushTo(current().app, lan.deviceId, changes, lan.token);
    return { lan, supervisor };
  }

  it('reads every kind through the shared wire schema, and downloads files with their names', async () => {
    const { supervisor } = await districtWithOneCommune();
    const base = { period: 'month:2026-11', rule: 'calendar' } as const;
    const requests: ReportRequest[] = [
      { kind: 'flow', ...base },
      { kind: 'register', ...base, unit: 'xa-mot' },
      { kind: 'plan', ...base, plan: 'preset-004-thong-nhat-2025' },
      { kind: 'officers', ...base, unit: 'xa-mot' },
      { kind: 'ranking', ...base, indicator: 'on_time' },
    ];
    for (const request of requests) {
      const report = await client().fetchReport(request, supervisor.token);
      expect(report.kind).toBe(request.kind);
      expect(report.period.label).toBe('Tháng 11/2026');
    }
    const file = await client().downloadReport({ kind: 'flow', ...base }, 'csv', supervisor.token);
    expect(file.fileName).toBe('Bieu-06_huyen-a_month-2026-11.csv');
    expect(file.blob.size).toBeGreaterThan(0);
  });

  it('turns a refusal into the server’s message and an unreachable server into "Cần kết nối mạng"', async () => {
    const { lan } = await districtWithOneCommune();
    await expect(client().fetchReport({ kind: 'flow', period: 'month:2026-11', rule: 'calendar', unit: 'huyen-a' }, lan.token)).rejects.toEqual(
      new SyncHttpError(403, 'Không có quyền xem dữ liệu của đơn vị này.'),
    );
    const offline = httpReportClient('', () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(offline.fetchReport({ kind: 'flow', period: 'month:2026-11', rule: 'calendar' }, lan.token)).rejects.toEqual(new SyncHttpError(0, OFFLINE_MESSAGE));
  });
});
