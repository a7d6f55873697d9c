import type { Role } from '../../sync/protocol.ts';
import type { DeviceRecord, Officer, TokenRecord, Unit, UnitKind } from './accessStore.ts';

/** The access tables' rows as both databases return them, and their mapping to the store's records. */
export interface UnitRow {
  unit_id: string;
  name: string;
  kind: UnitKind;
  parent_id: string | null;
}

export interface OfficerRow {
  unit_id: string;
  officer_id: string;
  name: string;
  role: Role;
  created_at: string;
}

export interface TokenRow {
  unit_id: string;
  officer_id: string;
  role: Role;
  device_id: string;
  revoked_at: string | null;
}

/** A token joined with its officer and with what its device's pushes left in `devices`. */
export interface DeviceRow {
  device_id: string;
  officer_id: string;
  officer_name: string;
  role: Role;
  created_at: string;
  revoked_at: string | null;
  last_seen_at: string | null;
  max_seq: number | null;
}

export const unitOf = (r: UnitRow): Unit => ({ id: r.unit_id, name: r.name, kind: r.kind, parentId: r.parent_id });

export const officerOf = (r: OfficerRow): Officer => ({
  unitId: r.unit_id,
  officerId: r.officer_id,
  name: r.name,
  role: r.role,
  createdAt: r.created_at,
});

export const tokenOf = (r: TokenRow): TokenRecord => ({
  unitId: r.unit_id,
  officerId: r.officer_id,
  role: r.role,
  deviceId: r.device_id,
  revoked: r.revoked_at !== null,
});

export const deviceOf = (r: DeviceRow): DeviceRecord => ({
  deviceId: r.device_id,
  officerId: r.officer_id,
  officerName: r.officer_name,
  role: r.role,
  enrolledAt: r.created_at,
  revokedAt: r.revoked_at,
  lastSeenAt: r.last_seen_at,
  maxSeq: r.max_seq,
});

/** The columns of a device listing, for both databases (parameter placeholder aside). */
export const DEVICE_LISTING = `SELECT t.device_id, t.officer_id, o.name AS officer_name, t.role, t.created_at, t.revoked_at, d.last_seen_at, d.max_seq
  FROM tokens t
  JOIN officers o ON o.unit_id = t.unit_id AND o.officer_id = t.officer_id
  LEFT JOIN devices d ON d.unit_id = t.unit_id AND d.device_id = t.device_id`;

/** The unit and every unit below it, for both databases; `:unit` is replaced by the placeholder. */
export const READABLE_UNITS = `WITH RECURSIVE tree (unit_id) AS (
    SELECT unit_id FROM units WHERE unit_id = :unit
    UNION SELECT u.unit_id FROM units u JOIN tree ON u.parent_id = tree.unit_id
  ) SELECT unit_id FROM tree ORDER BY unit_id`;
