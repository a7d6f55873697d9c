import type { Hono } from 'hono';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/domain/uuidv7.ts';
import { createApp } from '../../src/server/app.ts';
import { formatEnrollmentCode } from '../../src/server/access/enrollmentCode.ts';
import { EnrollResponseSchema, PROTOCOL_VERSION } from '../../src/sync/protocol.ts';
import { appPerTest } from '../helpers/appUnderTest.ts';
import { STORE_KINDS } from '../helpers/storesUnderTest.ts';
import { dossierChange, pushTo, sampleDossier } from '../helpers/syncFixtures.ts';

const NOW = new Date('2025-03-10T05:00:00.000Z');
const BAD_CODE = 'Mã đăng ký không đúng, đã dùng hoặc đã hết hạn.';

/** Node's connection info as @hono/node-server passes it, so the app sees a client address. */
const from = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });

function enroll(app: Hono, body: unknown, address = '10.0.0.1', headers: Record<string, string> = {}): Promise<Response> {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return Promise.resolve(app.request('/api/enroll', { method: 'POST', body: text, headers: { 'Content-Type': 'application/json', ...headers } }, from(address)));
}

describe.each(STORE_KINDS)('POST /api/enroll on $name', (kind) => {
  const current = appPerTest(kind, { now: () => NOW });

  async function officerCode(days?: number, issuedAt: Date = NOW): Promise<string> {
    const { access } = current().db.stores;
    if ((await access.listUnits()).every((u) => u.id !== 'xa-an-binh')) {
      await access.createUnit({ id: 'xa-an-binh', name: 'UBND xã An Bình', kind: 'commune', parentId: null });
      await access.createOfficer({ unitId: 'xa-an-binh', officerId: 'lan', name: 'Nguyễn Thị Lan', role: 'officer' }, issuedAt);
    }
    return (await access.issueEnrollmentCode('xa-an-binh', 'lan', issuedAt, days)).code;
  }

  it('trades a code (as grouped on paper, any case) for a token that pushes into its unit', async () => {
    const { app, db } = current();
    const code = await officerCode();
    const deviceId = uuidv7();

    const res = await enroll(app, { protocol: PROTOCOL_VERSION, code: formatEnrollmentCode(code).toLowerCase(), deviceId });

    expect(res.status).toBe(201);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    const body = v.parse(EnrollResponseSchema, await res.json());
    expect(body).toEqual({
      serverTime: NOW.toISOString(),
      token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      role: 'officer',
      unit: { id: 'xa-an-binh', name: 'UBND xã An Bình' },
      officer: { id: 'lan', name: 'Nguyễn Thị Lan' },
    });
    const dossier = sampleDossier();
    const answer = await pushTo(app, deviceId, [await dossierChange(dossier, { deviceId, seq: 1 })], body.token);
    expect(answer.receipts.map((r) => r.status)).toEqual(['accepted']);
    expect([await db.count('dossiers', 'xa-an-binh'), await db.count('dossiers', 'default')]).toEqual([1, 0]);
  });

  it('refuses a code used once already, and the second device gets no token', async () => {
    const { app, db } = current();
    const code = await officerCode();
    expect((await enroll(app, { protocol: PROTOCOL_VERSION, code, deviceId: uuidv7() })).status).toBe(201);

    const again = await enroll(app, { protocol: PROTOCOL_VERSION, code, deviceId: uuidv7() });

    expect(again.status).toBe(401);
    expect(await again.json()).toEqual({ error: BAD_CODE });
    expect(await db.count('tokens')).toBe(1);
  });

  it('refuses an expired code and an unknown one with the same message', async () => {
    const { app, db } = current();
    const expired = await officerCode(1, new Date(NOW.getTime() - 24 * 60 * 60 * 1000));
    for (const code of [expired, 'ZZZZ-ZZZZ-ZZ']) {
      const res = await enroll(app, { protocol: PROTOCOL_VERSION, code, deviceId: uuidv7() });
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ error: BAD_CODE });
    }
    expect(await db.count('tokens')).toBe(0);
  });

  it('answers 400 to a malformed body, naming the field, and 426 to an old app', async () => {
    const { app } = current();
    const code = await officerCode();
    const notJson = await enroll(app, '{"protocol":');
    expect([notJson.status, await notJson.json()]).toEqual([400, { error: 'Nội dung gửi lên không phải JSON hợp lệ.' }]);

    for (const body of [{ protocol: PROTOCOL_VERSION, code }, { protocol: PROTOCOL_VERSION, code, deviceId: 'phone-1' }, { protocol: PROTOCOL_VERSION, code: 'A'.repeat(65), deviceId: uuidv7() }]) {
      const res = await enroll(app, body);
      expect(res.status).toBe(400);
      const { error } = (await res.json()) as { error: string };
      expect(error).toMatch(/^Yêu cầu đăng ký không đúng định dạng: (deviceId|code)/);
    }

    const old = await enroll(app, { protocol: 1, code, deviceId: uuidv7() });
    expect([old.status, await old.json()]).toEqual([426, { error: 'Ứng dụng đã cũ, hãy cập nhật phiên bản mới.' }]);
    // Nothing above used the code.
    expect((await enroll(app, { protocol: PROTOCOL_VERSION, code, deviceId: uuidv7() })).status).toBe(201);
  });

  it('answers 429 with Retry-After after 10 attempts from one address in 15 minutes, failed or not', async () => {
    const { app, db } = current();
    const good = await officerCode();
    expect((await enroll(app, { protocol: PROTOCOL_VERSION, code: good, deviceId: uuidv7() })).status).toBe(201);
    for (let i = 0; i < 8; i += 1) expect((await enroll(app, { protocol: PROTOCOL_VERSION, code: 'ZZZZ-ZZZZ-ZZ', deviceId: uuidv7() })).status).toBe(401);
    expect((await enroll(app, 'not json')).status).toBe(400);

    const fresh = await officerCode();
    const limited = await enroll(app, { protocol: PROTOCOL_VERSION, code: fresh, deviceId: uuidv7() });

    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('900');
    expect(await limited.json()).toEqual({ error: 'Đã thử quá nhiều lần. Hãy đợi khoảng 15 phút rồi thử lại.' });
    // The refused attempt did not touch the code: another address can still use it.
    expect(await db.count('tokens')).toBe(1);
    expect((await enroll(app, { protocol: PROTOCOL_VERSION, code: fresh, deviceId: uuidv7() }, '10.0.0.2')).status).toBe(201);
  });

  it('takes the client address from X-Forwarded-For only behind a trusted proxy (TRUST_PROXY=1)', async () => {
    const { db } = current();
    const direct = createApp({ store: db.stores.sync, access: db.stores.access, now: () => NOW });
    const proxied = createApp({ store: db.stores.sync, access: db.stores.access, now: () => NOW, trustProxy: true });
    const attempt = (app: Hono, forwardedFor: string): Promise<Response> =>
      enroll(app, { protocol: PROTOCOL_VERSION, code: 'ZZZZ-ZZZZ-ZZ', deviceId: uuidv7() }, '127.0.0.1', { 'X-Forwarded-For': forwardedFor });

    // Directly reached, a client cannot dodge the limit by claiming other addresses.
    for (let i = 0; i < 10; i += 1) expect((await attempt(direct, `203.0.113.${i}`)).status).toBe(401);
    expect((await attempt(direct, '203.0.113.99')).status).toBe(429);
    // Behind the proxy, each client is the last address the proxy added, whatever came before it.
    for (let i = 0; i < 10; i += 1) expect((await attempt(proxied, `198.51.100.${i}, 203.0.113.7`)).status).toBe(401);
    expect((await attempt(proxied, '198.51.100.99, 203.0.113.7')).status).toBe(429);
    expect((await attempt(proxied, '203.0.113.8')).status).toBe(401);
  });
});
