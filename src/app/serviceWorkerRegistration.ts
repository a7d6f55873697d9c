import { Workbox } from 'workbox-window';

/** How often an open app asks the server for a new version while online. */
export const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/** service-worker/precacheAcrossVersions.ts: the previous version's cached files may be deleted. */
const DROP_PREVIOUS_VERSION = 'DROP_PREVIOUS_VERSION';

/**
 * Registers the service worker through workbox-window.
 * - A new version waits until the officer accepts it (`onUpdateReady` gets the function to
 *   call; src/app/UpdateBanner.tsx pushes the outbox first).
 * - Once the new worker controls the page, every open tab reloads at once, so no page keeps
 *   running old code against new files; the old files stay cached until then.
 * - A page that runs under its worker tells it the previous version's files may go.
 * - The app looks for a new version when it comes back to the screen and every hour while online.
 */
export function registerServiceWorker(onUpdateReady: (activate: () => void) => void): void {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  const wb = new Workbox('/sw.js');
  wb.addEventListener('waiting', () => {
    onUpdateReady(() => wb.messageSkipWaiting());
  });
  // Workbox's `isUpdate` only knows whether this page load started controlled; a first visit
  // that stays open until the next version would never reload. Track the controller instead:
  // the first one (a first install claiming the page) changes nothing, a replacement reloads.
  let controlled = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (controlled) window.location.reload();
    controlled = true;
  });
  const checkForUpdate = () => {
    if (navigator.onLine) void wb.update().catch(() => undefined); // offline or server down: try again later
  };
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') checkForUpdate();
  });
  window.addEventListener('online', checkForUpdate);
  setInterval(checkForUpdate, UPDATE_CHECK_INTERVAL_MS);
  void wb.register().then(() => {
    navigator.serviceWorker.controller?.postMessage({ type: DROP_PREVIOUS_VERSION });
  });
}
