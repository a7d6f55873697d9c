import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dossier } from '../../src/domain/dossier.ts';
import { apologize, rateSatisfaction, receiveDossier, requestSupplement, resolveDossier, returnDossier, supplementReturned, updateFacts } from '../../src/domain/dossierLifecycle.ts';
import { receiveFeedback, type Feedback } from '../../src/domain/feedback.ts';
import type { Procedure } from '../../src/domain/procedure.ts';
import { STARTER_PROCEDURES } from '../../src/domain/starterProcedures.ts';
import { uuidv7 } from '../../src/domain/uuidv7.ts';
import { weekendOnlyCalendar } from '../../src/domain/workingDays.ts';
import { contentHash } from '../../src/sync/contentHash.ts';
import type { Hono } from 'hono';
import { expect } from 'vitest';
import type { DossierV1 } from '../../src/domain/dossierV1.ts';
import { AUTH_SCHEME, PROTOCOL_VERSION, type Change, type PushResponse, type RegisterClocks } from '../../src/sync/protocol.ts';

/** A starter procedure by id; throws when the starter list has no such id. */
export function starterProcedure(id: string): Procedure {
  const procedure = STARTER_PROCEDURES.find((p) => p.id === id);
  if (procedure === undefined) throw new Error(`no starter procedure ${id}`);
  return procedure;
}

/** A freshly received, valid dossier (in person, birth registration unless told otherwise). */
export function sampleDossier(options: { receivedAt?: Date; procedureId?: string } = {}): Dossier {
  const receivedAt = options.receivedAt ?? new Date('2025-03-03T02:00:00Z');
  return receiveDossier(
    {
      id: uuidv7(receivedAt.getTime()),
      procedure: starterProcedure(options.procedureId ?? 'khai-sinh'),
      channel: 'in_person',
      receivedAt,
    },
    weekendOnlyCalendar,
  );
}

/** The applicant of `fullDossier`: personal data that must stay only inside `data`. */
export const SAMPLE_APPLICANT = { name: 'Nguyễn Thị Hoa', address: 'Thôn 3, xã Tân Trung', phone: '0912 345 678' } as const;

/**
 * A returned dossier with every v2 field set, built through the real lifecycle (weekends-only
 * calendar): a certified copy (same day, fee, certified copy) received Monday 3 March 2025 at
 * 09:00 Vietnam time, so first due that day; a supplement asked Monday 10:00 and brought back
 * Tuesday 09:00 pauses one working day, moving the due date to Tuesday 4 March; an apology
 * then promises Thursday 6 March. Resolved with every fact true, returned by post, rated
 * dissatisfied, and a complaint recorded last, at 11:10 on Wednesday 5 March (04:10 UTC).
 */
export function fullDossier(): Dossier {
  const receivedAt = new Date('2025-03-03T02:00:00Z');
  const received = receiveDossier(
    {
      id: uuidv7(receivedAt.getTime()),
      code: 'HS-2025-0001',
      procedure: starterProcedure('chung-thuc-ban-sao'),
      channel: 'online_partial',
      officerId: 'lan',
      applicant: { ...SAMPLE_APPLICANT },
      receivedAt,
    },
    weekendOnlyCalendar,
  );
  const asked = requestSupplement(received, new Date('2025-03-03T03:00:00Z'), 'Thiếu bản chính');
  const completed = supplementReturned(asked, new Date('2025-03-04T02:00:00Z'), weekendOnlyCalendar);
  const apologized = apologize(completed, new Date('2025-03-04T08:00:00Z'), '2025-03-06', 'Chờ xác minh bản chính');
  const resolved = resolveDossier(apologized, new Date('2025-03-05T03:00:00Z'), {
    digitized: true,
    electronicResult: true,
    reusedData: true,
    paidOnline: true,
    syncedToPortal: true,
    electronicCertifiedCopy: true,
  });
  const returned = returnDossier(resolved, new Date('2025-03-05T04:00:00Z'), { byPost: true });
  const rated = rateSatisfaction(returned, new Date('2025-03-05T04:05:00Z'), 'dissatisfied');
  return updateFacts(rated, new Date('2025-03-05T04:10:00Z'), { complaint: true });
}

/**
 * Feedback received Monday 3 March 2025 at 09:00 Vietnam time, field "Hộ tịch", by officer
 * "lan", with the default 10 working days: due Monday 17 March (weekends-only calendar).
 */
export function sampleFeedback(options: { receivedAt?: Date } = {}): Feedback {
  const receivedAt = options.receivedAt ?? new Date('2025-03-03T02:00:00Z');
  return receiveFeedback(
    { id: uuidv7(receivedAt.getTime()), receivedAt, subject: 'Niêm yết thủ tục chưa đầy đủ', field: 'Hộ tịch', officerId: 'lan' },
    weekendOnlyCalendar,
  );
}

/** How a test change is numbered and dated. */
export interface ChangeOptions {
  readonly deviceId: string;
  readonly seq: number;
  readonly at?: string;
  readonly changeId?: string;
  readonly entityId?: string;
  /** Register clocks, as a phone with per-field merging sends them. */
  readonly clocks?: RegisterClocks;
}

/** A change as it travels, naming any entity (the server must refuse unknown ones). */
export type WireChange<E extends string = string> = Omit<Change, 'entity'> & { entity: E };

/** A wire change of entity `entity` carrying `payload` for `entityId` (defaults to the payload's id), hashed. */
export async function wireChange<E extends string>(entity: E, payload: unknown, options: ChangeOptions): Promise<WireChange<E>> {
  const entityId = options.entityId ?? idOf(payload);
  return {
    changeId: options.changeId ?? uuidv7(),
    deviceId: options.deviceId,
    seq: options.seq,
    entity,
    entityId,
    at: options.at ?? new Date('2025-03-03T02:00:00Z').toISOString(),
    payload,
    ...(options.clocks === undefined ? {} : { clocks: options.clocks }),
    hash: await contentHash(options.clocks === undefined ? { entity, entityId, payload } : { entity, entityId, payload, clocks: options.clocks }),
  };
}

/** A wire change carrying `payload` for dossier `entityId` (defaults to the payload's id), hashed. */
export async function dossierChange(payload: unknown, options: ChangeOptions): Promise<Change> {
  return wireChange('dossier', payload, options);
}

/** A wire change carrying `payload` for feedback `entityId` (defaults to the payload's id), hashed. */
export async function feedbackChange(payload: unknown, options: ChangeOptions): Promise<Change> {
  return wireChange('feedback', payload, options);
}

/**
 * Exactly what the walking skeleton's app sent (schema version 1): a marital-status
 * certificate by post, 3 working days as `timeLimitDays`, resolved, none of the v2 facts.
 */
export function skeletonDossier(overrides: Partial<DossierV1> = {}): DossierV1 {
  return {
    schemaVersion: 1,
    id: uuidv7(Date.parse('2025-03-04T01:30:00Z')),
    procedure: { id: 'xac-nhan-tinh-trang-hon-nhan', name: 'Cấp Giấy xác nhận tình trạng hôn nhân', field: 'Hộ tịch', timeLimitDays: 3 },
    channel: 'postal',
    receivedAt: '2025-03-04T01:30:00.000Z',
    appointmentDate: '2025-03-07',
    status: 'resolved',
    resolvedAt: '2025-03-06T08:00:00.000Z',
    digitized: true,
    electronicResult: false,
    updatedAt: '2025-03-06T08:00:00.000Z',
    ...overrides,
  };
}

/**
 * Posts a push to an in-process app and returns its receipts (the answer must be 200). The
 * server refuses a push without the device's token (see enrolledDevice.ts).
 */
export async function pushTo(app: Hono, deviceId: string, changes: readonly unknown[], token?: string): Promise<PushResponse> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', ...(token === undefined ? {} : { Authorization: `${AUTH_SCHEME} ${token}` }) };
  const res = await app.request('/api/sync', { method: 'POST', body: pushBody(deviceId, changes), headers });
  expect(res.status).toBe(200);
  return (await res.json()) as PushResponse;
}

/** The JSON text of a push. */
export function pushBody(deviceId: string, changes: readonly unknown[], protocol: number = PROTOCOL_VERSION): string {
  return JSON.stringify({ protocol, deviceId, changes });
}

/** A new empty folder under the OS temp folder, and a function that deletes it. */
export function tempFolder(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'so-mot-cua-test-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

function idOf(payload: unknown): string {
  if (typeof payload === 'object' && payload !== null && 'id' in payload && typeof payload.id === 'string') return payload.id;
  throw new Error('payload has no string id; pass entityId');
}
