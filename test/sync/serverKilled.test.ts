import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Change, PushResponse } from '../../src/sync/protocol.ts';
import { enrolledDevice, type EnrolledDevice } from '../helpers/enrolledDevice.ts';
import { freePort } from '../helpers/freePort.ts';
import { STORE_KINDS, type StoresUnderTest } from '../helpers/storesUnderTest.ts';
import { dossierChange, pushBody, sampleDossier } from '../helpers/syncFixtures.ts';

const BATCHES = 12;
const BATCH_SIZE = 250;

/** The real server entry point in its own process, on `db`; resolves once it listens. */
async function startServer(db: StoresUnderTest, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, ...db.env, PORT: String(port), STATIC_DIR: '/nonexistent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start')), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes(`:${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return child;
}

async function push(port: number, device: EnrolledDevice, changes: readonly Change[]): Promise<PushResponse> {
  const res = await fetch(`http://127.0.0.1:${port}/api/sync`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...device.headers },
    body: pushBody(device.deviceId, changes),
  });
  if (!res.ok) throw new Error(`push answered ${res.status}`);
  return (await res.json()) as PushResponse;
}

describe.each(STORE_KINDS)('server killed with SIGKILL mid-push on $name (sync issue, item 9)', (kind) => {
  let db: StoresUnderTest;
  let server: ChildProcess | undefined;

  beforeEach(async () => {
    db = await kind.open();
  });

  afterEach(async () => {
    server?.kill('SIGKILL');
    await db.remove();
  });

  it('loses nothing it acknowledged and leaves no batch half-written; the phone then completes the upload', async () => {
    const lan = await enrolledDevice(db.stores.access);
    const batches: Change[][] = [];
    for (let b = 0; b < BATCHES; b++) {
      const batch: Change[] = [];
      for (let i = 0; i < BATCH_SIZE; i++) {
        const seq = b * BATCH_SIZE + i + 1;
        batch.push(await dossierChange(sampleDossier({ receivedAt: new Date(Date.UTC(2025, 2, 3, 0, 0, seq)) }), { deviceId: lan.deviceId, seq }));
      }
      batches.push(batch);
    }
    const port = await freePort();
    server = await startServer(db, port);

    // Push the batches one after the other; kill the server while one is being written: after
    // about two thirds of the time the previous batch took (validation first, then the write).
    const acknowledged = new Set<string>();
    let killedDuring = -1;
    let lastTook = 0;
    for (const [index, batch] of batches.entries()) {
      const started = performance.now();
      const inFlight = push(port, lan, batch);
      if (index === 4) {
        await new Promise((resolve) => setTimeout(resolve, Math.round(lastTook * 0.66)));
        server.kill('SIGKILL');
        killedDuring = index;
        await inFlight.catch(() => undefined);
        break;
      }
      for (const receipt of (await inFlight).receipts) if (receipt.status === 'accepted') acknowledged.add(receipt.changeId);
      lastTook = performance.now() - started;
    }
    expect(killedDuring).toBe(4);
    await new Promise((resolve) => server?.once('exit', resolve));

    // Nothing acknowledged is lost; each batch is all there or not at all; nothing points nowhere.
    const stored = new Set((await db.rows('changes')).map((row) => String(row['change_id'])));
    for (const changeId of acknowledged) expect(stored.has(changeId)).toBe(true);
    expect(acknowledged.size).toBe(4 * BATCH_SIZE);
    for (const batch of batches) expect([0, BATCH_SIZE]).toContain(batch.filter((c) => stored.has(c.changeId)).length);
    expect(await db.count('dossiers')).toBe(stored.size);
    const [device] = await db.rows('devices');
    expect(Number(device?.['change_count'])).toBe(stored.size);

    // The phone, not having its receipts, sends everything again to the restarted server.
    server = await startServer(db, port);
    const statuses = new Map<string, number>();
    for (const batch of batches) {
      for (const receipt of (await push(port, lan, batch)).receipts) statuses.set(receipt.status, (statuses.get(receipt.status) ?? 0) + 1);
    }
    expect(statuses.get('rejected')).toBeUndefined();
    expect(statuses.get('duplicate')).toBe(stored.size);
    expect(await db.count('dossiers')).toBe(BATCHES * BATCH_SIZE);
    const last = await push(port, lan, []);
    expect(last.device).toEqual({ maxSeq: BATCHES * BATCH_SIZE, missing: [] });
  }, 120_000);
});
