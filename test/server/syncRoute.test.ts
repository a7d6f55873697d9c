import { join } from 'node:path';
import type { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveDossier, returnDossier } from '../../src/domain/dossierLifecycle.ts';
import { uuidv7 } from '../../src/domain/uuidv7.ts';
import { createApp } from '../../src/server/app.ts';
import type { ServerStores } from '../../src/server/store/serverStores.ts';
import { openSqliteStores } from '../../src/server/store/sqlite/openSqliteStore.ts';
import type { SyncStore } from '../../src/server/store/syncStore.ts';
import { MAX_BATCH_SIZE, PROTOCOL_VERSION, type PushResponse } from '../../src/sync/protocol.ts';
import { authHeaders, enrolledDevice } from '../helpers/enrolledDevice.ts';
import { countRows, queryRows } from '../helpers/sqliteRows.ts';
import { dossierChange, pushBody, pushTo, sampleDossier, tempFolder } from '../helpers/syncFixtures.ts';

const NOW = new Date('2025-03-10T05:00:00.000Z');

let folder: ReturnType<typeof tempFolder>;
let file: string;
let stores: ServerStores;
let store: SyncStore;
let app: Hono;
let deviceA: string;
let deviceB: string;
/** Each enrolled device's token, by device id (both enrolled in the built-in unit). */
const tokens = new Map<string, string>();

beforeEach(async () => {
  folder = tempFolder();
  file = join(folder.dir, 'nested', 'sync.sqlite');
  stores = openSqliteStores(file);
  store = stores.sync;
  app = createApp({ store, access: stores.access, now: () => NOW });
  deviceA = uuidv7(Date.parse('2025-01-01T00:00:00Z'));
  deviceB = uuidv7(Date.parse('2025-01-02T00:00:00Z'));
  for (const deviceId of [deviceA, deviceB]) tokens.set(deviceId, (await enrolledDevice(stores.access, { deviceId })).token);
});

afterEach(async () => {
  await stores.close();
  folder.remove();
});

/** Posts a raw push body as device A. */
async function post(body: string): Promise<Response> {
  return app.request('/api/sync', { method: 'POST', body, headers: { 'Content-Type': 'application/json', ...authHeaders(tokens.get(deviceA) ?? '') } });
}

const push = (deviceId: string, changes: readonly unknown[]): Promise<PushResponse> => pushTo(app, deviceId, changes, tokens.get(deviceId));

interface DossierDbRow {
  id: string;
  schema_version: number;
  procedure_id: string;
  procedure_code: string | null;
  procedure_name: string;
  field: string;
  channel: string;
  received_at: string;
  appointment_date: string;
  status: string;
  resolved_at: string | null;
  returned_at: string | null;
  digitized: number;
  electronic_result: number;
  due_date: string;
  has_fee: number;
  data: string;
  updated_at: string;
  change_id: string;
}

function dossierRow(id: string): DossierDbRow | undefined {
  return queryRows<DossierDbRow>(file, "SELECT * FROM dossiers WHERE unit_id = 'default' AND id = ?", id)[0];
}

describe('POST /api/sync: accepted changes', () => {
  it('stores every change and the dossier columns it carries', async () => {
    // Monday 09:00 in Vietnam, same-day procedure: due the same day.
    const birth = sampleDossier({ receivedAt: new Date('2025-03-03T02:00:00Z') });
    // Friday 10:00 in Vietnam, 3 working days: Mon 10, Tue 11, Wed 12 March.
    const marital = resolveDossier(
      sampleDossier({ receivedAt: new Date('2025-03-07T03:00:00Z'), procedureId: 'xac-nhan-tinh-trang-hon-nhan' }),
      new Date('2025-03-10T04:00:00Z'),
      { digitized: true, electronicResult: false },
    );
    const c1 = await dossierChange(birth, { deviceId: deviceA, seq: 1, at: '2025-03-03T02:00:00.000Z' });
    const c2 = await dossierChange(marital, { deviceId: deviceA, seq: 2, at: '2025-03-10T04:00:00.000Z' });

    const res = await post(pushBody(deviceA, [c1, c2]));

    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(await res.json()).toEqual({
      serverTime: '2025-03-10T05:00:00.000Z',
      receipts: [
        { changeId: c1.changeId, status: 'accepted' },
        { changeId: c2.changeId, status: 'accepted' },
      ],
      device: { maxSeq: 2, missing: [] },
    });
    expect(await store.countDossiers('default')).toBe(2);

    expect(dossierRow(birth.id)).toEqual({
      unit_id: 'default',
      id: birth.id,
      clocks: expect.stringContaining(`"timeline":`),
      pull_seq: 1,
      finished_at: null,
      voided_at: null,
      outcome: null, // still open
      online: 0, // in person
      procedure_id: 'khai-sinh',
      procedure_code: '1.001193',
      procedure_name: 'Đăng ký khai sinh',
      field: 'Hộ tịch',
      channel: 'in_person',
      received_at: '2025-03-03T02:00:00.000Z',
      appointment_date: '2025-03-03',
      status: 'received',
      resolved_at: null,
      returned_at: null,
      digitized: 0,
      electronic_result: 0,
      data: expect.any(String),
      updated_at: '2025-03-03T02:00:00.000Z',
      change_id: c1.changeId,
      // Columns added by migration 2 for the v2 dossier (the row used to stop at change_id).
      // A just-received dossier: v2, no code, officer, end, rating or apology; due the same day
      // as its appointment (no supplement or apology yet); every result fact still false, and
      // birth registration has neither fee nor certified copy.
      schema_version: 2,
      code: null,
      officer_id: null,
      due_date: '2025-03-03',
      ended_at: null,
      reused_data: 0,
      paid_online: 0,
      has_fee: 0,
      returned_by_post: 0,
      synced_to_portal: 0,
      electronic_certified_copy: 0,
      certified_copy: 0,
      complaint: 0,
      satisfaction: null,
      apology_date: null,
    });
    expect(JSON.parse(dossierRow(birth.id)?.data ?? 'null')).toEqual(birth);

    const maritalRow = dossierRow(marital.id);
    expect(maritalRow).toMatchObject({
      procedure_id: 'xac-nhan-tinh-trang-hon-nhan',
      procedure_code: null,
      procedure_name: 'Cấp Giấy xác nhận tình trạng hôn nhân',
      appointment_date: '2025-03-12',
      // Migration 2: no apology, so the due date is the appointment date; this procedure charges a fee.
      due_date: '2025-03-12',
      has_fee: 1,
      status: 'resolved',
      resolved_at: '2025-03-10T04:00:00.000Z',
      returned_at: null,
      digitized: 1,
      electronic_result: 0,
      updated_at: '2025-03-10T04:00:00.000Z',
    });

    const changes = queryRows<Record<string, unknown>>(file, 'SELECT * FROM changes ORDER BY seq');
    expect(changes).toEqual([
      {
        unit_id: 'default',
        change_id: c1.changeId,
        device_id: deviceA,
        seq: 1,
        entity: 'dossier',
        entity_id: birth.id,
        hash: c1.hash,
        payload: expect.any(String),
        changed_at: '2025-03-03T02:00:00.000Z',
        received_at: '2025-03-10T05:00:00.000Z',
      },
      expect.objectContaining({ change_id: c2.changeId, seq: 2, entity_id: marital.id, hash: c2.hash }),
    ]);
    expect(JSON.parse(String(changes[0]?.['payload']))).toEqual(birth);
  });

  it('answers duplicate for a batch sent again and writes nothing more', async () => {
    const changes = [
      await dossierChange(sampleDossier(), { deviceId: deviceA, seq: 1 }),
      await dossierChange(sampleDossier({ receivedAt: new Date('2025-03-04T02:00:00Z') }), { deviceId: deviceA, seq: 2 }),
    ];
    await push(deviceA, changes);

    const again = await push(deviceA, changes);

    expect(again.receipts).toEqual(changes.map((c) => ({ changeId: c.changeId, status: 'duplicate' })));
    expect(countRows(file, 'changes')).toBe(2);
    expect(countRows(file, 'dossiers')).toBe(2);
  });

  it('answers duplicate for the same change repeated inside one batch', async () => {
    const change = await dossierChange(sampleDossier(), { deviceId: deviceA, seq: 1 });
    const answer = await push(deviceA, [change, change]);
    expect(answer.receipts.map((r) => r.status)).toEqual(['accepted', 'duplicate']);
    expect(countRows(file, 'changes')).toBe(1);
  });
});

describe('POST /api/sync: rejected changes', () => {
  it('rejects a reused change id that carries other content', async () => {
    const original = sampleDossier();
    const first = await dossierChange(original, { deviceId: deviceA, seq: 1 });
    await push(deviceA, [first]);
    const edited = resolveDossier(original, new Date('2025-03-03T03:00:00Z'), { digitized: false, electronicResult: true });
    const reused = await dossierChange(edited, { deviceId: deviceA, seq: 2, changeId: first.changeId });

    const answer = await push(deviceA, [reused]);

    expect(answer.receipts).toEqual([{ changeId: first.changeId, status: 'rejected', reason: 'Mã thay đổi đã dùng cho nội dung khác' }]);
    expect(dossierRow(original.id)?.status).toBe('received');
    expect(countRows(file, 'changes')).toBe(1);
  });

  it('rejects a second change that claims a sequence number the device already used', async () => {
    const first = await dossierChange(sampleDossier(), { deviceId: deviceA, seq: 1 });
    const clash = await dossierChange(sampleDossier({ receivedAt: new Date('2025-03-04T02:00:00Z') }), { deviceId: deviceA, seq: 1 });

    const answer = await push(deviceA, [first, clash]);

    expect(answer.receipts[0]).toEqual({ changeId: first.changeId, status: 'accepted' });
    expect(answer.receipts[1]).toEqual({
      changeId: clash.changeId,
      status: 'rejected',
      reason: 'Số thứ tự 1 của thiết bị này đã dùng cho thay đổi khác',
      code: 'seq_taken',
    });
    expect(countRows(file, 'dossiers')).toBe(1);
  });

  it('rejects only the change whose payload is invalid, naming the field, and accepts the rest', async () => {
    const good1 = await dossierChange(sampleDossier(), { deviceId: deviceA, seq: 1 });
    const broken = sampleDossier({ receivedAt: new Date('2025-03-04T02:00:00Z') });
    const badPayload = { ...broken, procedure: { ...broken.procedure, name: '' } };
    const bad = await dossierChange(badPayload, { deviceId: deviceA, seq: 2 });
    const good2 = await dossierChange(sampleDossier({ receivedAt: new Date('2025-03-05T02:00:00Z') }), { deviceId: deviceA, seq: 3 });

    const answer = await push(deviceA, [good1, bad, good2]);

    expect(answer.receipts.map((r) => [r.changeId, r.status])).toEqual([
      [good1.changeId, 'accepted'],
      [bad.changeId, 'rejected'],
      [good2.changeId, 'accepted'],
    ]);
    expect(answer.receipts[1]?.reason).toBe('Hồ sơ không hợp lệ: payload.procedure.name: tên thủ tục không được để trống');
    expect(countRows(file, 'dossiers')).toBe(2);
    expect(dossierRow(broken.id)).toBeUndefined();
  });

  it('names a bad enum value and a broken status rule', async () => {
    const base = sampleDossier();
    const badChannel = await dossierChange({ ...base, channel: 'fax' }, { deviceId: deviceA, seq: 1 });
    const resolvedWithoutTime = await dossierChange({ ...base, status: 'resolved' }, { deviceId: deviceA, seq: 2 });

    const answer = await push(deviceA, [badChannel, resolvedWithoutTime]);

    expect(answer.receipts[0]?.status).toBe('rejected');
    expect(answer.receipts[0]?.reason).toContain('payload.channel: phải là một trong');
    expect(answer.receipts[1]?.status).toBe('rejected');
    expect(answer.receipts[1]?.reason).toBe(
      'Hồ sơ không hợp lệ: payload: hồ sơ đã giải quyết phải có thời điểm giải quyết, và ngược lại',
    );
  });

  it('rejects a change whose hash does not cover its content', async () => {
    const dossier = sampleDossier();
    const change = await dossierChange(dossier, { deviceId: deviceA, seq: 1 });
    const tampered = { ...change, payload: { ...dossier, digitized: true } };

    const answer = await push(deviceA, [tampered]);

    expect(answer.receipts).toEqual([{ changeId: change.changeId, status: 'rejected', reason: 'Mã băm không khớp nội dung' }]);
    expect(countRows(file, 'changes')).toBe(0);
  });

  it('rejects a change from another device than the pushing one', async () => {
    const change = await dossierChange(sampleDossier(), { deviceId: deviceB, seq: 1 });
    const answer = await push(deviceA, [change]);
    expect(answer.receipts[0]?.status).toBe('rejected');
    expect(answer.receipts[0]?.reason).toContain('deviceId');
  });

  it('rejects a payload whose id is not the change entityId', async () => {
    const change = await dossierChange(sampleDossier(), { deviceId: deviceA, seq: 1, entityId: uuidv7() });
    const answer = await push(deviceA, [change]);
    expect(answer.receipts[0]?.status).toBe('rejected');
    expect(answer.receipts[0]?.reason).toBe('payload.id phải trùng với entityId của thay đổi');
  });

  it('rejects a change of the wrong shape by field, answering with the id it gave', async () => {
    const change = await dossierChange(sampleDossier(), { deviceId: deviceA, seq: 1 });
    const answer = await push(deviceA, [{ ...change, changeId: 'not-a-uuid', seq: 0 }]);
    expect(answer.receipts).toHaveLength(1);
    expect(answer.receipts[0]?.changeId).toBe('not-a-uuid');
    expect(answer.receipts[0]?.status).toBe('rejected');
    expect(answer.receipts[0]?.reason).toContain('changeId: phải là UUIDv7');
    expect(answer.receipts[0]?.reason).toContain('seq: phải từ 1 trở lên');
  });
});

describe('POST /api/sync: refused requests', () => {
  async function expectError(res: Response, status: number): Promise<string> {
    expect(res.status).toBe(status);
    expect(res.headers.get('Content-Type')).toContain('application/json');
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    const body = (await res.json()) as { error: unknown };
    expect(typeof body.error).toBe('string');
    return String(body.error);
  }

  it('answers 400 to a body that is not JSON', async () => {
    expect(await expectError(await post('{"protocol": 1,'), 400)).toBe('Nội dung gửi lên không phải JSON hợp lệ.');
  });

  it('answers 400 naming the fields of a push of the wrong shape', async () => {
    const error = await expectError(await post(JSON.stringify({ protocol: PROTOCOL_VERSION, deviceId: 'abc', changes: 'none' })), 400);
    expect(error).toMatch(/^Yêu cầu đồng bộ không đúng định dạng: /);
    expect(error).toContain('deviceId');
    expect(error).toContain('changes');
  });

  it('answers 426 to an older protocol, even when the rest of its push has another shape', async () => {
    const error = await expectError(await post(JSON.stringify({ protocol: 0, items: [] })), 426);
    expect(error).toBe('Ứng dụng đã cũ, hãy cập nhật phiên bản mới.');
  });

  it('answers 400 to a newer protocol than the server speaks', async () => {
    await expectError(await post(pushBody(deviceA, [], PROTOCOL_VERSION + 1)), 400);
  });

  it('answers 413 to a body over 2 MB without storing anything', async () => {
    const change = await dossierChange(sampleDossier(), { deviceId: deviceA, seq: 1 });
    const body = JSON.stringify({ protocol: PROTOCOL_VERSION, deviceId: deviceA, changes: [change], padding: 'x'.repeat(2 * 1024 * 1024) });
    const error = await expectError(await post(body), 413);
    expect(error).toContain('quá lớn');
    expect(countRows(file, 'changes')).toBe(0);
  });

  it(`answers 400 to more than ${MAX_BATCH_SIZE} changes in one push`, async () => {
    const changes = Array.from({ length: MAX_BATCH_SIZE + 1 }, () => ({ changeId: uuidv7() }));
    const error = await expectError(await post(pushBody(deviceA, changes)), 400);
    expect(error).toContain('tối đa 500 thay đổi mỗi lần gửi');
  });

  it('accepts exactly the largest batch size', async () => {
    const changes = Array.from({ length: MAX_BATCH_SIZE }, () => ({ changeId: uuidv7() }));
    const answer = await push(deviceA, changes);
    expect(answer.receipts).toHaveLength(MAX_BATCH_SIZE);
    expect(answer.receipts.every((r) => r.status === 'rejected')).toBe(true);
  });
});

describe('POST /api/sync: snapshot order', () => {
  it('replaces an earlier snapshot with a later one', async () => {
    const received = sampleDossier();
    const resolved = resolveDossier(received, new Date('2025-03-03T05:00:00Z'), { digitized: true, electronicResult: true });
    await push(deviceA, [await dossierChange(received, { deviceId: deviceA, seq: 1 })]);
    const later = await dossierChange(resolved, { deviceId: deviceA, seq: 2, at: '2025-03-03T05:00:00.000Z' });

    await push(deviceA, [later]);

    expect(dossierRow(received.id)?.status).toBe('resolved');
    expect(dossierRow(received.id)?.change_id).toBe(later.changeId);
    expect(dossierRow(received.id)?.resolved_at).toBe('2025-03-03T05:00:00.000Z');
  });

  it('keeps the later snapshot when an earlier one arrives late from another device', async () => {
    const received = sampleDossier();
    const resolved = resolveDossier(received, new Date('2025-03-03T05:00:00Z'), { digitized: false, electronicResult: false });
    const returned = returnDossier(resolved, new Date('2025-03-04T01:00:00Z'));
    const newest = await dossierChange(returned, { deviceId: deviceB, seq: 1, at: '2025-03-04T01:00:00.000Z' });
    await push(deviceB, [newest]);
    const stale = await dossierChange(resolved, { deviceId: deviceA, seq: 1, at: '2025-03-03T05:00:00.000Z' });

    const answer = await push(deviceA, [stale]);

    expect(answer.receipts).toEqual([{ changeId: stale.changeId, status: 'accepted' }]);
    expect(countRows(file, 'changes')).toBe(2);
    expect(dossierRow(received.id)).toMatchObject({
      status: 'returned',
      returned_at: '2025-03-04T01:00:00.000Z',
      change_id: newest.changeId,
    });
  });

  it('breaks an updatedAt tie by the later change time, whichever arrives first', async () => {
    const dossier = sampleDossier();
    const flagged = { ...dossier, digitized: true };
    const early = await dossierChange(dossier, { deviceId: deviceA, seq: 1, at: '2025-03-03T02:00:00.000Z' });
    const late = await dossierChange(flagged, { deviceId: deviceB, seq: 1, at: '2025-03-03T02:00:01.000Z' });

    await push(deviceB, [late]);
    await push(deviceA, [early]);

    expect(dossierRow(dossier.id)?.change_id).toBe(late.changeId);
    expect(dossierRow(dossier.id)?.digitized).toBe(1);
  });
});

describe('devices', () => {
  it('tracks the highest sequence number seen per device', async () => {
    const seqs = [1, 2, 3, 5, 4];
    for (const seq of seqs) {
      const dossier = sampleDossier({ receivedAt: new Date(Date.parse('2025-03-03T02:00:00Z') + seq * 60_000) });
      await push(deviceA, [await dossierChange(dossier, { deviceId: deviceA, seq })]);
    }
    await push(deviceB, [await dossierChange(sampleDossier(), { deviceId: deviceB, seq: 7 })]);

    const devices = queryRows<{ device_id: string; max_seq: number; last_seen_at: string }>(
      file,
      "SELECT device_id, max_seq, last_seen_at FROM devices WHERE unit_id = 'default' ORDER BY max_seq",
    );
    expect(devices).toEqual([
      { device_id: deviceA, max_seq: 5, last_seen_at: '2025-03-10T05:00:00.000Z' },
      { device_id: deviceB, max_seq: 7, last_seen_at: '2025-03-10T05:00:00.000Z' },
    ]);
  });

  it('does not move max_seq for a rejected change', async () => {
    const dossier = sampleDossier();
    const tampered = { ...(await dossierChange(dossier, { deviceId: deviceA, seq: 9 })), hash: '0'.repeat(64) };
    await push(deviceA, [tampered]);
    expect(countRows(file, 'devices')).toBe(0);
  });
});

describe('other API routes', () => {
  it('answers /api/health', async () => {
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(await res.json()).toEqual({ ok: true, serverTime: '2025-03-10T05:00:00.000Z' });
  });

  it('answers 404 JSON for an unknown API path', async () => {
    const res = await app.request('/api/unknown');
    expect(res.status).toBe(404);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(await res.json()).toEqual({ error: 'Không có địa chỉ API này.' });
  });

  it('answers 404 JSON to GET /api/sync', async () => {
    const res = await app.request('/api/sync');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'Không có địa chỉ API này.' });
  });
});
