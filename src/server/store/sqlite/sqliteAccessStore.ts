import type Database from 'better-sqlite3';
import type { Role } from '../../../sync/protocol.ts';
import { acceptNewOfficer, acceptNewUnit, codeExpiry, codeHashOf } from '../../access/accessRules.ts';
import { newAccessToken } from '../../access/accessToken.ts';
import { newEnrollmentCode } from '../../access/enrollmentCode.ts';
import { secretHash } from '../../access/secretHash.ts';
import { ACCESS_MESSAGES } from '../accessMessages.ts';
import { DEVICE_LISTING, deviceOf, officerOf, READABLE_UNITS, tokenOf, unitOf, type DeviceRow, type OfficerRow, type TokenRow, type UnitRow } from '../accessRows.ts';
import { AccessError, PARENT_KINDS, type AccessStore, type Officer, type Redemption, type Unit, type UnitKind } from '../accessStore.ts';

/** An AccessStore over an open, migrated better-sqlite3 database (the one the SyncStore uses). */
export function createSqliteAccessStore(db: Database.Database): AccessStore {
  const findUnit = db.prepare<[string], UnitRow>('SELECT unit_id, name, kind, parent_id FROM units WHERE unit_id = ?');
  const allUnits = db.prepare<[], UnitRow>('SELECT unit_id, name, kind, parent_id FROM units ORDER BY unit_id');
  const insertUnit = db.prepare<[string, string, UnitKind, string | null]>('INSERT INTO units (unit_id, name, kind, parent_id) VALUES (?, ?, ?, ?)');
  const findOfficer = db.prepare<[string, string], OfficerRow>(
    'SELECT unit_id, officer_id, name, role, created_at FROM officers WHERE unit_id = ? AND officer_id = ?',
  );
  const unitOfficers = db.prepare<[string], OfficerRow>(
    'SELECT unit_id, officer_id, name, role, created_at FROM officers WHERE unit_id = ? ORDER BY officer_id',
  );
  const insertOfficer = db.prepare<[string, string, string, Role, string]>(
    'INSERT INTO officers (unit_id, officer_id, name, role, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const insertCode = db.prepare<[string, string, string, string, string]>(
    `INSERT INTO enrollment_codes (unit_id, code_hash, officer_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT DO NOTHING`,
  );
  const useCode = db.prepare<[string, string, string, string], { unit_id: string; officer_id: string }>(
    `UPDATE enrollment_codes SET used_at = ?, used_by_device = ?
     WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?
     RETURNING unit_id, officer_id`,
  );
  const insertToken = db.prepare<[string, string, string, string, Role, string]>(
    'INSERT INTO tokens (unit_id, token_hash, officer_id, device_id, role, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const findToken = db.prepare<[string], TokenRow>('SELECT unit_id, officer_id, role, device_id, revoked_at FROM tokens WHERE token_hash = ?');
  const revoke = db.prepare<[string, string, string]>('UPDATE tokens SET revoked_at = ? WHERE unit_id = ? AND device_id = ? AND revoked_at IS NULL');
  const devices = db.prepare<[string], DeviceRow>(`${DEVICE_LISTING} WHERE t.unit_id = ? ORDER BY t.created_at, t.device_id`);
  const readable = db.prepare<[string], { unit_id: string }>(READABLE_UNITS.replace(':unit', '?'));

  function requireUnit(unitId: string): UnitRow {
    const unit = findUnit.get(unitId);
    if (unit === undefined) throw new AccessError(ACCESS_MESSAGES.unitNotFound(unitId));
    return unit;
  }

  const createUnit = db.transaction((unit: Unit): Unit => {
    if (findUnit.get(unit.id) !== undefined) throw new AccessError(ACCESS_MESSAGES.unitExists(unit.id));
    if (unit.parentId !== null) {
      const parent = requireUnit(unit.parentId);
      if (!PARENT_KINDS.includes(parent.kind)) throw new AccessError(ACCESS_MESSAGES.parentKind(unit.parentId));
    }
    insertUnit.run(unit.id, unit.name, unit.kind, unit.parentId);
    return unit;
  });

  const createOfficer = db.transaction((officer: Officer): Officer => {
    requireUnit(officer.unitId);
    if (findOfficer.get(officer.unitId, officer.officerId) !== undefined) {
      throw new AccessError(ACCESS_MESSAGES.officerExists(officer.unitId, officer.officerId));
    }
    insertOfficer.run(officer.unitId, officer.officerId, officer.name, officer.role, officer.createdAt);
    return officer;
  });

  const issue = db.transaction((unitId: string, officerId: string, createdAt: string, expiresAt: string): string => {
    requireUnit(unitId);
    if (findOfficer.get(unitId, officerId) === undefined) throw new AccessError(ACCESS_MESSAGES.officerNotFound(unitId, officerId));
    // 50 random bits: a clash is all but impossible, but a retry costs nothing.
    for (;;) {
      const code = newEnrollmentCode();
      if (insertCode.run(unitId, secretHash(code), officerId, createdAt, expiresAt).changes === 1) return code;
    }
  });

  const redeem = db.transaction((codeHash: string, deviceId: string, at: string): Redemption | null => {
    const code = useCode.get(at, deviceId, codeHash, at);
    if (code === undefined) return null;
    const officer = findOfficer.get(code.unit_id, code.officer_id);
    const unit = findUnit.get(code.unit_id);
    if (officer === undefined || unit === undefined) return null;
    const token = newAccessToken();
    insertToken.run(unit.unit_id, secretHash(token), officer.officer_id, deviceId, officer.role, at);
    return { token, role: officer.role, unit: { id: unit.unit_id, name: unit.name }, officer: { id: officer.officer_id, name: officer.name } };
  });

  const run = <T>(work: () => T): Promise<T> => Promise.resolve().then(work);

  return {
    createUnit: (unit) => run(() => createUnit.immediate(acceptNewUnit(unit))),
    listUnits: () => run(() => allUnits.all().map(unitOf)),
    createOfficer: (officer, now) => run(() => createOfficer.immediate({ ...acceptNewOfficer(officer), createdAt: now.toISOString() })),
    listOfficers: (unitId) =>
      run(() => {
        requireUnit(unitId);
        return unitOfficers.all(unitId).map(officerOf);
      }),
    issueEnrollmentCode: (unitId, officerId, now, days) =>
      run(() => {
        const expiresAt = codeExpiry(now, days);
        return { code: issue.immediate(unitId, officerId, now.toISOString(), expiresAt), unitId, officerId, expiresAt };
      }),
    redeemEnrollmentCode: (typed, deviceId, now) =>
      run(() => {
        const codeHash = codeHashOf(typed);
        return codeHash === null ? null : redeem.immediate(codeHash, deviceId, now.toISOString());
      }),
    findToken: (tokenHash) =>
      run(() => {
        const row = findToken.get(tokenHash);
        return row === undefined ? null : tokenOf(row);
      }),
    revokeDevice: (unitId, deviceId, now) =>
      run(() => {
        requireUnit(unitId);
        return revoke.run(now.toISOString(), unitId, deviceId).changes;
      }),
    listDevices: (unitId) =>
      run(() => {
        requireUnit(unitId);
        return devices.all(unitId).map(deviceOf);
      }),
    readableUnits: (unitId) => run(() => readable.all(unitId).map((r) => r.unit_id)),
  };
}
