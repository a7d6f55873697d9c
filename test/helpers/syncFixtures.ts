import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dossier } from '../../src/domain/dossier.ts';
import { receiveDossier } from '../../src/domain/dossierLifecycle.ts';
import type { Procedure } from '../../src/domain/procedure.ts';
import { STARTER_PROCEDURES } from '../../src/domain/starterProcedures.ts';
import { uuidv7 } from '../../src/domain/uuidv7.ts';
import { weekendOnlyCalendar } from '../../src/domain/workingDays.ts';
import { contentHash } from '../../src/sync/contentHash.ts';
import { PROTOCOL_VERSION, type Change } from '../../src/sync/protocol.ts';

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

/** A wire change carrying `payload` for dossier `entityId` (defaults to the payload's id), hashed. */
export async function dossierChange(
  payload: unknown,
  options: { deviceId: string; seq: number; at?: string; changeId?: string; entityId?: string },
): Promise<Change> {
  const entityId = options.entityId ?? idOf(payload);
  return {
    changeId: options.changeId ?? uuidv7(),
    deviceId: options.deviceId,
    seq: options.seq,
    entity: 'dossier',
    entityId,
    at: options.at ?? new Date('2025-03-03T02:00:00Z').toISOString(),
    payload,
    hash: await contentHash({ entity: 'dossier', entityId, payload }),
  };
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
