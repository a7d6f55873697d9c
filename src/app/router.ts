import { createSignal } from 'solid-js';

/** The app's screens and their paths (Vietnamese slugs: they show in shared links). */
export const ROUTES = {
  today: '/',
  receive: '/tiep-nhan',
  indicators: '/chi-tieu',
  settings: '/cai-dat',
} as const;
export type RouteName = keyof typeof ROUTES;

function routeOf(pathname: string): RouteName {
  const found = (Object.keys(ROUTES) as RouteName[]).find((name) => ROUTES[name] === pathname);
  return found ?? 'today';
}

const [current, setCurrent] = createSignal<RouteName>(typeof location === 'undefined' ? 'today' : routeOf(location.pathname));

if (typeof window !== 'undefined') {
  window.addEventListener('popstate', () => setCurrent(routeOf(location.pathname)));
}

/** The screen being shown. */
export const currentRoute = current;

/** Goes to a screen, adding a history entry so the phone's back button works. */
export function navigate(name: RouteName): void {
  if (current() === name) return;
  history.pushState(null, '', ROUTES[name]);
  setCurrent(name);
  window.scrollTo(0, 0);
}
