import type Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations.ts';

/**
 * Brings the database up to the last migration, each step in its own immediate transaction
 * together with its `schema_migrations` row, so a failed step leaves no trace and a second
 * process opening the same file waits and then skips what is already applied.
 * Returns the versions applied by this call.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS, now: () => Date = () => new Date()): number[] {
  assertOrdered(migrations);
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL) STRICT');
  const currentVersion = db.prepare<[], { version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
  const isApplied = db.prepare<[number], { version: number }>('SELECT version FROM schema_migrations WHERE version = ?');
  const record = db.prepare<[number, string]>('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)');

  const known = migrations.at(-1)?.version ?? 0;
  const current = currentVersion.get()?.version ?? 0;
  if (current > known) {
    throw new Error(`Cơ sở dữ liệu ở phiên bản ${current}, mới hơn phiên bản ${known} mà máy chủ này hỗ trợ. Hãy cập nhật máy chủ.`);
  }

  const applied: number[] = [];
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    const step = db.transaction(() => {
      if (isApplied.get(migration.version) !== undefined) return;
      db.exec(migration.sql);
      record.run(migration.version, now().toISOString());
      applied.push(migration.version);
    });
    step.immediate();
  }
  return applied;
}

function assertOrdered(migrations: readonly Migration[]): void {
  let previous = 0;
  for (const { version } of migrations) {
    if (!Number.isInteger(version) || version <= previous) {
      throw new Error(`migration versions must be positive integers in increasing order, got ${version} after ${previous}`);
    }
    previous = version;
  }
}
