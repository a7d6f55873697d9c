import { join } from 'node:path';
import { openPostgresStores } from '../../src/server/store/postgres/openPostgresStore.ts';
import type { ServerStores } from '../../src/server/store/serverStores.ts';
import { openSqliteStores } from '../../src/server/store/sqlite/openSqliteStore.ts';
import { freshPostgresDatabase, queryPostgres } from './postgresDatabase.ts';
import { queryRows } from './sqliteRows.ts';
import { tempFolder } from './syncFixtures.ts';

/** A table whose rows the server tests count. */
export type CountedTable = 'changes' | 'dossiers' | 'feedback' | 'devices' | 'units' | 'officers' | 'enrollment_codes' | 'tokens' | 'audit_entries';

/** An empty database of one kind with both stores open on it, and ways to look inside. */
export interface StoresUnderTest {
  readonly stores: ServerStores;
  /** Opens the stores again on the same database (a second connection). */
  reopen(): Promise<ServerStores>;
  /** Rows of a table, all of them or one unit's. */
  count(table: CountedTable, unitId?: string): Promise<number>;
  /** Every row of a table, as plain records (`SELECT *`). */
  rows(table: CountedTable): Promise<Record<string, unknown>[]>;
  /** How a child process reaches this database: DATABASE_FILE or DATABASE_URL. */
  readonly env: Readonly<Record<string, string>>;
  /** Closes every store opened here and deletes the database. */
  remove(): Promise<void>;
}

/** One kind of database the server runs on. */
export interface StoreKind {
  readonly name: 'SQLite' | 'PostgreSQL';
  open(): Promise<StoresUnderTest>;
}

/** A fresh SQLite file under the temp folder. */
export async function sqliteUnderTest(): Promise<StoresUnderTest> {
  const folder = tempFolder();
  const file = join(folder.dir, 'server.sqlite');
  const opened = [openSqliteStores(file)];
  const where = (unitId: string | undefined): [string, unknown[]] => (unitId === undefined ? ['', []] : [' WHERE unit_id = ?', [unitId]]);
  return {
    stores: opened[0] as ServerStores,
    reopen: async () => {
      const stores = openSqliteStores(file);
      opened.push(stores);
      return stores;
    },
    count: async (table, unitId) => {
      const [clause, params] = where(unitId);
      return queryRows<{ n: number }>(file, `SELECT count(*) AS n FROM ${table}${clause}`, ...params)[0]?.n ?? -1;
    },
    rows: async (table) => queryRows<Record<string, unknown>>(file, `SELECT * FROM ${table}`),
    env: { DATABASE_FILE: file },
    remove: async () => {
      for (const stores of opened) await stores.close();
      folder.remove();
    },
  };
}

/** A fresh database on the test PostgreSQL server. */
export async function postgresUnderTest(): Promise<StoresUnderTest> {
  const { url, drop } = await freshPostgresDatabase();
  const opened = [await openPostgresStores(url)];
  return {
    stores: opened[0] as ServerStores,
    reopen: async () => {
      const stores = await openPostgresStores(url);
      opened.push(stores);
      return stores;
    },
    count: async (table, unitId) => {
      const sql = `SELECT count(*)::integer AS n FROM ${table}${unitId === undefined ? '' : ' WHERE unit_id = $1'}`;
      return (await queryPostgres<{ n: number }>(url, sql, unitId === undefined ? [] : [unitId]))[0]?.n ?? -1;
    },
    rows: (table) => queryPostgres<Record<string, unknown>>(url, `SELECT * FROM ${table}`),
    env: { DATABASE_URL: url },
    remove: async () => {
      for (const stores of opened) await stores.close();
      await drop();
    },
  };
}

/** Both databases, for `describe.each(STORE_KINDS)`. */
export const STORE_KINDS: readonly StoreKind[] = [
  { name: 'SQLite', open: sqliteUnderTest },
  { name: 'PostgreSQL', open: postgresUnderTest },
];
