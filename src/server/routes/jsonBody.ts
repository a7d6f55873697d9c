import { createMiddleware } from 'hono/factory';
import { errorBody } from './errorBody.ts';
import { protocolMismatch } from './protocolCheck.ts';

/** The request body parsed as JSON, set by readJsonBody for the handlers after it. */
export interface JsonBodyEnv {
  Variables: { jsonBody: unknown };
}

/**
 * Reads the body as JSON (400 when it is not) and checks its `protocol` before anything else,
 * so that an old app learns it must update (426) even before it could authenticate.
 */
export function readJsonBody() {
  return createMiddleware<JsonBodyEnv>(async (c, next) => {
    let body: unknown;
    try {
      body = JSON.parse(await c.req.text());
    } catch {
      return c.json(errorBody('Nội dung gửi lên không phải JSON hợp lệ.'), 400);
    }
    const mismatch = protocolMismatch(body);
    if (mismatch !== null) return c.json(errorBody(mismatch.error), mismatch.status);
    c.set('jsonBody', body);
    return next();
  });
}
