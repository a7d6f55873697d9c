import type { Role } from '../../sync/protocol.ts';

/** What a unit is: a commune or ward records; a district (or an office) supervises units below it. */
export const UNIT_KINDS = ['commune', 'ward', 'district', 'office'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** Kinds that may have units below them. */
export const PARENT_KINDS: readonly UnitKind[] = ['district', 'office'];

/** Days an enrollment code stays valid unless told otherwise. */
export const DEFAULT_CODE_DAYS = 7;

/** Most days an enrollment code may stay valid. */
export const MAX_CODE_DAYS = 90;

/** A unit (đơn vị): a commune, a ward, a district or an office. */
export interface Unit {
  readonly id: string;
  readonly name: string;
  readonly kind: UnitKind;
  /** The district (or office) above it, if any. */
  readonly parentId: string | null;
}

/** An officer (cán bộ) of a unit, and what their devices may do. */
export interface Officer {
  readonly unitId: string;
  readonly officerId: string;
  readonly name: string;
  readonly role: Role;
  readonly createdAt: string;
}

/** A new officer. */
export type NewOfficer = Omit<Officer, 'createdAt'>;

/** A code just issued. `code` is the plain code (normalized), shown this once and never stored. */
export interface IssuedCode {
  readonly code: string;
  readonly unitId: string;
  readonly officerId: string;
  readonly expiresAt: string;
}

/** What redeeming a code gives: the device's token (plain, shown once) and who it speaks for. */
export interface Redemption {
  readonly token: string;
  readonly role: Role;
  readonly unit: { readonly id: string; readonly name: string };
  readonly officer: { readonly id: string; readonly name: string };
}

/** A stored token, found by its hash. */
export interface TokenRecord {
  readonly unitId: string;
  readonly officerId: string;
  readonly role: Role;
  readonly deviceId: string;
  readonly revoked: boolean;
}

/** One enrolled device of a unit (one row per token), with what its pushes left in `devices`. */
export interface DeviceRecord {
  readonly deviceId: string;
  readonly officerId: string;
  readonly officerName: string;
  readonly role: Role;
  readonly enrolledAt: string;
  readonly revokedAt: string | null;
  /** When it last pushed, or null if it never did. */
  readonly lastSeenAt: string | null;
  /** The highest sequence number stored from it, or null if it never pushed. */
  readonly maxSeq: number | null;
}

/** A refused administrative action (unknown unit, duplicate id, …), with its message in Vietnamese. */
export class AccessError extends Error {
  override readonly name = 'AccessError';
}

/**
 * Units, officers, enrollment codes and device tokens. Codes and tokens are kept only as
 * SHA-256 hex of their text. Every table is keyed by unit first, as the sync tables are.
 * Administrative methods throw AccessError for a request that cannot be honoured.
 */
export interface AccessStore {
  /** Adds a unit; its parent, if any, must exist and be a district or an office. */
  createUnit(unit: Unit): Promise<Unit>;
  /** Every unit, by id. */
  listUnits(): Promise<Unit[]>;
  /** Adds an officer to an existing unit. */
  createOfficer(officer: NewOfficer, now: Date): Promise<Officer>;
  /** The officers of a unit, by id. */
  listOfficers(unitId: string): Promise<Officer[]>;
  /** A new single-use code for an officer, valid `days` days (default 7) from `now`. */
  issueEnrollmentCode(unitId: string, officerId: string, now: Date, days?: number): Promise<IssuedCode>;
  /**
   * Trades a code (as typed: any case, dashes and spaces ignored) for a new token bound to
   * `deviceId`, in one transaction: the code is marked used so a second redeem fails.
   * Null when the code is unknown, already used or expired.
   */
  redeemEnrollmentCode(code: string, deviceId: string, now: Date): Promise<Redemption | null>;
  /** The token with this SHA-256 hex, or null. */
  findToken(tokenHash: string): Promise<TokenRecord | null>;
  /** Revokes every live token of the device in the unit; answers how many it revoked. */
  revokeDevice(unitId: string, deviceId: string, now: Date): Promise<number>;
  /** The unit's enrolled devices, oldest enrollment first. */
  listDevices(unitId: string): Promise<DeviceRecord[]>;
  /** The ids of the unit and of every unit below it (what its supervisors may read); empty for an unknown unit. */
  readableUnits(unitId: string): Promise<string[]>;
}
