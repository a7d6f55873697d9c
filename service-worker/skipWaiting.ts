/** The message workbox-window's `messageSkipWaiting()` sends once the officer accepts an update. */
const SKIP_WAITING = 'SKIP_WAITING';

/** Activates a waiting worker only when the page asks for it (never on its own). */
export function listenForSkipWaiting(scope: ServiceWorkerGlobalScope): void {
  scope.addEventListener('message', (event) => {
    const data: unknown = event.data;
    if (typeof data === 'object' && data !== null && 'type' in data && data.type === SKIP_WAITING) {
      void scope.skipWaiting();
    }
  });
}
