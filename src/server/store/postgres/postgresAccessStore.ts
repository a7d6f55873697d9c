import type pg from 'pg';
import { acceptNewOfficer, acceptNewUnit, codeExpiry, codeHashOf } from '../../access/accessRules.ts';
import { newAccessToken } from '../../access/accessToken.ts';
import { newEnrollmentCode } from '../../access/enrollmentCode.ts';
import { secretHash } from '../../access/secretHash.ts';
import { ACCESS_MESSAGES } from '../accessMessages.ts';
import { DEVICE_LISTING, deviceOf, officerOf, READABLE_UNITS, tokenOf, unitOf, type DeviceRow, type OfficerRow, type TokenRow, type UnitRow } from '../accessRows.ts';
import { AccessError, PARENT_KINDS, type AccessStore, type Officer } from '../accessStore.ts';
import { inTransaction } from './transaction.ts';

const UNIT = 'SELECT unit_id, name, kind, parent_id FROM units WHERE unit_id = $1';
const OFFICER = 'SELECT unit_id, officer_id, name, role, created_at FROM officers WHERE unit_id = $1 AND officer_id = $2';
const INSERT_CODE = `INSERT INTO enrollment_codes (unit_id, code_hash, officer_id, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)
  ON CONFLICT DO NOTHING`;
/**
 * Marks the code used and answers its unit and officer, in one statement: the row lock makes a
 * concurrent second redeem wait, then find `used_at` set and match nothing.
 */
const USE_CODE = `UPDATE enrollment_codes SET used_at = $2, used_by_device = $3
  WHERE code_hash = $1 AND used_at IS NULL AND expires_at > $2
  RETURNING unit_id, officer_id`;
const INSERT_TOKEN = 'INSERT INTO tokens (unit_id, token_hash, officer_id, device_id, role, created_at) VALUES ($1, $2, $3, $4, $5, $6)';
const DEVICES = `${DEVICE_LISTING} WHERE t.unit_id = $1 ORDER BY t.created_at, t.device_id`;
const READABLE = READABLE_UNITS.replace(':unit', () => '$1');

async function requireUnit(db: pg.Pool | pg.PoolClient, unitId: string): Promise<UnitRow> {
  const unit = (await db.query<UnitRow>(UNIT, [unitId])).rows[0];
  if (unit === undefined) throw new AccessError(ACCESS_MESSAGES.unitNotFound(unitId));
  return unit;
}

/** An AccessStore over a migrated PostgreSQL database (the pool the SyncStore uses). */
export function createPostgresAccessStore(pool: pg.Pool): AccessStore {
  return {
    async createUnit(newUnit) {
      const unit = acceptNewUnit(newUnit);
      return inTransaction(pool, async (client) => {
        if (unit.parentId !== null) {
          // FOR KEY SHARE: the parent cannot vanish before this unit's foreign key is checked.
          const parent = (await client.query<UnitRow>(`${UNIT} FOR KEY SHARE`, [unit.parentId])).rows[0];
          if (parent === undefined) throw new AccessError(ACCESS_MESSAGES.unitNotFound(unit.parentId));
          if (!PARENT_KINDS.includes(parent.kind)) throw new AccessError(ACCESS_MESSAGES.parentKind(unit.parentId));
        }
        const inserted = await client.query(
          'INSERT INTO units (unit_id, name, kind, parent_id) VALUES ($1, $2, $3, $4) ON CONFLICT (unit_id) DO NOTHING',
          [unit.id, unit.name, unit.kind, unit.parentId],
        );
        if (inserted.rowCount !== 1) throw new AccessError(ACCESS_MESSAGES.unitExists(unit.id));
        return unit;
      });
    },
    async listUnits() {
      return (await pool.query<UnitRow>('SELECT unit_id, name, kind, parent_id FROM units ORDER BY unit_id')).rows.map(unitOf);
    },
    async createOfficer(newOfficer, now) {
      const officer: Officer = { ...acceptNewOfficer(newOfficer), createdAt: now.toISOString() };
      return inTransaction(pool, async (client) => {
        await requireUnit(client, officer.unitId);
        const inserted = await client.query(
          `INSERT INTO officers (unit_id, officer_id, name, role, created_at) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (unit_id, officer_id) DO NOTHING`,
          [officer.unitId, officer.officerId, officer.name, officer.role, officer.createdAt],
        );
        if (inserted.rowCount !== 1) throw new AccessError(ACCESS_MESSAGES.officerExists(officer.unitId, officer.officerId));
        return officer;
      });
    },
    async listOfficers(unitId) {
      await requireUnit(pool, unitId);
      const rows = await pool.query<OfficerRow>('SELECT unit_id, officer_id, name, role, created_at FROM officers WHERE unit_id = $1 ORDER BY officer_id', [unitId]);
      return rows.rows.map(officerOf);
    },
    async issueEnrollmentCode(unitId, officerId, now, days) {
      const expiresAt = codeExpiry(now, days);
      await requireUnit(pool, unitId);
      if ((await pool.query(OFFICER, [unitId, officerId])).rowCount === 0) throw new AccessError(ACCESS_MESSAGES.officerNotFound(unitId, officerId));
      // 50 random bits: a clash is all but impossible, but a retry costs nothing.
      for (;;) {
        const code = newEnrollmentCode();
        const inserted = await pool.query(INSERT_CODE, [unitId, secretHash(code), officerId, now.toISOString(), expiresAt]);
        if (inserted.rowCount === 1) return { code, unitId, officerId, expiresAt };
      }
    },
    async redeemEnrollmentCode(typed, deviceId, now) {
      const codeHash = codeHashOf(typed);
      if (codeHash === null) return null;
      const at = now.toISOString();
      return inTransaction(pool, async (client) => {
        const used = (await client.query<{ unit_id: string; officer_id: string }>(USE_CODE, [codeHash, at, deviceId])).rows[0];
        if (used === undefined) return null;
        const officer = (await client.query<OfficerRow>(OFFICER, [used.unit_id, used.officer_id])).rows[0];
        const unit = (await client.query<UnitRow>(UNIT, [used.unit_id])).rows[0];
        if (officer === undefined || unit === undefined) return null;
        const token = newAccessToken();
        await client.query(INSERT_TOKEN, [unit.unit_id, secretHash(token), officer.officer_id, deviceId, officer.role, at]);
        return { token, role: officer.role, unit: { id: unit.unit_id, name: unit.name }, officer: { id: officer.officer_id, name: officer.name } };
      });
    },
    async findToken(tokenHash) {
      const row = (await pool.query<TokenRow>('SELECT unit_id, officer_id, role, device_id, revoked_at FROM tokens WHERE token_hash = $1', [tokenHash])).rows[0];
      return row === undefined ? null : tokenOf(row);
    },
    async revokeDevice(unitId, deviceId, now) {
      await requireUnit(pool, unitId);
      const revoked = await pool.query('UPDATE tokens SET revoked_at = $1 WHERE unit_id = $2 AND device_id = $3 AND revoked_at IS NULL', [
        now.toISOString(),
        unitId,
        deviceId,
      ]);
      return revoked.rowCount ?? 0;
    },
    async listDevices(unitId) {
      await requireUnit(pool, unitId);
      return (await pool.query<DeviceRow>(DEVICES, [unitId])).rows.map(deviceOf);
    },
    async readableUnits(unitId) {
      return (await pool.query<{ unit_id: string }>(READABLE, [unitId])).rows.map((r) => r.unit_id);
    },
  };
}
