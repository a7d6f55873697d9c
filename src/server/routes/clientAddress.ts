import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The client's address, for per-client limits. Behind a trusted reverse proxy (TRUST_PROXY=1)
 * it is the last `X-Forwarded-For` entry, the one the proxy itself added (earlier entries are
 * whatever the client claimed); otherwise the TCP peer. "unknown" when neither can be read
 * (a request made in process, as tests do).
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('X-Forwarded-For')?.split(',').map((part) => part.trim()).filter((part) => part !== '');
    const last = forwarded?.at(-1);
    if (last !== undefined) return last;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
