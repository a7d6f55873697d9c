import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStores } from '../../src/server/store/sqlite/openSqliteStore.ts';
import type { ServerStores } from '../../src/server/store/serverStores.ts';

/** A new empty folder under the OS temp folder, and a function that deletes it. */
export function benchFolder(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'so-mot-cua-bench-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The first unit's officer id (enough for a bench). */
export const BENCH_OFFICER = 'can-bo-1';

/**
 * A fresh SQLite file at `file` migrated by the real store, with one commune `unitId` and
 * its officer, opened as the server opens it (WAL, synchronous = FULL, foreign keys).
 */
export async function freshSqliteStores(file: string, unitId: string): Promise<ServerStores> {
  const stores = openSqliteStores(file);
  await stores.access.createUnit({ id: unitId, name: `UBND ${unitId}`, kind: 'commune', parentId: null });
  await stores.access.createOfficer({ unitId, officerId: BENCH_OFFICER, name: 'Nguyễn Thị Lan', role: 'officer' }, new Date());
  return stores;
}

/**
 * A raw better-sqlite3 connection to a database the real store has migrated, with the same
 * pragmas as `openSqliteStores` unless `synchronous` says otherwise (bulk generation only).
 */
export function rawSqlite(file: string, synchronous: 'FULL' | 'OFF' = 'FULL'): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous}`);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}
