import { BACKGROUND_SYNC_TAG, SYNC_NOW_MESSAGE } from '../src/sync/client/backgroundSyncMessages.ts';

/** The Background Sync event (WICG; not in TypeScript's WebWorker lib). */
interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
}

function isSyncEvent(event: Event): event is SyncEvent {
  return 'tag' in event && typeof event.tag === 'string' && 'waitUntil' in event;
}

/**
 * Answers the Background Sync the page registers after each save. An open window gets
 * "sync-now" and pushes through its own loop (one queue, one lock, its status shown); with
 * none open the worker pushes itself. A failed push rejects, so the browser tries again later.
 */
export function handleBackgroundSync(scope: ServiceWorkerGlobalScope, pushFromWorker: () => Promise<void>): void {
  scope.addEventListener('sync', (event) => {
    if (!isSyncEvent(event) || event.tag !== BACKGROUND_SYNC_TAG) return;
    event.waitUntil(
      (async () => {
        const windows = await scope.clients.matchAll({ type: 'window', includeUncontrolled: true });
        const page = windows.find((w) => w.focused) ?? windows[0];
        if (page) page.postMessage(SYNC_NOW_MESSAGE);
        else await pushFromWorker();
      })(),
    );
  });
}
