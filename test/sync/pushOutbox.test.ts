import 'fake-indexeddb/auto';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SoMotCuaDatabase } from '../../src/data/database.ts';
import { saveDossier } from '../../src/data/dossierStore.ts';
import { outboxCounts } from '../../src/data/outboxStore.ts';
import { resolveDossier } from '../../src/domain/dossierLifecycle.ts';
import { uuidv7 } from '../../src/domain/uuidv7.ts';
import { createApp } from '../../src/server/app.ts';
import { openSqliteStore } from '../../src/server/store/sqlite/openSqliteStore.ts';
import { DEFAULT_UNIT_ID, type SyncStore } from '../../src/server/store/syncStore.ts';
import { httpPushTransport, type PushTransport } from '../../src/sync/client/httpTransport.ts';
import { pushOutbox } from '../../src/sync/client/pushOutbox.ts';
import { sampleDossier, tempFolder } from '../helpers/syncFixtures.ts';

// The device side (Dexie on fake-indexeddb) talks to the real server app, in process, over
// its real HTTP handler and a real SQLite file: no part of the sync path is stubbed.
let folder: ReturnType<typeof tempFolder>;
let store: SyncStore;
let db: SoMotCuaDatabase;
let requests: number;
let transport: PushTransport;

beforeEach(() => {
  folder = tempFolder();
  store = openSqliteStore(path.join(folder.dir, 'server.sqlite'));
  const app = createApp({ store });
  db = new SoMotCuaDatabase(`device-${uuidv7()}`);
  requests = 0;
  transport = httpPushTransport('http://server.test', async (input, init) => {
    requests += 1;
    return app.request(String(input), init);
  });
});

afterEach(async () => {
  await db.delete();
  await store.close();
  folder.remove();
});

describe('pushOutbox against the real server', () => {
  it('drains the outbox in batches and the server stores each dossier once', async () => {
    const first = sampleDossier();
    await saveDossier(db, first);
    await saveDossier(db, resolveDossier(first, new Date('2025-03-03T03:00:00Z'), { digitized: true, electronicResult: true }));
    for (let i = 0; i < 3; i += 1) await saveDossier(db, sampleDossier());

    const summary = await pushOutbox(db, transport, 2);

    // 5 changes in batches of 2 → 3 requests; 4 distinct dossiers on the server.
    expect(requests).toBe(3);
    expect(summary).toMatchObject({ accepted: 5, duplicate: 0, rejected: 0 });
    expect(await outboxCounts(db)).toEqual({ pending: 0, rejected: 0 });
    expect(await store.countDossiers(DEFAULT_UNIT_ID)).toBe(4);
  });

  it('loses nothing and duplicates nothing when the answer is lost after the server committed', async () => {
    for (let i = 0; i < 3; i += 1) await saveDossier(db, sampleDossier());
    const answerLost: PushTransport = async (request) => {
      await transport(request);
      throw new TypeError('Failed to fetch'); // the connection dropped before the receipts arrived
    };
    await expect(pushOutbox(db, answerLost)).rejects.toThrow(TypeError);
    expect(await outboxCounts(db)).toEqual({ pending: 3, rejected: 0 });

    const retry = await pushOutbox(db, transport);
    expect(retry).toMatchObject({ accepted: 0, duplicate: 3, rejected: 0 });
    expect(await outboxCounts(db)).toEqual({ pending: 0, rejected: 0 });
    expect(await store.countDossiers(DEFAULT_UNIT_ID)).toBe(3);
  });

  it('quarantines a poisoned change and still delivers the rest of the queue', async () => {
    const good = sampleDossier();
    const poisoned = sampleDossier();
    await saveDossier(db, poisoned);
    await saveDossier(db, good);
    // Corrupt the stored change after it was hashed, as a damaged storage would.
    await db.outbox.update(1, { payload: { ...poisoned, channel: 'fax' } });

    const summary = await pushOutbox(db, transport);

    expect(summary).toMatchObject({ accepted: 1, rejected: 1 });
    expect(await outboxCounts(db)).toEqual({ pending: 0, rejected: 1 });
    expect((await db.outbox.get(1))?.reason).toMatch(/channel|băm/);
    expect(await store.countDossiers(DEFAULT_UNIT_ID)).toBe(1);
  });

  it('does nothing before the first record (no device id yet)', async () => {
    expect(await pushOutbox(db, transport)).toMatchObject({ accepted: 0, duplicate: 0, rejected: 0 });
    expect(requests).toBe(0);
  });
});
