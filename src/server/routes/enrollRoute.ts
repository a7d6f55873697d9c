import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as v from 'valibot';
import { EnrollRequestSchema, type EnrollResponse } from '../../sync/protocol.ts';
import type { RateLimiter } from '../access/rateLimiter.ts';
import { describeIssues, VIETNAMESE_MESSAGES } from '../describeIssues.ts';
import type { AccessStore } from '../store/accessStore.ts';
import { errorBody } from './errorBody.ts';
import { readJsonBody, type JsonBodyEnv } from './jsonBody.ts';
import { rateLimit } from './rateLimit.ts';

/** Largest enrollment body accepted, in bytes. */
const MAX_ENROLL_BODY_BYTES = 4 * 1024;

/** 401 for a code that is unknown, already used or expired (the three are not told apart). */
export const BAD_CODE = 'Mã đăng ký không đúng, đã dùng hoặc đã hết hạn.';

/** What the enrollment route needs. */
export interface EnrollRouteDeps {
  readonly access: AccessStore;
  readonly now: () => Date;
  /** Counts enrollment attempts per client address. */
  readonly limiter: RateLimiter;
  readonly trustProxy: boolean;
}

/** `POST /enroll`: trades a one-time code for this device's token (201), at most so often per address. */
export function enrollRoute({ access, now, limiter, trustProxy }: EnrollRouteDeps): Hono<JsonBodyEnv> {
  const route = new Hono<JsonBodyEnv>();
  route.post(
    '/enroll',
    rateLimit(limiter, trustProxy),
    bodyLimit({ maxSize: MAX_ENROLL_BODY_BYTES, onError: (c) => c.json(errorBody('Yêu cầu đăng ký quá lớn.'), 413) }),
    readJsonBody(),
    async (c) => {
      const parsed = v.safeParse(EnrollRequestSchema, c.get('jsonBody'), VIETNAMESE_MESSAGES);
      if (!parsed.success) {
        return c.json(errorBody(`Yêu cầu đăng ký không đúng định dạng: ${describeIssues(parsed.issues)}`), 400);
      }
      const at = now();
      const redeemed = await access.redeemEnrollmentCode(parsed.output.code, parsed.output.deviceId, at);
      if (redeemed === null) return c.json(errorBody(BAD_CODE), 401);
      const response: EnrollResponse = { serverTime: at.toISOString(), ...redeemed };
      return c.json(response, 201);
    },
  );
  return route;
}
