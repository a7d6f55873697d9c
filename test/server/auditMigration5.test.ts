import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dossier } from '../../src/domain/dossier.ts';
import { uuidv7 } from '../../src/domain/uuidv7.ts';
import { storedInstant } from '../../src/server/instant.ts';
import { migrate } from '../../src/server/store/sqlite/migrate.ts';
import { MIGRATIONS } from '../../src/server/store/sqlite/migrations.ts';
import { openSqliteStores } from '../../src/server/store/sqlite/openSqliteStore.ts';
import { canonicalJson } from '../../src/sync/canonicalJson.ts';
import { queryRows } from '../helpers/sqliteRows.ts';
import { sampleFeedback, tempFolder } from '../helpers/syncFixtures.ts';
import { ARRIVALS, expectAuditCarriedOver, LAN_DEVICE, OPEN, OTHER_DEVICE, RESOLVED } from './auditMigrated.ts';

// A file as a server at migration 4 left it (before the audit trail), opened by the current server.
let folder: ReturnType<typeof tempFolder>;
let file: string;

beforeEach(() => {
  folder = tempFolder();
  file = join(folder.dir, 'old.sqlite');
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  expect(migrate(db, MIGRATIONS.slice(0, 4), () => new Date('2025-03-01T00:00:00Z'))).toEqual([1, 2, 3, 4]);
  db.prepare(`INSERT INTO officers (unit_id, officer_id, name, role, created_at) VALUES ('default', 'lan', 'Nguyễn Thị Lan', 'officer', '2025-03-01T00:00:00.000Z')`).run();
  db.prepare(`INSERT INTO tokens (unit_id, token_hash, officer_id, device_id, role, created_at) VALUES ('default', ?, 'lan', ?, 'officer', '2025-03-01T00:00:00.000Z')`).run('b'.repeat(64), LAN_DEVICE);
  const openChange = insertChange(db, LAN_DEVICE, 1, 'dossier', OPEN.id, canonicalJson(OPEN), OPEN.updatedAt, ARRIVALS[0]);
  const feedback = sampleFeedback();
  insertChange(db, OTHER_DEVICE, 1, 'feedback', feedback.id, canonicalJson(feedback), feedback.updatedAt, ARRIVALS[1]);
  const resolvedChange = insertChange(db, LAN_DEVICE, 2, 'dossier', OPEN.id, canonicalJson(RESOLVED), RESOLVED.updatedAt, ARRIVALS[2]);
  insertDossier(db, OPEN, openChange);
  db.prepare(`UPDATE dossiers SET data = ?, status = 'resolved', change_id = ? WHERE id = ?`).run(canonicalJson(RESOLVED), resolvedChange, OPEN.id);
  db.close();
});

afterEach(() => {
  folder.remove();
});

function insertChange(db: Database.Database, device: string, seq: number, entity: string, entityId: string, payload: string, at: string, receivedAt: string): string {
  const changeId = uuidv7();
  db.prepare(
    `INSERT INTO changes (unit_id, change_id, device_id, seq, entity, entity_id, hash, payload, changed_at, received_at)
     VALUES ('default', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(changeId, device, seq, entity, entityId, 'a'.repeat(64), payload, storedInstant(at), receivedAt);
  return changeId;
}

function insertDossier(db: Database.Database, d: Dossier, changeId: string): void {
  db.prepare(
    `INSERT INTO dossiers (unit_id, id, schema_version, procedure_id, procedure_name, field, channel, received_at, due_date,
       appointment_date, status, digitized, electronic_result, data, updated_at, change_id)
     VALUES ('default', ?, 2, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?)`,
  ).run(d.id, d.procedure.id, d.procedure.name, d.procedure.field, d.channel, storedInstant(d.receivedAt), d.dueDate, d.appointmentDate, d.status, canonicalJson(d), storedInstant(d.updatedAt), changeId);
}

describe('migration 5 on a SQLite file written at migration 4', () => {
  it('carries every stored change over into the audit trail, with the token\u2019s officer, and new pushes continue it', async () => {
    const stores = openSqliteStores(file);
    try {
      expect(queryRows<{ version: number }>(file, 'SELECT version FROM schema_migrations ORDER BY version').map((r) => r.version)).toEqual([1, 2, 3, 4, 5]);
      await expectAuditCarriedOver(stores.sync, async () => queryRows<Record<string, unknown>>(file, 'SELECT * FROM audit_entries'));
    } finally {
      await stores.close();
    }
  });
});
