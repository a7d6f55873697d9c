import type { Hono } from 'hono';
import { beforeEach, describe, expect, it } from 'vitest';
import { canRead } from '../../src/server/routes/unitScope.ts';
import { PROTOCOL_VERSION } from '../../src/sync/protocol.ts';
import { appPerTest } from '../helpers/appUnderTest.ts';
import { enrolledDevice, type EnrolledDevice } from '../helpers/enrolledDevice.ts';
import { STORE_KINDS, type CountedTable, type StoresUnderTest } from '../helpers/storesUnderTest.ts';
import { dossierChange, pushBody, pushTo, sampleDossier } from '../helpers/syncFixtures.ts';

const NOW = new Date('2025-03-10T05:00:00.000Z');
const CANNOT_READ = 'Không có quyền xem dữ liệu của đơn vị này.';
const UNITS = ['huyen-a', 'xa-a1', 'xa-a2', 'huyen-b', 'xa-b1'] as const;
const TABLES: readonly CountedTable[] = ['changes', 'dossiers', 'feedback', 'devices', 'units', 'officers', 'enrollment_codes', 'tokens'];

/** Rows of every table, per unit: what must not move when an attempt is refused. */
async function everything(db: StoresUnderTest): Promise<Record<string, number[]>> {
  const counts: Record<string, number[]> = {};
  for (const unit of UNITS) counts[unit] = await Promise.all(TABLES.map((table) => db.count(table, unit)));
  return counts;
}

describe.each(STORE_KINDS)('unit scoping on $name', (kind) => {
  const current = appPerTest(kind, { now: () => NOW });
  let app: Hono;
  let db: StoresUnderTest;
  /** Officers of communes a1 (district A) and b1 (district B), supervisors of both districts. */
  let a1: EnrolledDevice;
  let b1: EnrolledDevice;
  let supervisorA: EnrolledDevice;
  let supervisorB: EnrolledDevice;

  beforeEach(async () => {
    ({ app, db } = current());
    const { access } = db.stores;
    for (const district of ['huyen-a', 'huyen-b']) await access.createUnit({ id: district, name: `UBND ${district}`, kind: 'district', parentId: null });
    await access.createUnit({ id: 'xa-a1', name: 'UBND xã A1', kind: 'commune', parentId: 'huyen-a' });
    await access.createUnit({ id: 'xa-a2', name: 'UBND phường A2', kind: 'ward', parentId: 'huyen-a' });
    await access.createUnit({ id: 'xa-b1', name: 'UBND xã B1', kind: 'commune', parentId: 'huyen-b' });
    a1 = await enrolledDevice(access, { unitId: 'xa-a1' });
    b1 = await enrolledDevice(access, { unitId: 'xa-b1' });
    await enrolledDevice(access, { unitId: 'xa-a2' });
    supervisorA = await enrolledDevice(access, { unitId: 'huyen-a', officerId: 'giamsat', role: 'supervisor' });
    supervisorB = await enrolledDevice(access, { unitId: 'huyen-b', officerId: 'giamsat', role: 'supervisor' });
    for (const device of [a1, b1]) {
      await pushTo(app, device.deviceId, [await dossierChange(sampleDossier(), { deviceId: device.deviceId, seq: 1 })], device.token);
    }
  });

  async function pushAs(device: EnrolledDevice, extra: Record<string, unknown> = {}, query = ''): Promise<Response> {
    const body = JSON.parse(pushBody(device.deviceId, [await dossierChange(sampleDossier(), { deviceId: device.deviceId, seq: 2 })])) as object;
    return app.request(`/api/sync${query}`, { method: 'POST', body: JSON.stringify({ ...body, ...extra }), headers: { 'Content-Type': 'application/json', ...device.headers } });
  }

  function pull(device: EnrolledDevice, unit: string): Promise<Response> {
    return Promise.resolve(app.request(`/api/pull?protocol=${PROTOCOL_VERSION}&unit=${unit}`, { headers: device.headers }));
  }

  it('never lets an officer of one unit write another: each attempt is refused or lands in its own unit', async () => {
    const before = await everything(db);

    const named = await pushAs(a1, {}, '?unit=xa-b1');
    expect([named.status, await named.json()]).toEqual([403, { error: 'Không có quyền ghi dữ liệu của đơn vị này.' }]);
    const asB = await app.request('/api/sync', { method: 'POST', body: pushBody(b1.deviceId, []), headers: { 'Content-Type': 'application/json', ...a1.headers } });
    expect([asB.status, await asB.json()]).toEqual([403, { error: 'Mã truy cập này thuộc thiết bị khác.' }]);
    expect(await everything(db)).toEqual(before);

    // A unit named in the body is not part of the protocol: the push lands in the token's unit.
    expect((await pushAs(a1, { unitId: 'xa-b1', unit: 'xa-b1' })).status).toBe(200);
    const after = await everything(db);
    expect(after['xa-b1']).toEqual(before['xa-b1']);
    expect(after['xa-a1']?.[1]).toBe((before['xa-a1']?.[1] ?? 0) + 1);
  });

  it('never lets an officer read another unit, not even a sibling commune or its district', async () => {
    const before = await everything(db);
    for (const unit of ['xa-b1', 'xa-a2', 'huyen-a', 'huyen-b', 'nowhere']) {
      const res = await pull(a1, unit);
      expect([unit, res.status, await res.json()]).toEqual([unit, 403, { error: CANNOT_READ }]);
    }
    expect((await pull(a1, 'xa-a1')).status).toBe(200);
    expect(await everything(db)).toEqual(before);
  });

  it("lets a district's supervisor read its communes and wards, never another district's", async () => {
    for (const unit of ['huyen-a', 'xa-a1', 'xa-a2']) expect([unit, (await pull(supervisorA, unit)).status]).toEqual([unit, 200]);
    for (const unit of ['huyen-b', 'xa-b1', 'nowhere']) {
      const res = await pull(supervisorA, unit);
      expect([unit, res.status, await res.json()]).toEqual([unit, 403, { error: CANNOT_READ }]);
    }
    expect((await pull(supervisorB, 'xa-b1')).status).toBe(200);
    expect((await pull(supervisorB, 'xa-a1')).status).toBe(403);
    const records = ((await (await pull(supervisorA, 'xa-a1')).json()) as { records: unknown[] }).records;
    expect(records).toHaveLength(1);
  });

  it('answers canRead the same way', async () => {
    const { access } = db.stores;
    const auth = (d: EnrolledDevice) => ({ unitId: d.unitId, officerId: d.officerId, role: d.role, deviceId: d.deviceId });
    expect(await canRead(access, auth(a1), 'xa-a1')).toBe(true);
    expect(await canRead(access, auth(a1), 'xa-a2')).toBe(false);
    expect(await canRead(access, auth(supervisorA), 'xa-a2')).toBe(true);
    expect(await canRead(access, auth(supervisorA), 'xa-b1')).toBe(false);
    // An officer's token of a district does not see below it: only supervisors do.
    const districtOfficer = await enrolledDevice(access, { unitId: 'huyen-a', officerId: 'vanthu' });
    expect(await canRead(access, auth(districtOfficer), 'xa-a1')).toBe(false);
  });
});
