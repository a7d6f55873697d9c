import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { ServerStores } from '../serverStores.ts';
import type { SyncStore } from '../syncStore.ts';
import { migrate } from './migrate.ts';
import { createSqliteAccessStore } from './sqliteAccessStore.ts';
import { createSqliteSyncStore } from './sqliteSyncStore.ts';

/** How long a writer waits for another connection's lock before giving up, in ms. */
const BUSY_TIMEOUT_MS = 5000;

/** The sync store alone over the SQLite file (see openSqliteStores). */
export function openSqliteStore(file: string): SyncStore {
  return openSqliteStores(file).sync;
}

/**
 * Opens (creating folder and file if needed) the SQLite database at `file`, sets WAL mode,
 * `synchronous = FULL`, foreign keys and a busy timeout, applies pending migrations, and
 * returns the sync and access stores over that one connection.
 */
export function openSqliteStores(file: string): ServerStores {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    // FULL, not NORMAL: a receipt lets the phone drop its copy, so a committed batch must
    // survive a power cut too, not only a crash of this process.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  const sync = createSqliteSyncStore(db);
  return { sync, access: createSqliteAccessStore(db), close: () => sync.close() };
}
