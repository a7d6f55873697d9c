import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dossier } from '../../src/domain/dossier.ts';
import { resolveDossier } from '../../src/domain/dossierLifecycle.ts';
import { uuidv7 } from '../../src/domain/uuidv7.ts';
import { storedInstant } from '../../src/server/instant.ts';
import { migratePostgres } from '../../src/server/store/postgres/migrate.ts';
import { POSTGRES_MIGRATIONS } from '../../src/server/store/postgres/migrations.ts';
import { openPostgresStores } from '../../src/server/store/postgres/openPostgresStore.ts';
import { canonicalJson } from '../../src/sync/canonicalJson.ts';
import { freshPostgresDatabase, queryPostgres } from '../helpers/postgresDatabase.ts';
import { sampleDossier } from '../helpers/syncFixtures.ts';
import { expectMigratedHistory } from './migratedHistory.ts';

// A PostgreSQL database as a server at migration 3 left it, opened by the current server.
const DEVICE = uuidv7(Date.parse('2025-01-01T00:00:00Z'));
const OPEN = sampleDossier({ receivedAt: new Date('2025-03-03T02:00:00Z') });
const RESOLVED = resolveDossier(sampleDossier({ receivedAt: new Date('2025-03-04T02:00:00Z') }), new Date('2025-03-05T02:00:00Z'), {});

let database: { url: string; drop: () => Promise<void> };

beforeEach(async () => {
  database = await freshPostgresDatabase();
  const pool = new pg.Pool({ connectionString: database.url });
  try {
    expect(await migratePostgres(pool, POSTGRES_MIGRATIONS.slice(0, 3))).toEqual([1, 2, 3]);
  } finally {
    await pool.end();
  }
  for (const [d, seq] of [[OPEN, 1], [RESOLVED, 3]] as const) await insertAsMigration3Server(d, seq);
  await queryPostgres(database.url, `INSERT INTO devices (unit_id, device_id, max_seq, last_seen_at) VALUES ('default', $1, 3, '2025-03-08T00:00:00.000Z')`, [DEVICE]);
});

afterEach(async () => {
  await database.drop();
});

async function insertAsMigration3Server(d: Dossier, seq: number): Promise<void> {
  const changeId = uuidv7();
  const data = canonicalJson(d);
  await queryPostgres(
    database.url,
    `INSERT INTO changes (unit_id, change_id, device_id, seq, entity, entity_id, hash, payload, changed_at, received_at)
     VALUES ('default', $1, $2, $3, 'dossier', $4, $5, $6::jsonb, $7, '2025-03-08T00:00:00.000Z')`,
    [changeId, DEVICE, seq, d.id, 'a'.repeat(64), data, storedInstant(d.updatedAt)],
  );
  await queryPostgres(
    database.url,
    `INSERT INTO dossiers (unit_id, id, schema_version, procedure_id, procedure_name, field, channel, received_at, due_date,
       appointment_date, status, resolved_at, digitized, electronic_result, data, updated_at, change_id)
     VALUES ('default', $1, 2, $2, $3, $4, $5, $6, $7, $8, $9, $10, 0, 0, $11::jsonb, $12, $13)`,
    [d.id, d.procedure.id, d.procedure.name, d.procedure.field, d.channel, storedInstant(d.receivedAt), d.dueDate, d.appointmentDate, d.status,
      d.resolvedAt === undefined ? null : storedInstant(d.resolvedAt), data, storedInstant(d.updatedAt), changeId],
  );
}

describe('migration 4 on a PostgreSQL database written at migration 3', () => {
  it('gives existing rows distinct places in pull order, legacy clocks, and finds the missing seq', async () => {
    const stores = await openPostgresStores(database.url);
    try {
      const rows = await queryPostgres<{ id: string; pull_seq: string; clocks: unknown; finished_at: string | null }>(database.url, 'SELECT id, pull_seq, clocks, finished_at FROM dossiers ORDER BY pull_seq');
      expect(rows.map((r) => [r.id, Number(r.pull_seq), r.clocks])).toEqual([[OPEN.id, 1, null], [RESOLVED.id, 2, null]]);
      expect(rows[1]?.finished_at).toBe(storedInstant(RESOLVED.resolvedAt!));
      await expectMigratedHistory(stores.sync, { device: DEVICE, open: OPEN, resolved: RESOLVED });
    } finally {
      await stores.close();
    }
  });
});
