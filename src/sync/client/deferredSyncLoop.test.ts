import { describe, expect, it } from 'vitest';
import { deferredSyncLoop } from './deferredSyncLoop.ts';
import type { SyncLoop } from './syncLoop.ts';
import { INITIAL_SYNC_STATUS, type SyncStatus } from './syncStatus.ts';

/** A loop that records what it was asked and lets the test publish statuses. */
function recordingLoop() {
  const listeners = new Set<(s: SyncStatus) => void>();
  const calls: string[] = [];
  const loop: SyncLoop = {
    syncNow: () => (calls.push('syncNow'), Promise.resolve(null)),
    subscribe: (l) => (listeners.add(l), () => listeners.delete(l)),
    stop: () => void calls.push('stop'),
  };
  const publish = (s: SyncStatus) => listeners.forEach((l) => l(s));
  return { loop, calls, publish };
}

describe('deferredSyncLoop', () => {
  it('reports the initial status until the engine loads, then forwards its statuses and syncs through it', async () => {
    const real = recordingLoop();
    let resolve: (loop: SyncLoop) => void = () => undefined;
    const deferred = deferredSyncLoop(() => new Promise<SyncLoop>((r) => (resolve = r)));
    const seen: SyncStatus[] = [];
    deferred.subscribe((s) => seen.push(s));
    expect(seen).toEqual([INITIAL_SYNC_STATUS]);

    const synced = deferred.syncNow(); // asked before the engine is there: waits for it
    expect(real.calls).toEqual([]);
    resolve(real.loop);
    await synced;
    expect(real.calls).toEqual(['syncNow']);

    const pushing: SyncStatus = { ...INITIAL_SYNC_STATUS, phase: 'syncing' };
    real.publish(pushing);
    expect(seen.at(-1)).toEqual(pushing);
    // A late subscriber gets the latest status at once.
    const late: SyncStatus[] = [];
    deferred.subscribe((s) => late.push(s));
    expect(late).toEqual([pushing]);
  });

  it('stops the engine even when stopped before it loaded, and then no longer syncs', async () => {
    const real = recordingLoop();
    const deferred = deferredSyncLoop(() => Promise.resolve(real.loop));
    deferred.stop();
    expect(await deferred.syncNow()).toBeNull();
    expect(real.calls).toEqual(['stop']);
  });
});
