import { ROLES } from '../../sync/protocol.ts';
import { AccessError, DEFAULT_CODE_DAYS, MAX_CODE_DAYS, UNIT_KINDS, type NewOfficer, type Unit } from '../store/accessStore.ts';
import { isAccessId } from './accessIds.ts';
import { isEnrollmentCode, normalizeEnrollmentCode } from './enrollmentCode.ts';
import { secretHash } from './secretHash.ts';

/** Longest unit or officer name. */
const MAX_NAME_LENGTH = 200;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The checks both access stores make before writing, so that an operator's typo is refused
 * with a Vietnamese message rather than a database error. Answers the unit to store (name trimmed).
 */
export function acceptNewUnit(unit: Unit): Unit {
  checkId(unit.id, 'Mã đơn vị');
  const name = checkName(unit.name, 'Tên đơn vị');
  if (!(UNIT_KINDS as readonly string[]).includes(unit.kind)) {
    throw new AccessError(`Loại đơn vị phải là một trong ${UNIT_KINDS.join(', ')} (đang là "${unit.kind}").`);
  }
  if (unit.parentId === unit.id) throw new AccessError('Một đơn vị không thể trực thuộc chính nó.');
  return { ...unit, name };
}

/** See acceptNewUnit. */
export function acceptNewOfficer(officer: NewOfficer): NewOfficer {
  checkId(officer.officerId, 'Mã cán bộ');
  const name = checkName(officer.name, 'Tên cán bộ');
  if (!(ROLES as readonly string[]).includes(officer.role)) {
    throw new AccessError(`Vai trò phải là một trong ${ROLES.join(', ')} (đang là "${officer.role}").`);
  }
  return { ...officer, name };
}

/** When a code issued at `now` for `days` days expires (UTC ISO text); throws for a bad `days`. */
export function codeExpiry(now: Date, days: number = DEFAULT_CODE_DAYS): string {
  if (!Number.isInteger(days) || days < 1 || days > MAX_CODE_DAYS) {
    throw new AccessError(`Số ngày hiệu lực của mã phải là số nguyên từ 1 đến ${MAX_CODE_DAYS} (đang là ${days}).`);
  }
  return new Date(now.getTime() + days * DAY_MS).toISOString();
}

/** The stored hash of a code as typed, or null when it cannot be a code at all. */
export function codeHashOf(typed: string): string | null {
  const code = normalizeEnrollmentCode(typed);
  return isEnrollmentCode(code) ? secretHash(code) : null;
}

function checkId(id: string, label: string): void {
  if (!isAccessId(id)) {
    throw new AccessError(`${label} "${id}" không hợp lệ: chỉ dùng chữ không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới, tối đa 64 ký tự.`);
  }
}

function checkName(name: string, label: string): string {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.length > MAX_NAME_LENGTH) throw new AccessError(`${label} không được để trống và tối đa ${MAX_NAME_LENGTH} ký tự.`);
  return trimmed;
}
