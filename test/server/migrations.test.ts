import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../src/server/store/sqlite/migrate.ts';
import { MIGRATIONS } from '../../src/server/store/sqlite/migrations.ts';
import { openSqliteStore } from '../../src/server/store/sqlite/openSqliteStore.ts';
import { queryRows } from '../helpers/sqliteRows.ts';
import { tempFolder } from '../helpers/syncFixtures.ts';

let folder: ReturnType<typeof tempFolder>;

beforeEach(() => {
  folder = tempFolder();
});

afterEach(() => {
  folder.remove();
});

describe('openSqliteStore', () => {
  it('creates the parent folders, migrates once, and opening the file again changes nothing', async () => {
    const file = join(folder.dir, 'a', 'b', 'store.sqlite');
    await openSqliteStore(file).close();
    await openSqliteStore(file).close();

    // Every shipped migration (2: dossier v2 columns and the feedback table; 3: enrollment and access), each applied once.
    expect(queryRows<{ version: number }>(file, 'SELECT version FROM schema_migrations ORDER BY version')).toEqual(MIGRATIONS.map(({ version }) => ({ version })));
    expect(queryRows(file, 'SELECT unit_id, name FROM units')).toEqual([{ unit_id: 'default', name: 'Đơn vị mặc định' }]);
    const tables = queryRows<{ name: string }>(file, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['changes', 'devices', 'dossiers', 'enrollment_codes', 'feedback', 'officers', 'schema_migrations', 'tokens', 'units']));
  });

  it('puts the database in WAL mode', async () => {
    const file = join(folder.dir, 'wal.sqlite');
    await openSqliteStore(file).close();
    // The journal mode is stored in the file, so a fresh connection sees it.
    expect(queryRows<{ journal_mode: string }>(file, 'PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
  });

  it('keys every table by unit first', async () => {
    const file = join(folder.dir, 'keys.sqlite');
    await openSqliteStore(file).close();
    for (const table of ['changes', 'dossiers', 'devices', 'feedback', 'officers', 'enrollment_codes', 'tokens']) {
      const pk = queryRows<{ name: string; pk: number }>(file, `SELECT name, pk FROM pragma_table_info('${table}') WHERE pk > 0 ORDER BY pk`);
      expect(pk[0]?.name).toBe('unit_id');
    }
    const seqIndex = queryRows<{ name: string }>(file, "SELECT name FROM pragma_index_info('changes_device_seq') ORDER BY seqno");
    expect(seqIndex.map((c) => c.name)).toEqual(['unit_id', 'device_id', 'seq']);
  });
});

describe('migrate', () => {
  const steps = [
    { version: 1, sql: 'CREATE TABLE a (x INTEGER)' },
    { version: 2, sql: 'CREATE TABLE b (y INTEGER)' },
  ];

  it('applies pending steps in order, records when, and skips them next time', () => {
    const db = new Database(':memory:');
    expect(migrate(db, steps, () => new Date('2025-03-01T00:00:00Z'))).toEqual([1, 2]);
    expect(migrate(db, steps)).toEqual([]);
    expect(db.prepare('SELECT version, applied_at FROM schema_migrations ORDER BY version').all()).toEqual([
      { version: 1, applied_at: '2025-03-01T00:00:00.000Z' },
      { version: 2, applied_at: '2025-03-01T00:00:00.000Z' },
    ]);
    expect(migrate(db, [...steps, { version: 3, sql: 'CREATE TABLE c (z INTEGER)' }])).toEqual([3]);
    db.close();
  });

  it('rolls back a failing step completely and keeps the steps before it', () => {
    const db = new Database(':memory:');
    const failing = [steps[0] ?? { version: 1, sql: '' }, { version: 2, sql: 'CREATE TABLE b (y INTEGER); INSERT INTO missing VALUES (1);' }];
    expect(() => migrate(db, failing)).toThrow(/missing/);
    expect(db.prepare('SELECT version FROM schema_migrations').all()).toEqual([{ version: 1 }]);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name = 'b'").all()).toEqual([]);
    db.close();
  });

  it('refuses a database written by a newer server', () => {
    const db = new Database(':memory:');
    migrate(db, steps);
    expect(() => migrate(db, steps.slice(0, 1))).toThrow('Cơ sở dữ liệu ở phiên bản 2, mới hơn phiên bản 1 mà máy chủ này hỗ trợ. Hãy cập nhật máy chủ.');
    db.close();
  });

  it('refuses a list whose versions do not increase', () => {
    const db = new Database(':memory:');
    expect(() => migrate(db, [steps[1] ?? steps[0] ?? { version: 0, sql: '' }, { version: 1, sql: '' }])).toThrow(/increasing/);
    db.close();
  });

  it('ships versions 1, 2, … with no gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });
});
