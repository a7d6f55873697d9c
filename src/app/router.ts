import { createSignal } from 'solid-js';

/** The app's screens. Paths are Vietnamese slugs: they show in shared links and manifest shortcuts. */
export type Route =
  | { readonly name: 'today' }
  | { readonly name: 'receive' }
  | { readonly name: 'register' }
  | { readonly name: 'indicators' }
  | { readonly name: 'settings' }
  | { readonly name: 'dossier'; readonly id: string };

export type RouteName = Route['name'];

const PATHS: Readonly<Record<Exclude<RouteName, 'dossier'>, string>> = {
  today: '/',
  receive: '/tiep-nhan',
  register: '/so-theo-doi',
  indicators: '/chi-tieu',
  settings: '/cai-dat',
};

/** The path of a route. */
export function pathOf(route: Route): string {
  return route.name === 'dossier' ? `/ho-so/${encodeURIComponent(route.id)}` : PATHS[route.name];
}

/** The route of a path (unknown paths open "Hôm nay"). */
export function routeOf(pathname: string): Route {
  const dossier = /^\/ho-so\/([^/]+)$/.exec(pathname);
  if (dossier?.[1]) return { name: 'dossier', id: decodeURIComponent(dossier[1]) };
  const name = (Object.keys(PATHS) as Array<keyof typeof PATHS>).find((n) => PATHS[n] === pathname);
  return { name: name ?? 'today' };
}

const [current, setCurrent] = createSignal<Route>(typeof location === 'undefined' ? { name: 'today' } : routeOf(location.pathname));

if (typeof window !== 'undefined') {
  window.addEventListener('popstate', () => setCurrent(routeOf(location.pathname)));
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
