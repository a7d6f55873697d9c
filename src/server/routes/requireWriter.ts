import { createMiddleware } from 'hono/factory';
import type { AuthEnv } from './requireToken.ts';
import { errorBody } from './errorBody.ts';

/** 403 for a supervisor's token on a route that writes. */
export const READ_ONLY = 'Tài khoản giám sát chỉ được xem, không được ghi.';

/** After requireToken: lets only officers through (supervisors read, never write). */
export function requireWriter() {
  return createMiddleware<AuthEnv>(async (c, next) => {
    if (c.get('auth').role !== 'officer') return c.json(errorBody(READ_ONLY), 403);
    return next();
  });
}
