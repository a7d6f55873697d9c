import { createSignal } from 'solid-js';
import { ENROLL_CODE_PARAM } from '../sync/client/enrollmentCode.ts';

/** The app's screens. Paths are Vietnamese slugs: they show in shared links and manifest shortcuts. */
export type Route =
  | { readonly name: 'today' }
  | { readonly name: 'receive' }
  | { readonly name: 'register' }
  | { readonly name: 'indicators' }
  | { readonly name: 'settings'; readonly enrollCode?: string }
  | { readonly name: 'sync' }
  | { readonly name: 'reports' }
  | { readonly name: 'supervisor' }
  | { readonly name: 'dossier'; readonly id: string };

export type RouteName = Route['name'];

const PATHS: Readonly<Record<Exclude<RouteName, 'dossier'>, string>> = {
  today: '/',
  receive: '/tiep-nhan',
  register: '/so-theo-doi',
  indicators: '/chi-tieu',
  settings: '/cai-dat',
  sync: '/dong-bo',
  reports: '/bao-cao',
  supervisor: '/tong-hop',
};

/** The path of a route. */
export function pathOf(route: Route): string {
  if (route.name === 'dossier') return `/ho-so/${encodeURIComponent(route.id)}`;
  if (route.name === 'settings' && route.enrollCode !== undefined) {
    return `${PATHS.settings}?${new URLSearchParams({ [ENROLL_CODE_PARAM]: route.enrollCode }).toString()}`;
  }
  return PATHS[route.name];
}

/** The route of a path and its query string (unknown paths open "Hôm nay"). */
export function routeOf(pathname: string, search = ''): Route {
  const dossier = /^\/ho-so\/([^/]+)$/.exec(pathname);
  if (dossier?.[1]) return { name: 'dossier', id: decodeURIComponent(dossier[1]) };
  const name = (Object.keys(PATHS) as Array<keyof typeof PATHS>).find((n) => PATHS[n] === pathname) ?? 'today';
  // A phone camera opens the enrollment QR code as `/cai-dat?ma=<CODE>`.
  const enrollCode = name === 'settings' ? new URLSearchParams(search).get(ENROLL_CODE_PARAM) : null;
  return enrollCode ? { name: 'settings', enrollCode } : { name };
}

const here = (): Route => routeOf(location.pathname, location.search);

const [current, setCurrent] = createSignal<Route>(typeof location === 'undefined' ? { name: 'today' } : here());

if (typeof window !== 'undefined') {
  window.addEventListener('popstate', () => setCurrent(here()));
}

/** The screen being shown. */
export const currentRoute = current;

/** Goes to a screen, adding a history entry so the phone's back button works. */
export function navigate(route: Route | Exclude<RouteName, 'dossier'>): void {
  const next: Route = typeof route === 'string' ? ({ name: route } as Route) : route;
  if (pathOf(next) === pathOf(current())) return;
  history.pushState(null, '', pathOf(next));
  setCurrent(next);
  window.scrollTo(0, 0);
}

/** Shows `route` in place of the current history entry (e.g. to drop a used enrollment code from the address). */
export function replaceRoute(route: Route): void {
  history.replaceState(null, '', pathOf(route));
  setCurrent(route);
}
