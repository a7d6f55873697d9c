import 'fake-indexeddb/auto';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SoMotCuaDatabase } from '../../src/data/database.ts';
import { readDeviceId } from '../../src/data/deviceIdentity.ts';
import { readEnrollment } from '../../src/data/enrollmentStore.ts';
import { readSetting } from '../../src/data/settings.ts';
import { uuidv7 } from '../../src/domain/uuidv7.ts';
import { createApp } from '../../src/server/app.ts';
import { BAD_CODE } from '../../src/server/routes/enrollRoute.ts';
import { openSqliteStores } from '../../src/server/store/sqlite/openSqliteStore.ts';
import type { ServerStores } from '../../src/server/store/serverStores.ts';
import { enrollDevice } from '../../src/sync/client/enrollDevice.ts';
import { tempFolder } from '../helpers/syncFixtures.ts';

// The device (Dexie on fake-indexeddb) enrolls against the real server app, in process, over
// its real HTTP handler and a real SQLite file.
let folder: ReturnType<typeof tempFolder>;
let stores: ServerStores;
let db: SoMotCuaDatabase;
let serverFetch: typeof fetch;
const NOW = new Date('2026-11-26T02:00:00Z');

beforeEach(async () => {
  folder = tempFolder();
  stores = openSqliteStores(path.join(folder.dir, 'server.sqlite'));
  const app = createApp({ store: stores.sync, access: stores.access, now: () => NOW });
  serverFetch = async (input, init) => app.request(String(input), init);
  db = new SoMotCuaDatabase(`device-${uuidv7()}`);
  await stores.access.createUnit({ id: 'xa-tan-trung', name: 'UBND xã Tân Trung', kind: 'commune', parentId: null });
  await stores.access.createOfficer({ unitId: 'xa-tan-trung', officerId: 'lan', name: 'Nguyễn Thị Lan', role: 'officer' }, NOW);
});

afterEach(async () => {
  await db.delete();
  await stores.close();
  folder.remove();
});

describe('enrollDevice against the real server', () => {
  it('trades a code typed as shown (lower case, dashes) for a token, and keeps who the phone speaks for', async () => {
    const { code } = await stores.access.issueEnrollmentCode('xa-tan-trung', 'lan', NOW);
    const typed = `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`.toLowerCase();

    const enrollment = await enrollDevice(db, typed, serverFetch);

    expect(enrollment).toMatchObject({ role: 'officer', unit: { id: 'xa-tan-trung', name: 'UBND xã Tân Trung' }, officer: { id: 'lan', name: 'Nguyễn Thị Lan' } });
    expect(enrollment.enrolledAt).toBe(NOW.toISOString());
    expect(await readEnrollment(db)).toEqual(enrollment);
    expect(await readSetting(db, 'unitName')).toBe('UBND xã Tân Trung');
    expect(await readSetting(db, 'officerId')).toBe('lan');
    const [device] = await stores.access.listDevices('xa-tan-trung');
    expect(device?.deviceId).toBe(await readDeviceId(db));
  });

  it('a used code fails with the server’s sentence, and the first enrollment stays', async () => {
    const { code } = await stores.access.issueEnrollmentCode('xa-tan-trung', 'lan', NOW);
    const first = await enrollDevice(db, code, serverFetch);
    await expect(enrollDevice(db, code, serverFetch)).rejects.toThrow(BAD_CODE);
    expect(await readEnrollment(db)).toEqual(first);
  });

  it('an unknown code fails with the server’s sentence and keeps nothing', async () => {
    await expect(enrollDevice(db, 'ABCD-EFGH-JK', serverFetch)).rejects.toThrow(BAD_CODE);
    expect(await readEnrollment(db)).toBeNull();
    expect(await readSetting(db, 'unitName')).toBeNull();
  });
});
