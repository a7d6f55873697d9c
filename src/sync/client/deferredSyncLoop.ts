import type { SyncOutcome } from './syncOnce.ts';
import type { SyncLoop } from './syncLoop.ts';
import { INITIAL_SYNC_STATUS, type SyncStatus } from './syncStatus.ts';

/**
 * A SyncLoop whose engine (protocol, merge, push and pull) is loaded by `load` after the first
 * paint, so the desk's first visit does not wait for it. Until then it reports the initial
 * status; `syncNow` waits for the engine and syncs. Recording never depends on it: saves go to
 * IndexedDB and the outbox whether the engine is there or not.
 */
export function deferredSyncLoop(load: () => Promise<SyncLoop>): SyncLoop {
  let status: SyncStatus = INITIAL_SYNC_STATUS;
  let stopped = false;
  const listeners = new Set<(s: SyncStatus) => void>();
  const engine = load().then((loop) => {
    loop.subscribe((next) => {
      status = next;
      for (const l of listeners) l(next);
    });
    return loop;
  });
  return {
    syncNow: (): Promise<SyncOutcome | null> => engine.then((loop) => (stopped ? null : loop.syncNow())),
    subscribe(listener) {
      listeners.add(listener);
      listener(status);
      return () => listeners.delete(listener);
    },
    stop() {
      stopped = true;
      void engine.then((loop) => loop.stop());
    },
  };
}
