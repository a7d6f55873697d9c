import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { uuidv7 } from '../../src/domain/uuidv7.ts';
import { PROTOCOL_VERSION } from '../../src/sync/protocol.ts';
import { appPerTest } from '../helpers/appUnderTest.ts';
import { authHeaders } from '../helpers/enrolledDevice.ts';
import { STORE_KINDS } from '../helpers/storesUnderTest.ts';
import { dossierChange, pushBody, sampleDossier } from '../helpers/syncFixtures.ts';

const NOW = new Date('2025-03-10T05:00:00.000Z');
const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

describe.each(STORE_KINDS)('no code or token in the logs, on $name', (kind) => {
  const current = appPerTest(kind, { now: () => NOW });
  let printed: string[];

  beforeEach(() => {
    printed = [];
    for (const method of CONSOLE_METHODS) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        printed.push(args.map((arg) => (arg instanceof Error ? `${arg.message}\n${arg.stack ?? ''}` : typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' '));
      });
    }
    const capture = (chunk: string | Uint8Array): boolean => {
      printed.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    };
    vi.spyOn(process.stdout, 'write').mockImplementation(capture);
    vi.spyOn(process.stderr, 'write').mockImplementation(capture);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('enrolls, pushes, is refused and fails without printing either secret', async () => {
    const { app, db } = current();
    const { access } = db.stores;
    await access.createOfficer({ unitId: 'default', officerId: 'lan', name: 'Nguyễn Thị Lan', role: 'officer' }, NOW);
    const { code } = await access.issueEnrollmentCode('default', 'lan', NOW);
    const deviceId = uuidv7();
    const enroll = (): Promise<Response> =>
      Promise.resolve(app.request('/api/enroll', { method: 'POST', body: JSON.stringify({ protocol: PROTOCOL_VERSION, code, deviceId }) }));

    const enrolled = await enroll();
    expect(enrolled.status).toBe(201);
    const { token } = (await enrolled.json()) as { token: string };
    const push = async (): Promise<Response> =>
      app.request('/api/sync', { method: 'POST', body: pushBody(deviceId, [await dossierChange(sampleDossier(), { deviceId, seq: 1 })]), headers: authHeaders(token) });
    expect((await push()).status).toBe(200);
    expect((await enroll()).status).toBe(401);
    await access.revokeDevice('default', deviceId, NOW);
    expect((await push()).status).toBe(401);
    // A server fault (the database gone) is logged: still without the token.
    await db.stores.close();
    expect((await push()).status).toBe(500);

    expect(printed.length).toBeGreaterThan(0);
    const log = printed.join('\n');
    expect(log).not.toContain(token);
    expect(log).not.toContain(code);
  });
});
