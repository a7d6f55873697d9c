import { existsSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { ConfigError, maskPassword, readConfig, type ServerConfig } from './config.ts';
import { openPostgresStore } from './store/postgres/openPostgresStore.ts';
import { openSqliteStore } from './store/sqlite/openSqliteStore.ts';

/** Longest wait for open requests to finish on shutdown before the database is closed anyway. */
const SHUTDOWN_GRACE_MS = 3000;

function loadConfig(): ServerConfig {
  try {
    return readConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

const config = loadConfig();
const store = config.databaseUrl === undefined ? openSqliteStore(config.databaseFile) : await openPostgresStore(config.databaseUrl);
const storeName = config.databaseUrl === undefined ? `SQLite: ${config.databaseFile}` : `PostgreSQL: ${maskPassword(config.databaseUrl)}`;
const hasStatic = existsSync(config.staticDir);
if (!hasStatic) {
  console.warn(`Không tìm thấy thư mục giao diện "${config.staticDir}" (hãy chạy "npm run build"); máy chủ chỉ phục vụ API.`);
}
const app = createApp(hasStatic ? { store, staticDir: config.staticDir } : { store });

const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
  console.log(`Sổ Một Cửa: http://localhost:${info.port} (${storeName})`);
});

let stopping = false;
function shutdown(): void {
  if (stopping) return;
  stopping = true;
  const finish = (): void => {
    void store.close().finally(() => process.exit(0));
  };
  server.close(finish);
  setTimeout(finish, SHUTDOWN_GRACE_MS).unref();
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
