import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from '../../src/server/store/sqlite/migrate.ts';
import { openSqliteStore } from '../../src/server/store/sqlite/openSqliteStore.ts';
import { countRows, queryRows } from '../helpers/sqliteRows.ts';
import { tempFolder } from '../helpers/syncFixtures.ts';
import { describeSyncStore } from './storeContract.ts';

describeSyncStore('SQLite', async () => {
  const folder = tempFolder();
  const file = join(folder.dir, 'store.sqlite');
  return {
    open: async () => openSqliteStore(file),
    row: async (table, unitId, id) => {
      const row = queryRows<Record<string, unknown>>(file, `SELECT * FROM ${table} WHERE unit_id = ? AND id = ?`, unitId, id)[0];
      return row === undefined ? undefined : { ...row, data: JSON.parse(String(row['data'])), clocks: JSON.parse(String(row['clocks'])) };
    },
    count: async (table) => countRows(file, table),
    breakDossier: async (unitId, id) => {
      const db = new Database(file);
      try {
        db.prepare(`UPDATE dossiers SET data = '{"schemaVersion":2}' WHERE unit_id = ? AND id = ?`).run(unitId, id);
      } finally {
        db.close();
      }
    },
    migrateAgain: async () => {
      const db = new Database(file);
      try {
        return migrate(db);
      } finally {
        db.close();
      }
    },
    versions: async () => queryRows<{ version: number }>(file, 'SELECT version FROM schema_migrations ORDER BY version').map((r) => r.version),
    remove: async () => folder.remove(),
  };
});
