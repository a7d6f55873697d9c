import type { ServerConfig } from '../config.ts';
import { openPostgresStores } from './postgres/openPostgresStore.ts';
import type { ServerStores } from './serverStores.ts';
import { openSqliteStores } from './sqlite/openSqliteStore.ts';

/** The stores the configuration names: PostgreSQL when DATABASE_URL is set, else the SQLite file. */
export async function openStores(config: Pick<ServerConfig, 'databaseFile' | 'databaseUrl'>): Promise<ServerStores> {
  return config.databaseUrl === undefined ? openSqliteStores(config.databaseFile) : openPostgresStores(config.databaseUrl);
}
