import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/domain/uuidv7.ts';
import { createApp } from '../../src/server/app.ts';
import { openPostgresStores } from '../../src/server/store/postgres/openPostgresStore.ts';
import type { ServerStores } from '../../src/server/store/serverStores.ts';
import type { SyncStore } from '../../src/server/store/syncStore.ts';
import type { PushResponse } from '../../src/sync/protocol.ts';
import { enrolledDevice } from '../helpers/enrolledDevice.ts';
import { freshPostgresDatabase, queryPostgres } from '../helpers/postgresDatabase.ts';
import { dossierChange, pushTo, sampleDossier } from '../helpers/syncFixtures.ts';

const NOW = new Date('2025-03-10T05:00:00.000Z');

let database: Awaited<ReturnType<typeof freshPostgresDatabase>>;
let stores: ServerStores;
let store: SyncStore;
let app: Hono;

beforeAll(async () => {
  database = await freshPostgresDatabase();
  stores = await openPostgresStores(database.url);
  store = stores.sync;
  app = createApp({ store, access: stores.access, now: () => NOW });
});

afterAll(async () => {
  await stores.close();
  await database.drop();
});

/** Each enrolled device's token, by device id (enrolled in the built-in unit on first push). */
const tokens = new Map<string, string>();

async function push(deviceId: string, changes: readonly unknown[]): Promise<PushResponse> {
  if (!tokens.has(deviceId)) tokens.set(deviceId, (await enrolledDevice(stores.access, { deviceId })).token);
  return pushTo(app, deviceId, changes, tokens.get(deviceId));
}

describe('POST /api/sync on PostgreSQL (the app does not care which store it has)', () => {
  it('accepts, answers duplicate for a batch sent again, and rejects a reused id or sequence number', async () => {
    const deviceId = uuidv7();
    const dossier = sampleDossier();
    const first = await dossierChange(dossier, { deviceId, seq: 1 });
    const second = await dossierChange(sampleDossier({ receivedAt: new Date('2025-03-04T02:00:00Z') }), { deviceId, seq: 2 });

    expect(await push(deviceId, [first, second])).toEqual({
      serverTime: NOW.toISOString(),
      receipts: [
        { changeId: first.changeId, status: 'accepted' },
        { changeId: second.changeId, status: 'accepted' },
      ],
      device: { maxSeq: 2, missing: [] },
    });
    expect((await push(deviceId, [first, second])).receipts.map((r) => r.status)).toEqual(['duplicate', 'duplicate']);

    const other = sampleDossier({ receivedAt: new Date('2025-03-05T02:00:00Z') });
    const reusedId = await dossierChange(other, { deviceId, seq: 3, changeId: first.changeId });
    const takenSeq = await dossierChange(other, { deviceId, seq: 1 });
    expect((await push(deviceId, [reusedId, takenSeq])).receipts).toEqual([
      { changeId: first.changeId, status: 'rejected', reason: 'Mã thay đổi đã dùng cho nội dung khác' },
      { changeId: takenSeq.changeId, status: 'rejected', reason: 'Số thứ tự 1 của thiết bị này đã dùng cho thay đổi khác', code: 'seq_taken' },
    ]);

    expect(await store.countDossiers('default')).toBe(2);
    const rows = await queryPostgres<{ status: string; data: unknown; max_seq: number }>(
      database.url,
      `SELECT d.status, d.data, v.max_seq FROM dossiers d JOIN devices v ON v.unit_id = d.unit_id AND v.device_id = $2
       WHERE d.unit_id = 'default' AND d.id = $1`,
      [dossier.id, deviceId],
    );
    expect(rows).toEqual([{ status: 'received', data: dossier, max_seq: 2 }]);
  });
});
