/**
 * Service worker entry: wiring only (Elk and Squoosh keep theirs this small).
 * - precaches the app shell that the build injects into `self.__WB_MANIFEST`, keeping the
 *   previous version's files until a page of this version runs (never a mix of old and new);
 * - answers every navigation with the cached shell, except under /api/;
 * - never routes /api/ at all, so sync always reaches the network or fails honestly;
 * - waits for the officer's consent before a new version takes over;
 * - answers Background Sync: an open page pushes, else the worker pushes the outbox itself.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches } from 'workbox-precaching';
import { registerAppShellNavigation } from './appShellNavigation.ts';
import { handleBackgroundSync } from './backgroundSync.ts';
import { precacheAcrossVersions } from './precacheAcrossVersions.ts';
import { pushFromWorker } from './pushFromWorker.ts';
import { listenForSkipWaiting } from './skipWaiting.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<string | { url: string; revision: string | null }> };

const precache = precacheAcrossVersions(self, self.__WB_MANIFEST);
// Removes only caches of older Workbox formats, never the previous version's entries.
cleanupOutdatedCaches();
registerAppShellNavigation(precache);
listenForSkipWaiting(self);
handleBackgroundSync(self, pushFromWorker);
clientsClaim();
