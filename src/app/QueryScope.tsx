import { QueryClient, QueryClientProvider } from '@tanstack/solid-query';
import type { JSX } from 'solid-js';

// One client for the app's lifetime: server state (sync details, the supervisor's reports, a
// dossier's server history) is cached across screens.
const client = new QueryClient();

/**
 * Server state for the screens that have any. Loaded with them (App.tsx lazy-loads it), so
 * @tanstack/solid-query is not on the desk's first paint.
 */
export function QueryScope(props: { children: JSX.Element }) {
  return <QueryClientProvider client={client}>{props.children}</QueryClientProvider>;
}
