import 'fake-indexeddb/auto';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SoMotCuaDatabase } from '../../src/data/database.ts';
import { getDossier, saveDossier } from '../../src/data/dossierStore.ts';
import { readEnrollment } from '../../src/data/enrollmentStore.ts';
import { outboxCounts } from '../../src/data/outboxStore.ts';
import type { Dossier } from '../../src/domain/dossier.ts';
import { resolveDossier, updateFacts } from '../../src/domain/dossierLifecycle.ts';
import { uuidv7 } from '../../src/domain/uuidv7.ts';
import { createApp } from '../../src/server/app.ts';
import { CLOCK_AHEAD } from '../../src/server/validateChange.ts';
import type { ServerStores } from '../../src/server/store/serverStores.ts';
import { openSqliteStores } from '../../src/server/store/sqlite/openSqliteStore.ts';
import { enrollDevice } from '../../src/sync/client/enrollDevice.ts';
import { httpSyncTransport, type SyncTransport } from '../../src/sync/client/httpTransport.ts';
import { pushOutbox } from '../../src/sync/client/pushOutbox.ts';
import { syncOnce, type SyncOutcome } from '../../src/sync/client/syncOnce.ts';
import { sampleDossier, tempFolder } from '../helpers/syncFixtures.ts';

// Devices (Dexie on fake-indexeddb) talk to the real server app, in process, over its real
// HTTP handler and a real SQLite file: no part of the sync path is stubbed.
const UNIT = 'xa-tan-trung';
const NOW = new Date('2026-11-26T02:00:00Z');
let folder: ReturnType<typeof tempFolder>;
let stores: ServerStores;
let serverFetch: typeof fetch;
let requests: number;
const devices: SoMotCuaDatabase[] = [];

beforeEach(async () => {
  folder = tempFolder();
  stores = openSqliteStores(path.join(folder.dir, 'server.sqlite'));
  const app = createApp({ store: stores.sync, access: stores.access, now: () => NOW });
  requests = 0;
  serverFetch = async (input, init) => {
    requests += 1;
    return app.request(String(input), init);
  };
  await stores.access.createUnit({ id: UNIT, name: 'UBND xã Tân Trung', kind: 'commune', parentId: null });
  for (const [officerId, name] of [['lan', 'Nguyễn Thị Lan'], ['minh', 'Trần Văn Minh']] as const) {
    await stores.access.createOfficer({ unitId: UNIT, officerId, name, role: 'officer' }, NOW);
  }
});

afterEach(async () => {
  for (const db of devices.splice(0)) await db.delete();
  await stores.close();
  folder.remove();
});

function newDevice(): SoMotCuaDatabase {
  const db = new SoMotCuaDatabase(`device-${uuidv7()}`);
  devices.push(db);
  return db;
}

async function enrolled(officerId: string, db = newDevice()): Promise<SoMotCuaDatabase> {
  const { code } = await stores.access.issueEnrollmentCode(UNIT, officerId, NOW);
  await enrollDevice(db, code, serverFetch);
  return db;
}

const transport = (): SyncTransport => httpSyncTransport('http://server.test', serverFetch);

function synced(outcome: SyncOutcome): Extract<SyncOutcome, { kind: 'synced' }> {
  if (outcome.kind !== 'synced') throw new Error('expected a sync round');
  return outcome;
}

describe('push against the real server', () => {
  it('drains the outbox in batches and the server stores each dossier once', async () => {
    const db = await enrolled('lan');
    const first = sampleDossier();
    await saveDossier(db, first);
    await saveDossier(db, resolveDossier(first, new Date('2025-03-03T03:00:00Z'), { digitized: true, electronicResult: true }));
    for (let i = 0; i < 3; i += 1) await saveDossier(db, sampleDossier());
    const enrollment = await readEnrollment(db);
    requests = 0;

    const summary = await pushOutbox(db, transport(), enrollment!.token, 2);

    // 5 changes in batches of 2 → 3 requests; 4 distinct dossiers on the server.
    expect(requests).toBe(3);
    expect(summary).toMatchObject({ accepted: 5, duplicate: 0, rejected: 0, device: { maxSeq: 5, missing: [] } });
    expect(await outboxCounts(db)).toEqual({ pending: 0, rejected: 0 });
    expect(await stores.sync.countDossiers(UNIT)).toBe(4);
  });

  it('loses nothing and duplicates nothing when the answer is lost after the server committed', async () => {
    const db = await enrolled('lan');
    for (let i = 0; i < 3; i += 1) await saveDossier(db, sampleDossier());
    const real = transport();
    const answerLost: SyncTransport = {
      push: async (request, token) => {
        await real.push(request, token);
        throw new TypeError('Failed to fetch'); // the connection dropped before the receipts arrived
      },
      pull: real.pull,
    };
    await expect(syncOnce(db, answerLost)).rejects.toThrow(TypeError);
    expect(await outboxCounts(db)).toEqual({ pending: 3, rejected: 0 });

    const retry = synced(await syncOnce(db, real));
    expect(retry.pushed).toMatchObject({ accepted: 0, duplicate: 3, rejected: 0 });
    expect(retry.dataLoss).toBeNull();
    expect(await outboxCounts(db)).toEqual({ pending: 0, rejected: 0 });
    expect(await stores.sync.countDossiers(UNIT)).toBe(3);
  });

  it('sends a batch the server finds too large again in halves', async () => {
    const db = await enrolled('lan');
    // Each dossier carries 20 supplement rounds with long notes (~12 KB): 200 of them in one
    // batch exceed the server's 2 MB body limit.
    const note = 'Ghi chú dài '.repeat(38);
    for (let i = 0; i < 200; i += 1) {
      const d = sampleDossier();
      await saveDossier(db, { ...d, supplementRequests: Array.from({ length: 20 }, (_, k) => ({ requestedAt: d.receivedAt, returnedAt: d.receivedAt, note: `${note}${k}` })) });
    }
    const statuses: number[] = [];
    const real = httpSyncTransport('http://server.test', async (input, init) => {
      const res = await serverFetch(input, init);
      statuses.push(res.status);
      return res;
    });
    const outcome = synced(await syncOnce(db, real));
    expect(statuses).toContain(413);
    expect(outcome.pushed.accepted).toBe(200);
    expect(await outboxCounts(db)).toEqual({ pending: 0, rejected: 0 });
  });

  it('quarantines a poisoned change and still delivers the rest of the queue', async () => {
    const db = await enrolled('lan');
    const poisoned = sampleDossier();
    const good = sampleDossier();
    await saveDossier(db, poisoned);
    await saveDossier(db, good);
    // Corrupt the stored change after it was hashed, as a damaged storage would.
    await db.outbox.update(1, { payload: { ...poisoned, channel: 'fax' } });

    const outcome = synced(await syncOnce(db, transport()));

    expect(outcome.pushed).toMatchObject({ accepted: 1, rejected: 1 });
    expect(await outboxCounts(db)).toEqual({ pending: 0, rejected: 1 });
    expect((await db.outbox.get(1))?.reason).toMatch(/channel|băm/);
    expect(await stores.sync.countDossiers(UNIT)).toBe(1);
    // The quarantined seq is known to the device: not reported as lost.
    expect(outcome.dataLoss).toBeNull();
  });
});

describe('before enrollment', () => {
  it('sends nothing, keeps everything, and uploads it all once enrolled', async () => {
    const db = newDevice();
    for (let i = 0; i < 3; i += 1) await saveDossier(db, sampleDossier());
    expect(await syncOnce(db, transport())).toEqual({ kind: 'unenrolled' });
    expect(requests).toBe(0);
    expect(await outboxCounts(db)).toEqual({ pending: 3, rejected: 0 });

    await enrolled('lan', db);
    expect(synced(await syncOnce(db, transport())).pushed.accepted).toBe(3);
    expect(await stores.sync.countDossiers(UNIT)).toBe(3);
  });
});

describe('two officers, two phones, one commune (sync issue, item 2)', () => {
  /** Lan's and Minh's phones, both holding the dossier Lan received (pushed, then pulled). */
  async function receivedByLanSeenByMinh(): Promise<{ lan: SoMotCuaDatabase; minh: SoMotCuaDatabase; received: Dossier }> {
    const lan = await enrolled('lan');
    const minh = await enrolled('minh');
    const received = sampleDossier();
    await saveDossier(lan, received);
    await syncOnce(lan, transport());
    await syncOnce(minh, transport());
    return { lan, minh, received };
  }

  it('a dossier received by one officer is resolved by another; both phones end with the same dossier and the same figures', async () => {
    const { lan, minh, received } = await receivedByLanSeenByMinh();
    const onMinh = await getDossier(minh, received.id);
    expect(onMinh).toEqual(received);

    // Concurrently, offline from each other: Minh resolves it, Lan marks it digitized.
    await saveDossier(minh, resolveDossier(onMinh!, new Date('2025-03-04T02:00:00Z'), { electronicResult: true }));
    await saveDossier(lan, updateFacts(received, new Date('2025-03-04T02:05:00Z'), { digitized: true }));
    await syncOnce(minh, transport());
    await syncOnce(lan, transport());
    await syncOnce(minh, transport());

    const [a, b] = [await getDossier(lan, received.id), await getDossier(minh, received.id)];
    expect(a).toEqual(b);
    expect(a).toMatchObject({ status: 'resolved', digitized: true, electronicResult: true });
    const server = await stores.sync.pullSince(UNIT, 0, 10);
    expect(server.records.map((r) => r.payload)).toEqual([a]);
    // Unit-wide figures come from the same records: the indicator buckets match on both phones.
    const buckets = async (db: SoMotCuaDatabase) => (await db.aggregates.toArray()).filter((bucket) => Object.values(bucket.counters).some((n) => n !== 0));
    expect(await buckets(lan)).toEqual(await buckets(minh));
    expect(await outboxCounts(lan)).toEqual({ pending: 0, rejected: 0 });
  });

  it('an action from a screen opened before a pull, and its undo, never revert what the pull brought', async () => {
    const { lan, minh, received } = await receivedByLanSeenByMinh();
    // Lan's screen shows `received`; meanwhile Minh marks it digitized and Lan's phone pulls that.
    await saveDossier(minh, updateFacts(received, new Date('2025-03-04T02:00:00Z'), { digitized: true }), received);
    await syncOnce(minh, transport());
    await syncOnce(lan, transport());
    expect((await getDossier(lan, received.id))?.digitized).toBe(true);

    // Lan resolves from the copy on screen (digitized still false there), then undoes it.
    const resolved = resolveDossier(received, new Date('2025-03-04T03:00:00Z'), {});
    await saveDossier(lan, resolved, received);
    expect(await getDossier(lan, received.id)).toMatchObject({ status: 'resolved', digitized: true });
    await saveDossier(lan, { ...received, updatedAt: '2025-03-04T03:01:00.000Z' }, resolved);
    await syncOnce(lan, transport());
    await syncOnce(minh, transport());
    for (const db of [lan, minh]) expect(await getDossier(db, received.id)).toMatchObject({ status: 'received', digitized: true });
  });
});

describe('a phone whose date is wrong', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('has its changes refused while its date is a year ahead, and sends them once the date is put right and the dossier saved again', async () => {
    const db = await enrolled('lan');
    const received = sampleDossier();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-11-26T02:00:00Z')); // the phone's date: a year ahead of the server's
    await saveDossier(db, received);
    vi.setSystemTime(NOW); // the server's clock is what the app is tested against (NOW) …
    const refused = synced(await syncOnce(db, transport()));
    expect(refused.pushed).toMatchObject({ accepted: 0, rejected: 1 });
    expect((await db.outbox.get(1))?.reason).toBe(CLOCK_AHEAD);

    // … and the phone's date is now right too: the officer opens the dossier and saves it again.
    await saveDossier(db, updateFacts(received, new Date(NOW.getTime() + 60_000), { digitized: true }), received);
    const sent = synced(await syncOnce(db, transport()));
    expect(sent.pushed).toMatchObject({ accepted: 1, rejected: 0 });
    const [record] = (await stores.sync.pullSince(UNIT, 0, 10)).records;
    expect(record?.payload).toMatchObject({ id: received.id, digitized: true });
    for (const clock of Object.values(record?.clocks ?? {})) expect(clock < '001800000000000').toBe(true);
  });
});

describe('data-loss detection (sync issue, item 7)', () => {
  it('tells the officer when the phone remembers fewer changes than the server holds, and never reuses those numbers', async () => {
    const db = await enrolled('lan');
    for (let i = 0; i < 3; i += 1) await saveDossier(db, sampleDossier());
    await syncOnce(db, transport());
    // The phone's storage is restored from an old copy: its sequence is back at 2, and the
    // officer records one more dossier (seq 2, a number the server already holds) before syncing.
    await db.meta.put({ key: 'nextSeq', value: 2 });
    const recordedAfterRestore = sampleDossier();
    await saveDossier(db, recordedAfterRestore);

    const outcome = synced(await syncOnce(db, transport()));
    // The colliding change was renumbered after the server's highest and delivered, not quarantined.
    expect(outcome.pushed).toMatchObject({ accepted: 1, rejected: 0 });
    expect(await outboxCounts(db)).toEqual({ pending: 0, rejected: 0 });
    expect(await stores.sync.countDossiers(UNIT)).toBe(4);
    expect(outcome.dataLoss).toContain('Máy chủ đã nhận 3 thay đổi từ máy này, nhưng máy chỉ còn nhớ 2');
    await saveDossier(db, sampleDossier());
    const next = synced(await syncOnce(db, transport()));
    expect(next.pushed).toMatchObject({ accepted: 1, rejected: 0 });
    expect(next.dataLoss).toBeNull();
  });

  it('a phone moved to another commune pulls that commune from its start, and raises no false alarm', async () => {
    await stores.access.createUnit({ id: 'xa-khac', name: 'UBND xã Khác', kind: 'commune', parentId: null });
    await stores.access.createOfficer({ unitId: 'xa-khac', officerId: 'hoa', name: 'Lê Thị Hoa', role: 'officer' }, NOW);
    const hoa = newDevice();
    await enrollDevice(hoa, (await stores.access.issueEnrollmentCode('xa-khac', 'hoa', NOW)).code, serverFetch);
    for (let i = 0; i < 2; i += 1) await saveDossier(hoa, sampleDossier());
    await syncOnce(hoa, transport());

    const db = await enrolled('lan');
    for (let i = 0; i < 5; i += 1) await saveDossier(db, sampleDossier());
    expect(synced(await syncOnce(db, transport())).dataLoss).toBeNull();
    await enrollDevice(db, (await stores.access.issueEnrollmentCode('xa-khac', 'hoa', NOW)).code, serverFetch);

    const moved = synced(await syncOnce(db, transport()));
    expect(moved.pulled.changed).toBe(2);
    expect(moved.dataLoss).toBeNull();
    await saveDossier(db, sampleDossier());
    const next = synced(await syncOnce(db, transport()));
    expect(next.pushed.accepted).toBe(1);
    expect(next.dataLoss).toBeNull();
    expect(await stores.sync.countDossiers('xa-khac')).toBe(3);
  });

  it('tells the officer which changes never reached the server when the phone lost them before sending', async () => {
    const db = await enrolled('lan');
    for (let i = 0; i < 4; i += 1) await saveDossier(db, sampleDossier());
    await db.outbox.delete(2); // damaged storage: a queued change is gone
    const outcome = synced(await syncOnce(db, transport()));
    expect(outcome.dataLoss).toContain('Có 1 thay đổi ghi trên máy này chưa bao giờ tới máy chủ');
    expect(outcome.dataLoss).toContain('số thứ tự 2');
    expect(await stores.sync.deviceState(UNIT, (await db.meta.get('deviceId'))?.value as string)).toEqual({ maxSeq: 4, missing: [[2, 2]] });
  });
});
