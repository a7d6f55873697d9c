import pg from 'pg';
import { migratePostgres } from '../../src/server/store/postgres/migrate.ts';
import { openPostgresStore } from '../../src/server/store/postgres/openPostgresStore.ts';
import { freshPostgresDatabase, queryPostgres } from '../helpers/postgresDatabase.ts';
import { describeSyncStore } from './storeContract.ts';

describeSyncStore('PostgreSQL', async () => {
  const { url, drop } = await freshPostgresDatabase();
  return {
    open: () => openPostgresStore(url),
    row: async (table, unitId, id) => {
      const row = (await queryPostgres<Record<string, unknown>>(url, `SELECT * FROM ${table} WHERE unit_id = $1 AND id = $2`, [unitId, id]))[0];
      // bigint comes back as text from node-postgres.
      return row === undefined ? undefined : { ...row, pull_seq: Number(row['pull_seq']) };
    },
    breakDossier: async (unitId, id) => {
      await queryPostgres(url, `UPDATE dossiers SET data = '{"schemaVersion":2}'::jsonb WHERE unit_id = $1 AND id = $2`, [unitId, id]);
    },
    count: async (table) => (await queryPostgres<{ n: number }>(url, `SELECT count(*)::integer AS n FROM ${table}`))[0]?.n ?? -1,
    migrateAgain: async () => {
      const pool = new pg.Pool({ connectionString: url });
      try {
        return await migratePostgres(pool);
      } finally {
        await pool.end();
      }
    },
    versions: async () => (await queryPostgres<{ version: number }>(url, 'SELECT version FROM schema_migrations ORDER BY version')).map((r) => r.version),
    remove: drop,
  };
});
