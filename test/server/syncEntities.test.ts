import { join } from 'node:path';
import type { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { endDossier } from '../../src/domain/dossierLifecycle.ts';
import { handleFeedback } from '../../src/domain/feedback.ts';
import { uuidv7 } from '../../src/domain/uuidv7.ts';
import { createApp } from '../../src/server/app.ts';
import type { ServerStores } from '../../src/server/store/serverStores.ts';
import { openSqliteStores } from '../../src/server/store/sqlite/openSqliteStore.ts';
import type { SyncStore } from '../../src/server/store/syncStore.ts';
import type { PushResponse } from '../../src/sync/protocol.ts';
import { enrolledDevice } from '../helpers/enrolledDevice.ts';
import { queryRows } from '../helpers/sqliteRows.ts';
import { dossierChange, feedbackChange, fullDossier, pushTo, sampleDossier, sampleFeedback, SAMPLE_APPLICANT, skeletonDossier, tempFolder, wireChange } from '../helpers/syncFixtures.ts';

// Dossier v2 columns, v1 payloads from old phones, and the second record kind (feedback),
// through the real app and a real SQLite file.
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
  file = join(folder.dir, 'sync.sqlite');
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

const push = (deviceId: string, changes: readonly unknown[]): Promise<PushResponse> => pushTo(app, deviceId, changes, tokens.get(deviceId));

function row(table: 'dossiers' | 'feedback', id: string): Record<string, unknown> | undefined {
  return queryRows<Record<string, unknown>>(file, `SELECT * FROM ${table} WHERE unit_id = 'default' AND id = ?`, id)[0];
}

describe('dossiers v2', () => {
  it('stores every new fact in its column and the applicant only inside data', async () => {
    const dossier = fullDossier();
    const change = await dossierChange(dossier, { deviceId: deviceA, seq: 1, at: '2025-03-05T04:10:00.000Z' });

    expect((await push(deviceA, [change])).receipts).toEqual([{ changeId: change.changeId, status: 'accepted' }]);

    // Values as fullDossier's lifecycle sets them (see its comment): certified copy with a fee,
    // due Tuesday 4 after one paused day, promised Thursday 6 by the apology.
    expect(row('dossiers', dossier.id)).toEqual({
      unit_id: 'default',
      id: dossier.id,
      clocks: expect.stringContaining(`"timeline":`),
      pull_seq: 1,
      finished_at: '2025-03-05T03:00:00.000Z',
      voided_at: null,
      outcome: 'late', // resolved Wednesday 5 for a Tuesday 4 due date (the apology does not count, by default)
      online: 1, // online in part
      schema_version: 2,
      code: 'HS-2025-0001',
      officer_id: 'lan',
      procedure_id: 'chung-thuc-ban-sao',
      procedure_code: null,
      procedure_name: 'Chứng thực bản sao từ bản chính',
      field: 'Chứng thực',
      has_fee: 1,
      certified_copy: 1,
      channel: 'online_partial',
      received_at: '2025-03-03T02:00:00.000Z',
      due_date: '2025-03-04',
      appointment_date: '2025-03-06',
      apology_date: '2025-03-06',
      status: 'returned',
      resolved_at: '2025-03-05T03:00:00.000Z',
      returned_at: '2025-03-05T04:00:00.000Z',
      ended_at: null,
      digitized: 1,
      electronic_result: 1,
      reused_data: 1,
      paid_online: 1,
      returned_by_post: 1,
      synced_to_portal: 1,
      electronic_certified_copy: 1,
      satisfaction: 'dissatisfied',
      complaint: 1,
      data: expect.any(String),
      updated_at: '2025-03-05T04:10:00.000Z',
      change_id: change.changeId,
    });
    const stored = row('dossiers', dossier.id) ?? {};
    expect(JSON.parse(String(stored['data']))).toEqual(dossier);
    expect(JSON.parse(String(stored['data'])).applicant).toEqual(SAMPLE_APPLICANT);
    // Decree 13/2023: no column holds any part of the applicant; only `data` does.
    const outsideData = Object.entries(stored).filter(([column]) => column !== 'data').map(([, value]) => String(value));
    for (const personal of Object.values(SAMPLE_APPLICANT)) {
      expect(outsideData.filter((value) => value.includes(personal))).toEqual([]);
    }
  });

  it('stores when an early-ended dossier ended, in UTC like every timestamp column', async () => {
    const withdrawn = endDossier(sampleDossier(), 'withdrawn', new Date('2025-03-03T03:30:00Z'), 'Công dân rút hồ sơ');
    // The same instant written with the Vietnam offset, as another client might send it.
    const payload = { ...withdrawn, endedAt: '2025-03-03T10:30:00+07:00', updatedAt: '2025-03-03T10:30:00+07:00' };

    await push(deviceA, [await dossierChange(payload, { deviceId: deviceA, seq: 1 })]);

    expect(row('dossiers', withdrawn.id)).toMatchObject({
      status: 'withdrawn',
      resolved_at: null,
      ended_at: '2025-03-03T03:30:00.000Z',
      updated_at: '2025-03-03T03:30:00.000Z',
    });
  });

  it('accepts a version-1 payload from a phone not yet updated and stores it upgraded', async () => {
    // Exactly what the walking skeleton's app sent: 3 working days, timeLimitDays, no v2 facts.
    const v1 = skeletonDossier();
    const change = await dossierChange(v1, { deviceId: deviceA, seq: 1 });

    expect((await push(deviceA, [change])).receipts).toEqual([{ changeId: change.changeId, status: 'accepted' }]);
    // The hash covers the v1 payload as sent, so the phone's retry is still a duplicate.
    expect((await push(deviceA, [change])).receipts).toEqual([{ changeId: change.changeId, status: 'duplicate' }]);

    const stored = row('dossiers', v1.id);
    // v1 had no supplements or apologies: the appointment date is also the due date. Facts
    // v1 never recorded start false; the procedure is assumed fee-free, paper, not a copy.
    expect(stored).toMatchObject({
      schema_version: 2,
      due_date: '2025-03-07',
      appointment_date: '2025-03-07',
      status: 'resolved',
      resolved_at: '2025-03-06T08:00:00.000Z',
      digitized: 1,
      electronic_result: 0,
      reused_data: 0,
      paid_online: 0,
      has_fee: 0,
      certified_copy: 0,
      returned_by_post: 0,
      synced_to_portal: 0,
      electronic_certified_copy: 0,
      complaint: 0,
      code: null,
      officer_id: null,
      ended_at: null,
      satisfaction: null,
      apology_date: null,
    });
    expect(JSON.parse(String(stored?.['data']))).toEqual({
      schemaVersion: 2,
      id: v1.id,
      procedure: {
        id: 'xac-nhan-tinh-trang-hon-nhan',
        name: 'Cấp Giấy xác nhận tình trạng hôn nhân',
        field: 'Hộ tịch',
        timeLimit: { unit: 'working_days', amount: 3 },
        hasFee: false,
        paperResult: true,
        certifiedCopy: false,
      },
      channel: 'postal',
      receivedAt: '2025-03-04T01:30:00.000Z',
      dueDate: '2025-03-07',
      appointmentDate: '2025-03-07',
      status: 'resolved',
      supplementRequests: [],
      resolvedAt: '2025-03-06T08:00:00.000Z',
      digitized: true,
      electronicResult: false,
      reusedData: false,
      paidOnline: false,
      returnedByPost: false,
      syncedToPortal: false,
      electronicCertifiedCopy: false,
      complaint: false,
      updatedAt: '2025-03-06T08:00:00.000Z',
    });
  });
});

describe('feedback', () => {
  it('is accepted and stored in its own table, and a second push of it is a duplicate', async () => {
    const feedback = sampleFeedback();
    const change = await feedbackChange(feedback, { deviceId: deviceA, seq: 1 });

    expect((await push(deviceA, [change])).receipts).toEqual([{ changeId: change.changeId, status: 'accepted' }]);
    expect((await push(deviceA, [change])).receipts).toEqual([{ changeId: change.changeId, status: 'duplicate' }]);

    // sampleFeedback: Monday 3 March 09:00 Vietnam time + 10 working days = Monday 17 March.
    expect(row('feedback', feedback.id)).toEqual({
      unit_id: 'default',
      id: feedback.id,
      clocks: expect.stringContaining(`"timeline":`),
      pull_seq: 1,
      received_at: '2025-03-03T02:00:00.000Z',
      due_date: '2025-03-17',
      handled_at: null,
      field: 'Hộ tịch',
      officer_id: 'lan',
      data: expect.any(String),
      updated_at: '2025-03-03T02:00:00.000Z',
      change_id: change.changeId,
    });
    expect(JSON.parse(String(row('feedback', feedback.id)?.['data']))).toEqual(feedback);
    expect(queryRows(file, 'SELECT entity, entity_id FROM changes')).toEqual([{ entity: 'feedback', entity_id: feedback.id }]);
    expect(await store.countFeedback('default')).toBe(1);
    expect(await store.countDossiers('default')).toBe(0);
  });

  it('keeps the later snapshot when an earlier one arrives late from another device', async () => {
    const received = sampleFeedback();
    const handled = handleFeedback(received, new Date('2025-03-05T03:00:00Z'));
    const newest = await feedbackChange(handled, { deviceId: deviceB, seq: 1, at: '2025-03-05T03:00:00.000Z' });
    const stale = await feedbackChange(received, { deviceId: deviceA, seq: 1, at: '2025-03-03T02:00:00.000Z' });

    await push(deviceB, [newest]);
    expect((await push(deviceA, [stale])).receipts).toEqual([{ changeId: stale.changeId, status: 'accepted' }]);

    expect(row('feedback', received.id)).toMatchObject({ handled_at: '2025-03-05T03:00:00.000Z', change_id: newest.changeId });
  });

  it('rejects a payload that fails the feedback schema, naming the fields', async () => {
    const bad = { ...sampleFeedback(), subject: '   ', timeLimitDays: 0 };
    const change = await feedbackChange(bad, { deviceId: deviceA, seq: 1 });

    const answer = await push(deviceA, [change]);

    // The subject is trimmed before its minimum length is checked, so blanks count as empty.
    expect(answer.receipts).toEqual([
      {
        changeId: change.changeId,
        status: 'rejected',
        reason: 'Phản ánh không hợp lệ: payload.subject: hãy ghi nội dung phản ánh; payload.timeLimitDays: phải từ 1 trở lên, nhận 0',
      },
    ]);
    expect(await store.countFeedback('default')).toBe(0);
  });

  it('reads the payload by the entity the change names: a dossier sent as feedback is refused', async () => {
    const change = await feedbackChange(sampleDossier(), { deviceId: deviceA, seq: 1 });

    const answer = await push(deviceA, [change]);

    // A dossier is schema version 2 and has neither subject nor time limit in days.
    expect(answer.receipts[0]?.reason).toBe(
      'Phản ánh không hợp lệ: payload.schemaVersion: phải bằng 1, nhận 2; payload.subject: thiếu trường bắt buộc; payload.timeLimitDays: thiếu trường bắt buộc',
    );
    expect(await store.countDossiers('default')).toBe(0);
  });
});

describe('entities', () => {
  it('rejects a change to an entity the protocol does not know, and stores nothing', async () => {
    const change = await wireChange('procedure', { id: uuidv7() }, { deviceId: deviceA, seq: 1 });

    const answer = await push(deviceA, [change]);

    // valibot lists two or more allowed values in parentheses, joined by " | ".
    expect(answer.receipts).toEqual([
      { changeId: change.changeId, status: 'rejected', reason: 'Thay đổi không hợp lệ: entity: phải là một trong ("dossier" | "feedback"), nhận "procedure"' },
    ]);
    expect(queryRows(file, 'SELECT change_id FROM changes')).toEqual([]);
  });
});
