import { Hono } from 'hono';

/** `GET /health`: the server is up, and its clock. */
export function healthRoute({ now }: { readonly now: () => Date }): Hono {
  const route = new Hono();
  route.get('/health', (c) => c.json({ ok: true, serverTime: now().toISOString() }));
  return route;
}
