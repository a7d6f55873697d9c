import type pg from 'pg';
import type { Migration } from '../sqlite/migrations.ts';
import { POSTGRES_MIGRATIONS } from './migrations.ts';
import { inTransaction } from './transaction.ts';

/** Advisory lock key held while migrating, so two servers starting together migrate once. */
const MIGRATION_LOCK = 5_060_001;

/**
 * Brings the database up to the last migration, each step in its own transaction together with
 * its `schema_migrations` row, under an advisory lock. Returns the versions applied by this call.
 */
export async function migratePostgres(pool: pg.Pool, migrations: readonly Migration[] = POSTGRES_MIGRATIONS): Promise<number[]> {
  const known = migrations.at(-1)?.version ?? 0;
  await inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at text NOT NULL)');
  });
  const applied: number[] = [];
  for (const migration of migrations) {
    await inTransaction(pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const current = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
      const version = current.rows[0]?.version ?? 0;
      if (version > known) {
        throw new Error(`Cơ sở dữ liệu ở phiên bản ${version}, mới hơn phiên bản ${known} mà máy chủ này hỗ trợ. Hãy cập nhật máy chủ.`);
      }
      const done = await client.query('SELECT 1 FROM schema_migrations WHERE version = $1', [migration.version]);
      if (done.rowCount !== 0) return;
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [migration.version, new Date().toISOString()]);
      applied.push(migration.version);
    });
  }
  return applied;
}
