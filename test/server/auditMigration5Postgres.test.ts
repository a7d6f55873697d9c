import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dossier } from '../../src/domain/dossier.ts';
import { uuidv7 } from '../../src/domain/uuidv7.ts';
import { storedInstant } from '../../src/server/instant.ts';
import { migratePostgres } from '../../src/server/store/postgres/migrate.ts';
import { POSTGRES_MIGRATIONS } from '../../src/server/store/postgres/migrations.ts';
import { openPostgresStores } from '../../src/server/store/postgres/openPostgresStore.ts';
import { canonicalJson } from '../../src/sync/canonicalJson.ts';
import { freshPostgresDatabase, queryPostgres } from '../helpers/postgresDatabase.ts';
import { sampleFeedback } from '../helpers/syncFixtures.ts';
import { ARRIVALS, expectAuditCarriedOver, LAN_DEVICE, OPEN, OTHER_DEVICE, RESOLVED } from './auditMigrated.ts';

// A PostgreSQL database as a server at migration 4 left it (before the audit trail), opened by the current server.
let database: { url: string; drop: () => Promise<void> };

beforeEach(async () => {
  database = await freshPostgresDatabase();
  const pool = new pg.Pool({ connectionString: database.url });
  try {
    expect(await migratePostgres(pool, POSTGRES_MIGRATIONS.slice(0, 4))).toEqual([1, 2, 3, 4]);
  } finally {
    await pool.end();
  }
  const q = (sql: string, params: readonly unknown[]) => queryPostgres(database.url, sql, params);
  await q(`INSERT INTO officers (unit_id, officer_id, name, role, created_at) VALUES ('default', 'lan', 'Nguyễn Thị Lan', 'officer', '2025-03-01T00:00:00.000Z')`, []);
  await q(`INSERT INTO tokens (unit_id, token_hash, officer_id, device_id, role, created_at) VALUES ('default', $1, 'lan', $2, 'officer', '2025-03-01T00:00:00.000Z')`, ['b'.repeat(64), LAN_DEVICE]);
  const openChange = await insertChange(LAN_DEVICE, 1, 'dossier', OPEN.id, canonicalJson(OPEN), OPEN.updatedAt, ARRIVALS[0]);
  const feedback = sampleFeedback();
  await insertChange(OTHER_DEVICE, 1, 'feedback', feedback.id, canonicalJson(feedback), feedback.updatedAt, ARRIVALS[1]);
  const resolvedChange = await insertChange(LAN_DEVICE, 2, 'dossier', OPEN.id, canonicalJson(RESOLVED), RESOLVED.updatedAt, ARRIVALS[2]);
  await insertDossier(OPEN, openChange);
  await q(`UPDATE dossiers SET data = $1::jsonb, status = 'resolved', change_id = $2 WHERE id = $3`, [canonicalJson(RESOLVED), resolvedChange, OPEN.id]);
});

afterEach(async () => {
  await database.drop();
});

async function insertChange(device: string, seq: number, entity: string, entityId: string, payload: string, at: string, receivedAt: string): Promise<string> {
  const changeId = uuidv7();
  await queryPostgres(
    database.url,
    `INSERT INTO changes (unit_id, change_id, device_id, seq, entity, entity_id, hash, payload, changed_at, received_at)
     VALUES ('default', $1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9)`,
    [changeId, device, seq, entity, entityId, 'a'.repeat(64), payload, storedInstant(at), receivedAt],
  );
  return changeId;
}

async function insertDossier(d: Dossier, changeId: string): Promise<void> {
  await queryPostgres(
    database.url,
    `INSERT INTO dossiers (unit_id, id, schema_version, procedure_id, procedure_name, field, channel, received_at, due_date,
       appointment_date, status, digitized, electronic_result, data, updated_at, change_id)
     VALUES ('default', $1, 2, $2, $3, $4, $5, $6, $7, $8, $9, 0, 0, $10::jsonb, $11, $12)`,
    [d.id, d.procedure.id, d.procedure.name, d.procedure.field, d.channel, storedInstant(d.receivedAt), d.dueDate, d.appointmentDate, d.status, canonicalJson(d), storedInstant(d.updatedAt), changeId],
  );
}

describe('migration 5 on a PostgreSQL database written at migration 4', () => {
  it('carries every stored change over into the audit trail, with the token\u2019s officer, and new pushes continue it', async () => {
    const stores = await openPostgresStores(database.url);
    try {
      const versions = await queryPostgres<{ version: number }>(database.url, 'SELECT version FROM schema_migrations ORDER BY version');
      expect(versions.map((r) => r.version)).toEqual([1, 2, 3, 4, 5]);
      await expectAuditCarriedOver(stores.sync, () => queryPostgres<Record<string, unknown>>(database.url, 'SELECT * FROM audit_entries'));
    } finally {
      await stores.close();
    }
  });
});
