import { BACKGROUND_SYNC_TAG, isSyncNowMessage } from '../sync/client/backgroundSyncMessages.ts';
import type { SyncLoop } from '../sync/client/syncLoop.ts';

/** Background Sync (Chromium only; not yet in TypeScript's DOM types). */
interface SyncManager {
  register(tag: string): Promise<void>;
}

/**
 * Asks the browser to wake the service worker once a connection is back, so changes saved
 * offline leave even if the app is closed first. Feature-detected; every failure is ignored
 * (the sync loop's own triggers still run).
 */
export function requestBackgroundSync(): void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  void navigator.serviceWorker.ready
    .then((registration) => {
      const manager = (registration as ServiceWorkerRegistration & { sync?: SyncManager }).sync;
      return manager?.register(BACKGROUND_SYNC_TAG);
    })
    .catch(() => undefined);
}

/** After a local save: push now, and leave a Background Sync registration for when the app is closed offline. */
export function syncAfterSave(sync: Pick<SyncLoop, 'syncNow'>): void {
  void sync.syncNow();
  requestBackgroundSync();
}

/** Pushes when the service worker, woken by Background Sync, finds this page open and hands the work to it. */
export function listenForWorkerSyncRequests(sync: Pick<SyncLoop, 'syncNow'>): void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (isSyncNowMessage(event.data)) void sync.syncNow();
  });
}
