import { describe, expect, it } from 'vitest';
import { resolveDossier } from '../../src/domain/dossierLifecycle.ts';
import { uuidv7 } from '../../src/domain/uuidv7.ts';
import { httpHistoryClient } from '../../src/sync/client/historyClient.ts';
import { SyncHttpError } from '../../src/sync/client/httpTransport.ts';
import { OFFLINE_MESSAGE } from '../../src/sync/client/reportClient.ts';
import { appPerTest } from '../helpers/appUnderTest.ts';
import { enrolledDevice } from '../helpers/enrolledDevice.ts';
import { STORE_KINDS } from '../helpers/storesUnderTest.ts';
import { dossierChange, pushTo, sampleDossier } from '../helpers/syncFixtures.ts';

const NOW = new Date('2025-03-10T05:00:00.000Z');

describe.each(STORE_KINDS)('the phone\u2019s history client against the real endpoint on $name', (kind) => {
  const current = appPerTest(kind, { now: () => NOW });
  const client = () => httpHistoryClient('http://so-mot-cua.test', async (input, init) => current().app.request(String(input), init));

  it('reads the trail through the shared wire schema, and turns refusals and no connection into Vietnamese errors', async () => {
    const { access } = current().db.stores;
    const lan = await enrolledDevice(access, { unitId: 'xa-mot', officerId: 'lan' });
    const received = sampleDossier();
    const resolved = resolveDossier(received, new Date('2025-03-05T02:00:00Z'), {});
    await pushTo(current().app, lan.deviceId, [
      await dossierChange(received, { deviceId: lan.deviceId, seq: 1, at: received.updatedAt }),
      await dossierChange(resolved, { deviceId: lan.deviceId, seq: 2, at: resolved.updatedAt }),
    ], lan.token);

    const history = await client().fetchDossierHistory(received.id, lan.token);
    expect(history.entries.map((e) => [e.action, e.officerName, e.seq])).toEqual([['received', 'Cán bộ lan', 1], ['resolved', 'Cán bộ lan', 2]]);

    await expect(client().fetchDossierHistory(uuidv7(), lan.token)).rejects.toEqual(new SyncHttpError(404, 'Không có hồ sơ này trong dữ liệu của đơn vị trên máy chủ.'));
    await expect(client().fetchDossierHistory(received.id, lan.token, 'xa-khac')).rejects.toEqual(new SyncHttpError(403, 'Không có quyền xem dữ liệu của đơn vị này.'));
    const offline = httpHistoryClient('', () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(offline.fetchDossierHistory(received.id, lan.token)).rejects.toEqual(new SyncHttpError(0, OFFLINE_MESSAGE));
  });
});
