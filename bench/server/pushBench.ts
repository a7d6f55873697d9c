// IndexedDB for Dexie in Node: must be installed before Dexie is first loaded.
import 'fake-indexeddb/auto';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { SoMotCuaDatabase } from '../../src/data/database.ts';
import { saveDossiers } from '../../src/data/dossierStore.ts';
import { outboxCounts } from '../../src/data/outboxStore.ts';
import { uuidv7 } from '../../src/domain/uuidv7.ts';
import { createApp } from '../../src/server/app.ts';
import type { SyncStore } from '../../src/server/store/syncStore.ts';
import { enrollDevice } from '../../src/sync/client/enrollDevice.ts';
import { httpSyncTransport, type SyncTransport } from '../../src/sync/client/httpTransport.ts';
import { syncOnce } from '../../src/sync/client/syncOnce.ts';
import { MAX_BATCH_SIZE } from '../../src/sync/protocol.ts';
import { BENCH_OFFICER, benchFolder, freshSqliteStores } from './benchFolder.ts';
import { mixedDossiers } from './dossierMix.ts';

const UNIT = 'xa-push';

/** One phone's outbox pushed to the real server over loopback HTTP. */
export interface PushFigures {
  readonly changes: number;
  /** Filling the device database (saveDossiers, 500 per transaction), ms; not budgeted. */
  readonly prepareMs: number;
  /** `syncOnce` from its start until the last push answer was applied: the push, ms. */
  readonly pushMs: number;
  /** Of which the server's `applyChanges`, summed over the batches, ms. */
  readonly ingestMs: number;
  /** The whole `syncOnce`: the push, then the pull of the unit's records back, ms. */
  readonly roundMs: number;
  readonly pushRequests: number;
  readonly pullRequests: number;
}

/**
 * Starts the real server (`createApp` on `@hono/node-server`, 127.0.0.1, an ephemeral port,
 * a fresh SQLite file), enrolls a device through `POST /api/enroll` with Node's fetch, saves
 * `count` dossiers on the device (Dexie over fake-indexeddb, the app's own `saveDossiers`,
 * not timed), then times one `syncOnce` over `httpSyncTransport`: real batches of 500 over
 * real HTTP, then the pull. Checks afterwards that every change was accepted, that the
 * server holds `count` dossiers, and that the outbox is empty.
 */
export async function pushBench(count: number): Promise<PushFigures> {
  const folder = benchFolder();
  const stores = await freshSqliteStores(path.join(folder.dir, 'server.sqlite'), UNIT);
  // The real store, watched: how long its applyChanges took in all (the server's ingest share).
  let ingestMs = 0;
  const watchedStore: SyncStore = {
    ...stores.sync,
    applyChanges: async (unitId, changes, receivedAt) => {
      const t0 = performance.now();
      try {
        return await stores.sync.applyChanges(unitId, changes, receivedAt);
      } finally {
        ingestMs += performance.now() - t0;
      }
    },
  };
  const app = createApp({ store: watchedStore, access: stores.access });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  const db = new SoMotCuaDatabase(`bench-push-${uuidv7()}`);
  try {
    const { code } = await stores.access.issueEnrollmentCode(UNIT, BENCH_OFFICER, new Date());
    await enrollDevice(db, code, (input, init) => fetch(`${base}${String(input)}`, init));

    const t0 = performance.now();
    const dossiers = [...mixedDossiers(count, { fromYear: 2026, toYear: 2026, officers: [BENCH_OFFICER], seed: 23 })];
    dossiers.sort((a, b) => (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : 0));
    for (let i = 0; i < dossiers.length; i += MAX_BATCH_SIZE) await saveDossiers(db, dossiers.slice(i, i + MAX_BATCH_SIZE).map((next) => ({ next })));
    const prepareMs = performance.now() - t0;
    const queued = await outboxCounts(db);
    if (queued.pending !== count) throw new Error(`push bench: ${queued.pending} changes queued, expected ${count}`);

    // The real transport, watched: when the last push answer arrived, and how many requests went.
    const real = httpSyncTransport(base);
    let pushRequests = 0;
    let pullRequests = 0;
    let firstPullAt: number | null = null;
    const watched: SyncTransport = {
      push: (request, token) => {
        pushRequests += 1;
        return real.push(request, token);
      },
      pull: (cursor, token) => {
        pullRequests += 1;
        firstPullAt ??= performance.now();
        return real.pull(cursor, token);
      },
    };
    ingestMs = 0;
    const start = performance.now();
    const outcome = await syncOnce(db, watched);
    const end = performance.now();

    if (outcome.kind !== 'synced') throw new Error('push bench: the device is not enrolled');
    const { accepted, duplicate, rejected } = outcome.pushed;
    if (accepted !== count || duplicate !== 0 || rejected !== 0) throw new Error(`push bench: ${accepted} accepted, ${duplicate} duplicate, ${rejected} rejected, expected ${count} accepted`);
    const onServer = await stores.sync.countDossiers(UNIT);
    if (onServer !== count) throw new Error(`push bench: the server holds ${onServer} dossiers, expected ${count}`);
    const left = await outboxCounts(db);
    if (left.pending !== 0 || left.rejected !== 0) throw new Error(`push bench: the outbox still holds ${left.pending} pending and ${left.rejected} rejected changes`);
    if (outcome.dataLoss !== null) throw new Error(`push bench: data loss reported: ${outcome.dataLoss}`);
    return { changes: count, prepareMs, pushMs: (firstPullAt ?? end) - start, ingestMs, roundMs: end - start, pushRequests, pullRequests };
  } finally {
    await db.delete();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      // fetch keeps its connections alive; do not wait for them to time out.
      if ('closeAllConnections' in server) server.closeAllConnections();
    });
    await stores.close();
    folder.remove();
  }
}
