import { existsSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { createRateLimiter } from './access/rateLimiter.ts';
import { createApp, ENROLL_WINDOW_MS } from './app.ts';
import { ConfigError, maskPassword, readConfig, type ServerConfig } from './config.ts';
import { openStores } from './store/openStores.ts';

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
const stores = await openStores(config);
const storeName = config.databaseUrl === undefined ? `SQLite: ${config.databaseFile}` : `PostgreSQL: ${maskPassword(config.databaseUrl)}`;
const hasStatic = existsSync(config.staticDir);
if (!hasStatic) {
  console.warn(`Không tìm thấy thư mục giao diện "${config.staticDir}" (hãy chạy "npm run build"); máy chủ chỉ phục vụ API.`);
}
const enrollLimiter = createRateLimiter({ limit: config.enrollAttempts, windowMs: ENROLL_WINDOW_MS, now: () => Date.now() });
const options = { store: stores.sync, access: stores.access, trustProxy: config.trustProxy, enrollLimiter };
const app = createApp(hasStatic ? { ...options, staticDir: config.staticDir } : options);

const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
  console.log(`Sổ Một Cửa: http://localhost:${info.port} (${storeName})`);
});

let stopping = false;
function shutdown(): void {
  if (stopping) return;
  stopping = true;
  const finish = (): void => {
    void stores.close().finally(() => process.exit(0));
  };
  server.close(finish);
  setTimeout(finish, SHUTDOWN_GRACE_MS).unref();
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
