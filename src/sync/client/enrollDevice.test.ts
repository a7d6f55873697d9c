import { describe, expect, it } from 'vitest';
import { testDatabases } from '../../../test/helpers/testDatabases.ts';
import { readDeviceId } from '../../data/deviceIdentity.ts';
import { readEnrollment } from '../../data/enrollmentStore.ts';
import { readSetting } from '../../data/settings.ts';
import type { EnrollRequest, EnrollResponse } from '../protocol.ts';
import { enrollDevice } from './enrollDevice.ts';

const freshDb = testDatabases();

const ANSWER: EnrollResponse = {
  serverTime: '2026-11-26T02:00:00.000Z',
  token: 't'.repeat(43),
  role: 'officer',
  unit: { id: 'u-1', name: 'UBND xã Tân Trung' },
  officer: { id: 'can-bo-lan', name: 'Nguyễn Thị Lan' },
};

/** A fetch that records the request and answers with `status` and `body`. */
function answering(status: number, body: unknown, seen: EnrollRequest[] = []): typeof fetch {
  return async (input, init) => {
    expect(String(input)).toBe('/api/enroll');
    seen.push(JSON.parse(String(init?.body)) as EnrollRequest);
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
}

describe('enrollDevice (protocol: the server answer is faked here; test/sync runs it against the real server)', () => {
  it('sends the normalized code with a device id made on the spot, then keeps the enrollment and settings', async () => {
    const db = freshDb();
    const seen: EnrollRequest[] = [];
    const enrollment = await enrollDevice(db, ' abcd-efgh-jk ', answering(201, ANSWER, seen));

    expect(seen).toEqual([{ protocol: 2, code: 'ABCDEFGHJK', deviceId: await readDeviceId(db) }]);
    expect(seen[0]?.deviceId).toMatch(/^[0-9a-f-]{36}$/);
    // Nothing recorded yet: the unit should receive this phone's changes from seq 1.
    expect(enrollment).toEqual({ ...ANSWER, enrolledAt: ANSWER.serverTime, firstSeq: 1 });
    expect(await readEnrollment(db)).toEqual(enrollment);
    expect(await readSetting(db, 'unitName')).toBe('UBND xã Tân Trung');
    expect(await readSetting(db, 'officerId')).toBe('can-bo-lan');
  });

  it('throws the server’s own sentence when it refuses, and keeps nothing', async () => {
    const db = freshDb();
    await expect(enrollDevice(db, 'ABCD-EFGH-JK', answering(401, { error: 'Mã đăng ký không đúng hoặc đã dùng.' }))).rejects.toThrow(
      'Mã đăng ký không đúng hoặc đã dùng.',
    );
    expect(await readEnrollment(db)).toBeNull();
    expect(await readSetting(db, 'unitName')).toBeNull();
  });

  it('says so when the server cannot be reached or answers out of contract', async () => {
    const db = freshDb();
    const offline: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    await expect(enrollDevice(db, 'ABCD-EFGH-JK', offline)).rejects.toThrow(/^Không kết nối được máy chủ/);
    await expect(enrollDevice(db, 'ABCD-EFGH-JK', answering(502, 'Bad gateway'))).rejects.toThrow('Máy chủ trả lỗi 502.');
    await expect(enrollDevice(db, 'ABCD-EFGH-JK', answering(201, { ...ANSWER, token: 'short' }))).rejects.toThrow('Máy chủ trả lời không đúng định dạng.');
    expect(await readEnrollment(db)).toBeNull();
  });

  it('refuses a code with characters a code never has, without calling the server', async () => {
    const db = freshDb();
    const never: typeof fetch = () => Promise.reject(new Error('must not be called'));
    await expect(enrollDevice(db, 'ABCD/EFGH', never)).rejects.toThrow('Mã đăng ký chỉ gồm chữ và số.');
  });

  it('keeps an officer id the settings cannot hold out of them, and still enrolls', async () => {
    const db = freshDb();
    await enrollDevice(db, 'ABCDEFGHJK', answering(201, { ...ANSWER, officer: { id: 'x'.repeat(65), name: 'Lan' } }));
    expect(await readEnrollment(db)).not.toBeNull();
    expect(await readSetting(db, 'officerId')).toBeNull();
  });
});
