import { describe, expect, it } from 'vitest';
import { resolveDossier } from '../../src/domain/dossierLifecycle.ts';
import { uuidv7 } from '../../src/domain/uuidv7.ts';
import { PROTOCOL_VERSION, type DossierHistoryResponse } from '../../src/sync/protocol.ts';
import { appPerTest } from '../helpers/appUnderTest.ts';
import { authHeaders, enrolledDevice } from '../helpers/enrolledDevice.ts';
import { STORE_KINDS } from '../helpers/storesUnderTest.ts';
import { dossierChange, pushTo, sampleDossier } from '../helpers/syncFixtures.ts';

const NOW = new Date('2025-03-10T05:00:00.000Z');

describe.each(STORE_KINDS)('GET /api/dossiers/:id/history on $name (issue 7, part 5)', (kind) => {
  const current = appPerTest(kind, { now: () => NOW });

  const history = (id: string, query: string, token?: string) =>
    current().app.request(`/api/dossiers/${id}/history?${query}`, { headers: token === undefined ? {} : authHeaders(token) });

  /** Two officers of commune xa-mot (district huyen-a), one of xa-hai (district huyen-b), and huyen-a's supervisor. */
  async function people() {
    const { access } = current().db.stores;
    await access.createUnit({ id: 'huyen-a', name: 'UBND huyện A', kind: 'district', parentId: null });
    await access.createUnit({ id: 'huyen-b', name: 'UBND huyện B', kind: 'district', parentId: null });
    const lan = await enrolledDevice(access, { unitId: 'xa-mot', unit: { parentId: 'huyen-a' }, officerId: 'lan' });
    const hung = await enrolledDevice(access, { unitId: 'xa-mot', officerId: 'hung' });
    const minh = await enrolledDevice(access, { unitId: 'xa-hai', unit: { parentId: 'huyen-b' }, officerId: 'minh' });
    const supervisor = await enrolledDevice(access, { unitId: 'huyen-a', officerId: 'thong-ke', role: 'supervisor' });
    return { lan, hung, minh, supervisor };
  }

  it('answers the entries oldest first, with each officer\u2019s name from the access store', async () => {
    const { lan, hung } = await people();
    const received = sampleDossier();
    const resolved = resolveDossier(received, new Date('2025-03-05T02:00:00Z'), {});
    await pushTo(current().app, lan.deviceId, [await dossierChange(received, { deviceId: lan.deviceId, seq: 1, at: received.updatedAt })], lan.token);
    await pushTo(current().app, hung.deviceId, [await dossierChange(resolved, { deviceId: hung.deviceId, seq: 1, at: resolved.updatedAt })], hung.token);

    const res = await history(received.id, `protocol=${PROTOCOL_VERSION}`, lan.token);
    expect(res.status).toBe(200);
    const body = (await res.json()) as DossierHistoryResponse;
    expect(body).toMatchObject({ serverTime: NOW.toISOString(), unitId: 'xa-mot', dossierId: received.id });
    // enrolledDevice names officer X "Cán bộ X".
    expect(body.entries.map((e) => [e.action, e.officerId, e.officerName, e.deviceId, e.seq, e.receivedAt])).toEqual([
      ['received', 'lan', 'Cán bộ lan', lan.deviceId, 1, NOW.toISOString()],
      ['resolved', 'hung', 'Cán bộ hung', hung.deviceId, 1, NOW.toISOString()],
    ]);
    expect(body.entries[1]?.fields).toContainEqual({ field: 'status', before: 'received', after: 'resolved' });
  });

  it('is scoped like a pull: 403 for another unit, a supervisor reads the communes below, 404 for a dossier not in the unit', async () => {
    const { lan, minh, supervisor } = await people();
    const mine = sampleDossier();
    const theirs = sampleDossier();
    await pushTo(current().app, lan.deviceId, [await dossierChange(mine, { deviceId: lan.deviceId, seq: 1 })], lan.token);
    await pushTo(current().app, minh.deviceId, [await dossierChange(theirs, { deviceId: minh.deviceId, seq: 1 })], minh.token);
    const q = `protocol=${PROTOCOL_VERSION}`;

    for (const [token, unit] of [[minh.token, 'xa-mot'], [lan.token, 'xa-hai'], [supervisor.token, 'xa-hai']] as const) {
      const res = await history(mine.id, `${q}&unit=${unit}`, token);
      expect(res.status).toBe(403);
      expect(await res.json()).toEqual({ error: 'Không có quyền xem dữ liệu của đơn vị này.' });
    }
    const read = (await (await history(mine.id, `${q}&unit=xa-mot`, supervisor.token)).json()) as DossierHistoryResponse;
    expect(read.entries.map((e) => e.officerName)).toEqual(['Cán bộ lan']);

    // Another unit's dossier, asked of one's own unit, and an id nobody has: not found.
    for (const id of [theirs.id, uuidv7()]) {
      const res = await history(id, q, lan.token);
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ error: 'Không có hồ sơ này trong dữ liệu của đơn vị trên máy chủ.' });
    }
  });

  it('answers 401 without a token, 426 to an old app, 400 to a malformed id or a missing version', async () => {
    const { lan } = await people();
    const id = uuidv7();
    expect((await history(id, `protocol=${PROTOCOL_VERSION}`)).status).toBe(401);
    expect((await history(id, 'protocol=1', lan.token)).status).toBe(426);
    for (const [badId, query] of [['not-an-id', `protocol=${PROTOCOL_VERSION}`], [id, '']] as const) {
      const res = await history(badId, query, lan.token);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(/^Yêu cầu lịch sử không đúng định dạng: /);
    }
  });
});
