import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dossier } from '../../src/domain/dossier.ts';
import { resolveDossier } from '../../src/domain/dossierLifecycle.ts';
import { uuidv7 } from '../../src/domain/uuidv7.ts';
import { storedInstant } from '../../src/server/instant.ts';
import { migrate } from '../../src/server/store/sqlite/migrate.ts';
import { MIGRATIONS } from '../../src/server/store/sqlite/migrations.ts';
import { openSqliteStores } from '../../src/server/store/sqlite/openSqliteStore.ts';
import { canonicalJson } from '../../src/sync/canonicalJson.ts';
import { queryRows } from '../helpers/sqliteRows.ts';
import { sampleDossier, tempFolder } from '../helpers/syncFixtures.ts';
import { expectMigratedHistory } from './migratedHistory.ts';

// A file as a server at migration 3 left it (before merging and pull), opened by the current server.
const DEVICE = uuidv7(Date.parse('2025-01-01T00:00:00Z'));
const OPEN = sampleDossier({ receivedAt: new Date('2025-03-03T02:00:00Z') });
const RESOLVED = resolveDossier(sampleDossier({ receivedAt: new Date('2025-03-04T02:00:00Z') }), new Date('2025-03-05T02:00:00Z'), {});

let folder: ReturnType<typeof tempFolder>;
let file: string;

beforeEach(() => {
  folder = tempFolder();
  file = join(folder.dir, 'old.sqlite');
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  expect(migrate(db, MIGRATIONS.slice(0, 3), () => new Date('2025-03-01T00:00:00Z'))).toEqual([1, 2, 3]);
  // seq 1 and 3 arrived; 2 never did.
  insertAsMigration3Server(db, OPEN, 1);
  insertAsMigration3Server(db, RESOLVED, 3);
  db.prepare(`INSERT INTO devices (unit_id, device_id, max_seq, last_seen_at) VALUES ('default', ?, 3, '2025-03-08T00:00:00.000Z')`).run(DEVICE);
  db.close();
});

afterEach(() => {
  folder.remove();
});

function insertAsMigration3Server(db: Database.Database, d: Dossier, seq: number): void {
  const changeId = uuidv7();
  const data = canonicalJson(d);
  db.prepare(
    `INSERT INTO changes (unit_id, change_id, device_id, seq, entity, entity_id, hash, payload, changed_at, received_at)
     VALUES ('default', ?, ?, ?, 'dossier', ?, ?, ?, ?, '2025-03-08T00:00:00.000Z')`,
  ).run(changeId, DEVICE, seq, d.id, 'a'.repeat(64), data, storedInstant(d.updatedAt));
  db.prepare(
    `INSERT INTO dossiers (unit_id, id, schema_version, procedure_id, procedure_name, field, channel, received_at, due_date,
       appointment_date, status, resolved_at, digitized, electronic_result, data, updated_at, change_id)
     VALUES ('default', ?, 2, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?)`,
  ).run(d.id, d.procedure.id, d.procedure.name, d.procedure.field, d.channel, storedInstant(d.receivedAt), d.dueDate,
    d.appointmentDate, d.status, d.resolvedAt === undefined ? null : storedInstant(d.resolvedAt), data, storedInstant(d.updatedAt), changeId);
}

describe('migration 4 on a SQLite file written at migration 3', () => {
  it('gives existing rows distinct places in pull order, legacy clocks, and finds the missing seq', async () => {
    const stores = openSqliteStores(file);
    try {
      const rows = queryRows<{ id: string; pull_seq: number; clocks: string | null; finished_at: string | null }>(file, 'SELECT id, pull_seq, clocks, finished_at FROM dossiers ORDER BY pull_seq');
      expect(rows.map((r) => [r.id, r.pull_seq, r.clocks])).toEqual([[OPEN.id, 1, null], [RESOLVED.id, 2, null]]);
      expect(rows[1]?.finished_at).toBe(storedInstant(RESOLVED.resolvedAt!));
      expect(queryRows<{ pull_seq: number }>(file, `SELECT pull_seq FROM units WHERE unit_id = 'default'`)[0]?.pull_seq).toBe(2);
      await expectMigratedHistory(stores.sync, { device: DEVICE, open: OPEN, resolved: RESOLVED });
    } finally {
      await stores.close();
    }
  });
});
