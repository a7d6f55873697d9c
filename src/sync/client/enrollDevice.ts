import * as v from 'valibot';
import type { SoMotCuaDatabase } from '../../data/database.ts';
import { obtainDeviceId } from '../../data/deviceIdentity.ts';
import { saveEnrollment, type Enrollment } from '../../data/enrollmentStore.ts';
import { writeSetting } from '../../data/settings.ts';
import { EnrollResponseSchema, ErrorResponseSchema, PROTOCOL_VERSION, type EnrollRequest } from '../protocol.ts';
import { normalizeEnrollCode } from './enrollmentCode.ts';

/** The enrollment endpoint (DESIGN.md, "Sync contract"). */
export const ENROLL_PATH = '/api/enroll';

// The limits of the `unitName` and `officerId` settings (src/data/settings.ts).
const MAX_UNIT_NAME = 120;
const MAX_OFFICER_ID = 64;

/**
 * Trades a one-time enrollment code for this device's token (`POST /api/enroll`), then keeps
 * the enrollment and sets the unit name and officer id from it, in one transaction. Throws an
 * Error whose message is for the officer: the server's own sentence, or why it was not reached.
 */
export async function enrollDevice(db: SoMotCuaDatabase, code: string, fetchImpl: typeof fetch = (...args) => fetch(...args)): Promise<Enrollment> {
  const normalized = normalizeEnrollCode(code);
  if (normalized === null) throw new Error('Mã đăng ký chỉ gồm chữ và số.');
  const request: EnrollRequest = { protocol: PROTOCOL_VERSION, code: normalized, deviceId: await obtainDeviceId(db) };

  let response: Response;
  try {
    response = await fetchImpl(ENROLL_PATH, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
  } catch {
    throw new Error('Không kết nối được máy chủ. Hãy kiểm tra mạng rồi thử lại.');
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const refused = v.safeParse(ErrorResponseSchema, body);
    throw new Error(refused.success ? refused.output.error : `Máy chủ trả lỗi ${response.status}.`);
  }
  const answer = v.safeParse(EnrollResponseSchema, body);
  if (!answer.success) throw new Error('Máy chủ trả lời không đúng định dạng.');

  const enrolled = answer.output;
  return db.transaction('rw', [db.meta, db.settings, db.outbox], async () => {
    const enrollment = await saveEnrollment(db, enrolled, enrolled.serverTime);
    // Names the settings cannot hold (too long) keep the officer's own entry rather than fail the enrollment.
    const unitName = enrolled.unit.name.trim();
    if (unitName !== '' && unitName.length <= MAX_UNIT_NAME) await writeSetting(db, 'unitName', unitName);
    if (enrolled.officer.id !== '' && enrolled.officer.id.length <= MAX_OFFICER_ID) await writeSetting(db, 'officerId', enrolled.officer.id);
    return enrollment;
  });
}
