import type { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/domain/uuidv7.ts';
import { PROTOCOL_VERSION } from '../../src/sync/protocol.ts';
import { appPerTest } from '../helpers/appUnderTest.ts';
import { authHeaders, enrolledDevice } from '../helpers/enrolledDevice.ts';
import { STORE_KINDS, type StoresUnderTest } from '../helpers/storesUnderTest.ts';
import { dossierChange, pushBody, pushTo, sampleDossier } from '../helpers/syncFixtures.ts';

const NOW = new Date('2025-03-10T05:00:00.000Z');
const NOT_ENROLLED = 'Thiết bị chưa đăng ký hoặc mã truy cập không hợp lệ.';
const REVOKED = 'Thiết bị này đã bị thu hồi quyền truy cập. Hãy liên hệ quản trị viên để đăng ký lại.';

async function post(app: Hono, body: string, headers: Record<string, string> = {}): Promise<Response> {
  return app.request('/api/sync', { method: 'POST', body, headers: { 'Content-Type': 'application/json', ...headers } });
}

/** Rows of every table a push writes. */
async function written(db: StoresUnderTest): Promise<number[]> {
  return Promise.all((['changes', 'dossiers', 'devices'] as const).map((table) => db.count(table)));
}

describe.each(STORE_KINDS)('POST /api/sync needs a device token, on $name', (kind) => {
  const current = appPerTest(kind, { now: () => NOW });

  async function aPush(deviceId: string): Promise<string> {
    return pushBody(deviceId, [await dossierChange(sampleDossier(), { deviceId, seq: 1 })]);
  }

  it('answers 401 without a token, with an unknown one or another scheme, and stores nothing', async () => {
    const { app, db } = current();
    const device = await enrolledDevice(db.stores.access);
    const body = await aPush(device.deviceId);
    for (const headers of [{}, authHeaders('x'.repeat(43)), { Authorization: `Basic ${device.token}` }, { Authorization: device.token }]) {
      const res = await post(app, body, headers);
      expect(res.status).toBe(401);
      expect(res.headers.get('WWW-Authenticate')).toBe('Bearer');
      expect(await res.json()).toEqual({ error: NOT_ENROLLED });
    }
    expect(await written(db)).toEqual([0, 0, 0]);
  });

  it('answers 401 to a revoked device, saying so, and stores nothing', async () => {
    const { app, db } = current();
    const device = await enrolledDevice(db.stores.access);
    expect(await db.stores.access.revokeDevice('default', device.deviceId, NOW)).toBe(1);

    const res = await post(app, await aPush(device.deviceId), device.headers);

    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: REVOKED });
    expect(await written(db)).toEqual([0, 0, 0]);
  });

  it("answers 403 to a supervisor's token: supervisors only read", async () => {
    const { app, db } = current();
    const supervisor = await enrolledDevice(db.stores.access, { unitId: 'huyen-a', unit: { kind: 'district' }, officerId: 'giamsat', role: 'supervisor' });

    const res = await post(app, await aPush(supervisor.deviceId), supervisor.headers);

    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: 'Tài khoản giám sát chỉ được xem, không được ghi.' });
    expect(await written(db)).toEqual([0, 0, 0]);
  });

  it("answers 403 to a push naming another device than the token's", async () => {
    const { app, db } = current();
    const mine = await enrolledDevice(db.stores.access);
    const other = await enrolledDevice(db.stores.access);
    for (const deviceId of [other.deviceId, uuidv7()]) {
      const res = await post(app, await aPush(deviceId), mine.headers);
      expect(res.status).toBe(403);
      expect(await res.json()).toEqual({ error: 'Mã truy cập này thuộc thiết bị khác.' });
    }
    expect(await written(db)).toEqual([0, 0, 0]);
  });

  it('lets an old app learn it must update before it is asked for a token (426)', async () => {
    const { app } = current();
    const res = await post(app, JSON.stringify({ protocol: PROTOCOL_VERSION - 1, deviceId: uuidv7(), changes: [] }));
    expect(res.status).toBe(426);
  });

  it('keeps GET /api/health public', async () => {
    const { app } = current();
    expect((await app.request('/api/health')).status).toBe(200);
  });

  it('accepts the same push with the right token', async () => {
    const { app, db } = current();
    const device = await enrolledDevice(db.stores.access);
    const change = await dossierChange(sampleDossier(), { deviceId: device.deviceId, seq: 1 });
    expect((await pushTo(app, device.deviceId, [change], device.token)).receipts.map((r) => r.status)).toEqual(['accepted']);
    expect(await written(db)).toEqual([1, 1, 1]);
  });
});
