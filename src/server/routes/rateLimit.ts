import { createMiddleware } from 'hono/factory';
import type { RateLimiter } from '../access/rateLimiter.ts';
import { clientAddress } from './clientAddress.ts';
import { errorBody } from './errorBody.ts';

/**
 * Counts every request by client address, whatever its outcome, and answers 429 with
 * `Retry-After` (seconds) once the address is over the limit.
 */
export function rateLimit(limiter: RateLimiter, trustProxy: boolean) {
  return createMiddleware(async (c, next) => {
    const decision = limiter.attempt(clientAddress(c, trustProxy));
    if (!decision.allowed) {
      const minutes = Math.ceil(decision.retryAfterSeconds / 60);
      c.header('Retry-After', String(decision.retryAfterSeconds));
      return c.json(errorBody(`Đã thử quá nhiều lần. Hãy đợi khoảng ${minutes} phút rồi thử lại.`), 429);
    }
    return next();
  });
}
