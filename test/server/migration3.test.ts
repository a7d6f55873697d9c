import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/domain/uuidv7.ts';
import { migratePostgres } from '../../src/server/store/postgres/migrate.ts';
import { POSTGRES_MIGRATIONS } from '../../src/server/store/postgres/migrations.ts';
import { openPostgresStores } from '../../src/server/store/postgres/openPostgresStore.ts';
import { migrate } from '../../src/server/store/sqlite/migrate.ts';
import { MIGRATIONS } from '../../src/server/store/sqlite/migrations.ts';
import { openSqliteStores } from '../../src/server/store/sqlite/openSqliteStore.ts';
import { enrolledDevice } from '../helpers/enrolledDevice.ts';
import { freshPostgresDatabase, queryPostgres } from '../helpers/postgresDatabase.ts';
import { queryRows } from '../helpers/sqliteRows.ts';
import { tempFolder } from '../helpers/syncFixtures.ts';

// Migration 3 (units' kind and parent, officers, enrollment codes, tokens) on an empty database
// and on one a version-2 server filled, on SQLite and on PostgreSQL.
const DEVICE = uuidv7(Date.parse('2025-01-01T00:00:00Z'));
const CHANGE = uuidv7(Date.parse('2025-03-01T00:00:00Z'));

/** Rows a version-2 server could have written: a second unit, a change and its device. */
const VERSION_2_ROWS = [
  "INSERT INTO units (unit_id, name) VALUES ('xa-cu', 'UBND xã Cũ')",
  `INSERT INTO changes (unit_id, change_id, device_id, seq, entity, entity_id, hash, payload, changed_at, received_at)
   VALUES ('xa-cu', '${CHANGE}', '${DEVICE}', 1, 'feedback', '${CHANGE}', '${'a'.repeat(64)}', '{"id":"x"}', '2025-03-01T00:00:00.000Z', '2025-03-01T00:00:01.000Z')`,
  `INSERT INTO devices (unit_id, device_id, max_seq, last_seen_at) VALUES ('xa-cu', '${DEVICE}', 1, '2025-03-01T00:00:01.000Z')`,
];

/** The version-2 rows, by the columns version 2 had (later migrations may add columns). */
const SNAPSHOT = [
  'SELECT * FROM changes ORDER BY change_id',
  'SELECT unit_id, device_id, max_seq, last_seen_at FROM devices ORDER BY device_id',
];

const NEW_TABLE_KEYS = {
  officers: ['unit_id', 'officer_id'],
  enrollment_codes: ['unit_id', 'code_hash'],
  tokens: ['unit_id', 'token_hash'],
} as const;

describe('migration 3 on SQLite', () => {
  let folder: ReturnType<typeof tempFolder>;
  let file: string;

  beforeEach(() => {
    folder = tempFolder();
    file = join(folder.dir, 'server.sqlite');
  });

  afterEach(() => {
    folder.remove();
  });

  function atVersion2WithData(): void {
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    expect(migrate(db, MIGRATIONS.slice(0, 2))).toEqual([1, 2]);
    for (const sql of VERSION_2_ROWS) db.prepare(sql).run();
    db.close();
  }

  it('creates the access tables on an empty file, keyed by unit first, hashes unique alone', async () => {
    await openSqliteStores(file).close();

    for (const [table, key] of Object.entries(NEW_TABLE_KEYS)) {
      const pk = queryRows<{ name: string }>(file, `SELECT name FROM pragma_table_info('${table}') WHERE pk > 0 ORDER BY pk`);
      expect(pk.map((c) => c.name)).toEqual(key);
    }
    for (const [index, column] of [['enrollment_codes_hash', 'code_hash'], ['tokens_hash', 'token_hash']] as const) {
      expect(queryRows<{ name: string }>(file, `SELECT name FROM pragma_index_info('${index}')`)).toEqual([{ name: column }]);
      const table = index === 'tokens_hash' ? 'tokens' : 'enrollment_codes';
      expect(queryRows<{ unique: number }>(file, `SELECT "unique" FROM pragma_index_list('${table}') WHERE name = ?`, index)).toEqual([{ unique: 1 }]);
    }
    expect(queryRows(file, 'SELECT unit_id, name, kind, parent_id FROM units')).toEqual([
      { unit_id: 'default', name: 'Đơn vị mặc định', kind: 'commune', parent_id: null },
    ]);
  });

  it('keeps a version-2 file\'s units (as communes without parent) and every row, and enrolls into them', async () => {
    atVersion2WithData();
    const before = SNAPSHOT.map((sql) => queryRows(file, sql));

    const stores = openSqliteStores(file);
    const device = await enrolledDevice(stores.access, { unitId: 'xa-cu', deviceId: DEVICE });
    const listed = await stores.access.listDevices('xa-cu');
    await stores.close();

    expect(queryRows(file, 'SELECT unit_id, name, kind, parent_id FROM units ORDER BY unit_id')).toEqual([
      { unit_id: 'default', name: 'Đơn vị mặc định', kind: 'commune', parent_id: null },
      { unit_id: 'xa-cu', name: 'UBND xã Cũ', kind: 'commune', parent_id: null },
    ]);
    expect(SNAPSHOT.map((sql) => queryRows(file, sql))).toEqual(before);
    expect(device.unitId).toBe('xa-cu');
    // The device's pushes from before enrollment show in the listing.
    expect(listed).toEqual([expect.objectContaining({ deviceId: DEVICE, maxSeq: 1, lastSeenAt: '2025-03-01T00:00:01.000Z' })]);
  });

  it('checks kind, role and the uniqueness of a token hash across units', async () => {
    await openSqliteStores(file).close();
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    try {
      expect(() => db.prepare("INSERT INTO units (unit_id, name, kind) VALUES ('x', 'X', 'province')").run()).toThrow(/CHECK/);
      expect(() => db.prepare("INSERT INTO units (unit_id, name, parent_id) VALUES ('x', 'X', 'nowhere')").run()).toThrow(/FOREIGN KEY/);
      expect(() => db.prepare("INSERT INTO officers VALUES ('default', 'lan', 'Lan', 'admin', '2025-03-01T00:00:00.000Z')").run()).toThrow(/CHECK/);
      db.prepare("INSERT INTO units (unit_id, name) VALUES ('x', 'X')").run();
      db.prepare("INSERT INTO officers VALUES ('default', 'lan', 'Lan', 'officer', '2025-03-01T00:00:00.000Z')").run();
      db.prepare("INSERT INTO officers VALUES ('x', 'lan', 'Lan', 'officer', '2025-03-01T00:00:00.000Z')").run();
      const token = (unit: string): void => {
        db.prepare(`INSERT INTO tokens (unit_id, token_hash, officer_id, device_id, role, created_at) VALUES (?, 'h', 'lan', 'd', 'officer', '2025')`).run(unit);
      };
      token('default');
      expect(() => token('x')).toThrow(/UNIQUE/);
    } finally {
      db.close();
    }
  });
});

describe('migration 3 on PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof freshPostgresDatabase>>;

  beforeEach(async () => {
    database = await freshPostgresDatabase();
  });

  afterEach(async () => {
    await database.drop();
  });

  async function atVersion2WithData(): Promise<void> {
    const pool = new pg.Pool({ connectionString: database.url });
    try {
      expect(await migratePostgres(pool, POSTGRES_MIGRATIONS.slice(0, 2))).toEqual([1, 2]);
      for (const sql of VERSION_2_ROWS) await pool.query(sql);
    } finally {
      await pool.end();
    }
  }

  it('creates the access tables on an empty database, keyed by unit first, hashes unique alone', async () => {
    await (await openPostgresStores(database.url)).close();

    for (const [table, key] of Object.entries(NEW_TABLE_KEYS)) {
      const pk = await queryPostgres<{ def: string }>(database.url, `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = $1::regclass AND contype = 'p'`, [table]);
      expect(pk).toEqual([{ def: `PRIMARY KEY (${key.join(', ')})` }]);
    }
    const indexes = await queryPostgres<{ indexdef: string }>(database.url, "SELECT indexdef FROM pg_indexes WHERE indexname IN ('enrollment_codes_hash', 'tokens_hash') ORDER BY indexname");
    expect(indexes.map((i) => i.indexdef)).toEqual([
      'CREATE UNIQUE INDEX enrollment_codes_hash ON public.enrollment_codes USING btree (code_hash)',
      'CREATE UNIQUE INDEX tokens_hash ON public.tokens USING btree (token_hash)',
    ]);
    expect(await queryPostgres(database.url, 'SELECT unit_id, name, kind, parent_id FROM units')).toEqual([
      { unit_id: 'default', name: 'Đơn vị mặc định', kind: 'commune', parent_id: null },
    ]);
  });

  it("keeps a version-2 database's units (as communes without parent) and every row, and enrolls into them", async () => {
    await atVersion2WithData();
    const snapshot = async (): Promise<unknown[]> =>
      Promise.all(SNAPSHOT.map((sql) => queryPostgres(database.url, sql)));
    const before = await snapshot();

    const stores = await openPostgresStores(database.url);
    try {
      const device = await enrolledDevice(stores.access, { unitId: 'xa-cu', deviceId: DEVICE });
      expect(device.unitId).toBe('xa-cu');
      expect(await stores.access.listDevices('xa-cu')).toEqual([expect.objectContaining({ deviceId: DEVICE, maxSeq: 1 })]);
    } finally {
      await stores.close();
    }

    expect(await queryPostgres(database.url, 'SELECT unit_id, name, kind, parent_id FROM units ORDER BY unit_id')).toEqual([
      { unit_id: 'default', name: 'Đơn vị mặc định', kind: 'commune', parent_id: null },
      { unit_id: 'xa-cu', name: 'UBND xã Cũ', kind: 'commune', parent_id: null },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('checks kind and role', async () => {
    await (await openPostgresStores(database.url)).close();
    await expect(queryPostgres(database.url, "INSERT INTO units (unit_id, name, kind) VALUES ('x', 'X', 'province')")).rejects.toThrow(/check constraint/);
    await expect(queryPostgres(database.url, "INSERT INTO officers VALUES ('default', 'lan', 'Lan', 'admin', '2025')")).rejects.toThrow(/check constraint/);
  });
});
