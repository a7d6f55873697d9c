import { uuidv7 } from '../../src/domain/uuidv7.ts';
import type { AccessStore, Unit } from '../../src/server/store/accessStore.ts';
import { AUTH_SCHEME, type Role } from '../../src/sync/protocol.ts';

/** When enrolledDevice enrolls, unless told otherwise. */
export const ENROLLED_AT = new Date('2025-03-10T04:00:00.000Z');

/** A device enrolled through the AccessStore: its token (plain), id, and who it speaks for. */
export interface EnrolledDevice {
  readonly token: string;
  readonly deviceId: string;
  readonly unitId: string;
  readonly officerId: string;
  readonly role: Role;
  /** `Authorization: Bearer <token>`. */
  readonly headers: Readonly<Record<string, string>>;
}

/** Who to enroll; every field has a default (unit `default`, officer `lan`, role officer, a new device id). */
export interface EnrollOptions {
  readonly unitId?: string;
  /** Used when the unit does not exist yet: its name, kind and parent. */
  readonly unit?: Partial<Omit<Unit, 'id'>>;
  readonly officerId?: string;
  readonly role?: Role;
  readonly deviceId?: string;
  readonly now?: Date;
}

/** The Authorization header carrying `token`. */
export function authHeaders(token: string): Record<string, string> {
  return { Authorization: `${AUTH_SCHEME} ${token}` };
}

/**
 * Creates the unit and the officer when missing, issues a code and redeems it for the device,
 * all through the AccessStore (no HTTP, so no rate limit), and answers the device's token.
 */
export async function enrolledDevice(access: AccessStore, options: EnrollOptions = {}): Promise<EnrolledDevice> {
  const unitId = options.unitId ?? 'default';
  const officerId = options.officerId ?? 'lan';
  const role = options.role ?? 'officer';
  const deviceId = options.deviceId ?? uuidv7();
  const now = options.now ?? ENROLLED_AT;
  if (!(await access.listUnits()).some((u) => u.id === unitId)) {
    const { name = `Đơn vị ${unitId}`, kind = 'commune', parentId = null } = options.unit ?? {};
    await access.createUnit({ id: unitId, name, kind, parentId });
  }
  if (!(await access.listOfficers(unitId)).some((o) => o.officerId === officerId)) {
    await access.createOfficer({ unitId, officerId, name: `Cán bộ ${officerId}`, role }, now);
  }
  const { code } = await access.issueEnrollmentCode(unitId, officerId, now);
  const redeemed = await access.redeemEnrollmentCode(code, deviceId, now);
  if (redeemed === null) throw new Error('the code just issued could not be redeemed');
  return { token: redeemed.token, deviceId, unitId, officerId, role: redeemed.role, headers: authHeaders(redeemed.token) };
}
