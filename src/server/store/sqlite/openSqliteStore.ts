import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { SyncStore } from '../syncStore.ts';
import { migrate } from './migrate.ts';
import { createSqliteSyncStore } from './sqliteSyncStore.ts';

/** How long a writer waits for another connection's lock before giving up, in ms. */
const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens (creating folder and file if needed) the SQLite database at `file`, sets WAL mode,
 * `synchronous = FULL`, foreign keys and a busy timeout, applies pending migrations, and
 * returns the store over it.
 */
export function openSqliteStore(file: string): SyncStore {
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
  return createSqliteSyncStore(db);
}
