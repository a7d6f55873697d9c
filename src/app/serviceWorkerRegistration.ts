import { Workbox } from 'workbox-window';

/**
 * Registers the service worker through workbox-window. A new version waits until the
 * officer accepts it (`onUpdateReady` gets the function to call), then the page reloads
 * once the new worker controls it — never a mix of old and new files.
 */
export function registerServiceWorker(onUpdateReady: (activate: () => void) => void): void {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  const wb = new Workbox('/sw.js');
  wb.addEventListener('waiting', () => {
    onUpdateReady(() => {
      wb.addEventListener('controlling', () => window.location.reload());
      wb.messageSkipWaiting();
    });
  });
  void wb.register();
}
