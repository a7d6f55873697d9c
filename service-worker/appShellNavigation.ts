import type { PrecacheController } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

/** Paths that must always reach the server: the sync API is never answered from cache. */
export const NETWORK_ONLY_PATHS: readonly RegExp[] = [/^\/api(\/|$)/];

/** Serves the precached `index.html` for every in-app navigation, so each route opens offline. */
export function registerAppShellNavigation(precache: PrecacheController): void {
  registerRoute(new NavigationRoute(precache.createHandlerBoundToURL('/index.html'), { denylist: [...NETWORK_ONLY_PATHS] }));
}
