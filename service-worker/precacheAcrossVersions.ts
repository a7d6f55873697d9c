import { PrecacheController, PrecacheRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';

/** The message a page of the new version sends once it runs: the previous version's files may go. */
export const DROP_PREVIOUS_VERSION = 'DROP_PREVIOUS_VERSION';

/** Vite's content-hashed files: a name never changes meaning, so an old one can be served as it is. */
const HASHED_ASSETS = /^\/assets\//;

type ManifestEntry = string | { url: string; revision: string | null };

/**
 * Precaches this version's files without deleting the previous version's on activation.
 *
 * Workbox's own `precacheAndRoute` deletes every precached URL missing from the new manifest
 * in the `activate` event (`cleanupOutdatedCaches` only removes caches of older Workbox
 * formats, never our previous version's entries). Between that moment and the reload the
 * old page can still load one of its lazy chunks (a screen opened while the officer reads
 * the banner): the new worker would not know it and the server no longer has it. So:
 * - on activate nothing is deleted;
 * - a hashed asset the new manifest does not list is answered from the precache cache if
 *   the previous version left it there (the old page finishes with its own files);
 * - once a page of the new version runs it posts DROP_PREVIOUS_VERSION, and only then are
 *   the previous version's entries deleted (every open tab reloads on the switch).
 */
export function precacheAcrossVersions(scope: ServiceWorkerGlobalScope, manifest: ManifestEntry[]): PrecacheController {
  const controller = new PrecacheController();
  controller.addToCacheList(manifest);
  scope.addEventListener('install', (event) => {
    event.waitUntil(controller.install(event));
  });
  registerRoute(new PrecacheRoute(controller));
  registerRoute(
    ({ url, request }) => url.origin === scope.location.origin && request.method === 'GET' && HASHED_ASSETS.test(url.pathname),
    async ({ request }) => {
      const cache = await scope.caches.open(controller.strategy.cacheName);
      return (await cache.match(request)) ?? fetch(request);
    },
  );
  scope.addEventListener('message', (event) => {
    const data: unknown = event.data;
    if (typeof data !== 'object' || data === null || !('type' in data) || data.type !== DROP_PREVIOUS_VERSION) return;
    // Only the active worker with no newer one on the way: a worker still active while the
    // next version installs would delete the next version's fresh entries.
    const { registration } = scope;
    if (registration.active?.scriptURL !== scope.location.href || registration.installing || registration.waiting) return;
    // PrecacheController.activate() is the cleanup itself: it deletes entries not in this manifest.
    // waitUntil keeps the worker alive until it is done.
    event.waitUntil(controller.activate(event));
  });
  return controller;
}
