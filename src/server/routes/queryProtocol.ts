import type { MiddlewareHandler } from 'hono';
import { errorBody } from './errorBody.ts';
import { protocolMismatch } from './protocolCheck.ts';

/**
 * For GET routes: compares a readable `?protocol=` with the server's before the token is
 * checked, so an old app learns it must update (426). A missing or malformed version is left
 * to the route's own query check (400).
 */
export function queryProtocolCheck(): MiddlewareHandler {
  return async (c, next) => {
    const protocol = c.req.query('protocol');
    const mismatch = protocol !== undefined && /^\d{1,6}$/.test(protocol) ? protocolMismatch({ protocol: Number(protocol) }) : null;
    if (mismatch !== null) return c.json(errorBody(mismatch.error), mismatch.status);
    return next();
  };
}
