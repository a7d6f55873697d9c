import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AccessStore } from '../store/accessStore.ts';
import { errorBody } from './errorBody.ts';
import type { AuthEnv, DeviceAuth } from './requireToken.ts';

/** 403 for a read of a unit the token may not see. */
export const CANNOT_READ_UNIT = 'Không có quyền xem dữ liệu của đơn vị này.';

/**
 * Whether the token may read `unitId`: an officer only their own unit; a supervisor their unit
 * and every unit below it (a district's communes and wards).
 */
export async function canRead(access: Pick<AccessStore, 'readableUnits'>, auth: DeviceAuth, unitId: string): Promise<boolean> {
  if (unitId === auth.unitId) return true;
  if (auth.role !== 'supervisor') return false;
  return (await access.readableUnits(auth.unitId)).includes(unitId);
}

/**
 * After requireToken: answers 403 unless the token may read the unit `unitOf` names, e.g.
 * `requireUnitRead(access, (c) => c.req.query('unit') ?? c.get('auth').unitId)`.
 */
export function requireUnitRead(access: Pick<AccessStore, 'readableUnits'>, unitOf: (c: Context<AuthEnv>) => string) {
  return createMiddleware<AuthEnv>(async (c, next) => {
    if (!(await canRead(access, c.get('auth'), unitOf(c)))) return c.json(errorBody(CANNOT_READ_UNIT), 403);
    return next();
  });
}
