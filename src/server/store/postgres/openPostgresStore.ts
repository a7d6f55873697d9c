import pg from 'pg';
import type { SyncStore } from '../syncStore.ts';
import { migratePostgres } from './migrate.ts';
import { createPostgresSyncStore } from './postgresSyncStore.ts';

/** Connects a pool to the PostgreSQL database at `url`, applies pending migrations, and returns the store over it. */
export async function openPostgresStore(url: string): Promise<SyncStore> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  pool.on('error', (error) => console.error('PostgreSQL:', error.message));
  try {
    await migratePostgres(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return createPostgresSyncStore(pool);
}
