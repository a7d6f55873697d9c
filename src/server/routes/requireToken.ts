import { createMiddleware } from 'hono/factory';
import { AUTH_SCHEME, type Role } from '../../sync/protocol.ts';
import { bearerToken } from '../access/accessToken.ts';
import { secretHash } from '../access/secretHash.ts';
import type { AccessStore } from '../store/accessStore.ts';
import { errorBody } from './errorBody.ts';

/** Who an authenticated request speaks for: the token's unit, officer, role and device. */
export interface DeviceAuth {
  readonly unitId: string;
  readonly officerId: string;
  readonly role: Role;
  readonly deviceId: string;
}

/** The context variable requireToken sets: `c.get('auth')`. */
export interface AuthEnv {
  Variables: { auth: DeviceAuth };
}

/** 401 for a missing, malformed or unknown token. */
export const NOT_ENROLLED = 'Thiết bị chưa đăng ký hoặc mã truy cập không hợp lệ.';

/** 401 for a revoked token: the phone must enroll again. */
export const REVOKED = 'Thiết bị này đã bị thu hồi quyền truy cập. Hãy liên hệ quản trị viên để đăng ký lại.';

/**
 * Requires `Authorization: Bearer <token>` naming a live token: answers 401 otherwise, else
 * sets `auth` for the handlers after it. The token itself is only hashed, never kept or logged.
 */
export function requireToken(access: Pick<AccessStore, 'findToken'>) {
  return createMiddleware<AuthEnv>(async (c, next) => {
    const token = bearerToken(c.req.header('Authorization'));
    const found = token === null ? null : await access.findToken(secretHash(token));
    if (found === null || found.revoked) {
      c.header('WWW-Authenticate', AUTH_SCHEME);
      return c.json(errorBody(found === null ? NOT_ENROLLED : REVOKED), 401);
    }
    c.set('auth', { unitId: found.unitId, officerId: found.officerId, role: found.role, deviceId: found.deviceId });
    return next();
  });
}
