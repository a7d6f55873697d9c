import pg from 'pg';
import type { ServerStores } from '../serverStores.ts';
import type { SyncStore } from '../syncStore.ts';
import { migratePostgres } from './migrate.ts';
import { createPostgresAccessStore } from './postgresAccessStore.ts';
import { createPostgresSyncStore } from './postgresSyncStore.ts';

/** The sync store alone over the PostgreSQL database (see openPostgresStores). */
export async function openPostgresStore(url: string): Promise<SyncStore> {
  return (await openPostgresStores(url)).sync;
}

/** Connects a pool to the PostgreSQL database at `url`, applies pending migrations, and returns the sync and access stores over that pool. */
export async function openPostgresStores(url: string): Promise<ServerStores> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  pool.on('error', (error) => console.error('PostgreSQL:', error.message));
  try {
    await migratePostgres(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const sync = createPostgresSyncStore(pool);
  return { sync, access: createPostgresAccessStore(pool), close: () => sync.close() };
}
