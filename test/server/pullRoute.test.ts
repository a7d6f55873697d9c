import { describe, expect, it } from 'vitest';
import { resolveDossier } from '../../src/domain/dossierLifecycle.ts';
import { PROTOCOL_VERSION, type PullResponse } from '../../src/sync/protocol.ts';
import { appPerTest } from '../helpers/appUnderTest.ts';
import { authHeaders, enrolledDevice } from '../helpers/enrolledDevice.ts';
import { STORE_KINDS } from '../helpers/storesUnderTest.ts';
import { dossierChange, pushTo, sampleDossier } from '../helpers/syncFixtures.ts';

const NOW = new Date('2025-03-10T05:00:00.000Z');

describe.each(STORE_KINDS)('GET /api/pull on $name (sync issue, items 1 and 4)', (kind) => {
  const current = appPerTest(kind, { now: () => NOW });

  const pull = (query: string, token?: string) =>
    current().app.request(`/api/pull?${query}`, { headers: token === undefined ? {} : authHeaders(token) });

  async function districtWithTwoCommunes() {
    const { access } = current().db.stores;
    await access.createUnit({ id: 'huyen-a', name: 'UBND huyện A', kind: 'district', parentId: null });
    await access.createUnit({ id: 'huyen-b', name: 'UBND huyện B', kind: 'district', parentId: null });
    const lan = await enrolledDevice(access, { unitId: 'xa-mot', unit: { parentId: 'huyen-a' }, officerId: 'lan' });
    const minh = await enrolledDevice(access, { unitId: 'xa-hai', unit: { parentId: 'huyen-b' }, officerId: 'minh' });
    const supervisor = await enrolledDevice(access, { unitId: 'huyen-a', officerId: 'thong-ke', role: 'supervisor' });
    return { lan, minh, supervisor };
  }

  it('gives an officer their unit\u2019s records since a cursor, page by page, with the server time and the device\u2019s state', async () => {
    const { lan } = await districtWithTwoCommunes();
    const first = sampleDossier();
    const second = sampleDossier();
    await pushTo(current().app, lan.deviceId, [await dossierChange(first, { deviceId: lan.deviceId, seq: 1 }), await dossierChange(second, { deviceId: lan.deviceId, seq: 3 })], lan.token);

    const res = await pull(`protocol=${PROTOCOL_VERSION}&since=0&limit=1`, lan.token);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const page = (await res.json()) as PullResponse;
    expect(page).toMatchObject({ serverTime: NOW.toISOString(), more: true, device: { maxSeq: 3, missing: [[2, 2]] } });
    expect(page.records.map((r) => r.payload)).toEqual([first]);
    const next = (await (await pull(`protocol=${PROTOCOL_VERSION}&since=${page.cursor}`, lan.token)).json()) as PullResponse;
    expect(next.records.map((r) => r.payload)).toEqual([second]);
    expect(next.more).toBe(false);

    // A later change of the first dossier comes again after the cursor.
    const resolved = resolveDossier(first, new Date('2025-03-04T02:00:00Z'), {});
    await pushTo(current().app, lan.deviceId, [await dossierChange(resolved, { deviceId: lan.deviceId, seq: 2 })], lan.token);
    const again = (await (await pull(`protocol=${PROTOCOL_VERSION}&since=${next.cursor}`, lan.token)).json()) as PullResponse;
    expect(again.records.map((r) => r.payload)).toEqual([resolved]);
    expect(again.device).toEqual({ maxSeq: 3, missing: [] });
  });

  it('refuses reading another unit, for officers and for a supervisor outside their district, and lets a supervisor read their communes', async () => {
    const { lan, minh, supervisor } = await districtWithTwoCommunes();
    await pushTo(current().app, lan.deviceId, [await dossierChange(sampleDossier(), { deviceId: lan.deviceId, seq: 1 })], lan.token);
    await pushTo(current().app, minh.deviceId, [await dossierChange(sampleDossier(), { deviceId: minh.deviceId, seq: 1 })], minh.token);
    const q = `protocol=${PROTOCOL_VERSION}&since=0`;

    for (const [token, unit] of [[minh.token, 'xa-mot'], [lan.token, 'xa-hai'], [supervisor.token, 'xa-hai'], [lan.token, 'huyen-a']] as const) {
      const res = await pull(`${q}&unit=${unit}`, token);
      expect(res.status).toBe(403);
      expect(await res.json()).toEqual({ error: 'Không có quyền xem dữ liệu của đơn vị này.' });
    }
    const read = (await (await pull(`${q}&unit=xa-mot`, supervisor.token)).json()) as PullResponse;
    expect(read.records).toHaveLength(1);
    const own = (await (await pull(q, minh.token)).json()) as PullResponse;
    expect(own.records).toHaveLength(1);
  });

  it('answers 401 without a token, 426 to an old app, 400 to a malformed cursor or page size', async () => {
    const { lan } = await districtWithTwoCommunes();
    expect((await pull(`protocol=${PROTOCOL_VERSION}&since=0`)).status).toBe(401);
    const old = await pull('protocol=1&since=0', lan.token);
    expect(old.status).toBe(426);
    expect(await old.json()).toEqual({ error: 'Ứng dụng đã cũ, hãy cập nhật phiên bản mới.' });
    for (const bad of [`protocol=${PROTOCOL_VERSION}&since=-1`, `protocol=${PROTOCOL_VERSION}&since=abc`, `protocol=${PROTOCOL_VERSION}&limit=0`, `protocol=${PROTOCOL_VERSION}&limit=501`, 'since=0', 'protocol=two']) {
      const res = await pull(bad, lan.token);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(/^Yêu cầu tải về không đúng định dạng: /);
    }
  });
});
