import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The audit trail is append-only (issue 7, part 5): no source file may change or remove its
// rows. Every TypeScript file under src/ is read, SQL included (migrations, stores).
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Statements that would alter audit rows: UPDATE, DELETE, TRUNCATE, DROP, REPLACE INTO, or an upsert into the table. */
const ALTERING = [
  /\bUPDATE\s+audit_entries\b/i,
  /\bDELETE\s+FROM\s+audit_entries\b/i,
  /\bTRUNCATE\s+(TABLE\s+)?audit_entries\b/i,
  /\bDROP\s+TABLE\s+(IF\s+EXISTS\s+)?audit_entries\b/i,
  /\bREPLACE\s+INTO\s+audit_entries\b/i,
  /\bINSERT\s+OR\s+REPLACE\s+INTO\s+audit_entries\b/i,
  /INSERT\s+INTO\s+audit_entries[^;`]*ON\s+CONFLICT/i,
];

describe('audit_entries is append-only in the code', () => {
  const files = sourceFiles('src');

  it('finds the table where it is written (so the check below looks at the right text)', () => {
    const writers = files.filter((f) => /INSERT INTO audit_entries/.test(readFileSync(f, 'utf8')));
    expect(writers.map((f) => f.replace(/\\/g, '/')).sort()).toEqual([
      'src/server/store/postgres/migrations.ts',
      'src/server/store/postgres/postgresSyncStore.ts',
      'src/server/store/sqlite/migrations.ts',
      'src/server/store/sqlite/sqliteSyncStore.ts',
    ]);
  });

  it('has no statement that updates, deletes or replaces its rows, anywhere under src/', () => {
    const offenders = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return ALTERING.filter((pattern) => pattern.test(text)).map((pattern) => `${file}: ${pattern.source}`);
    });
    expect(offenders).toEqual([]);
  });

  it('would catch such a statement (the patterns match what they forbid)', () => {
    for (const statement of ['UPDATE audit_entries SET fields = NULL', 'delete from audit_entries where 1', 'INSERT INTO audit_entries (a) VALUES (1) ON CONFLICT DO NOTHING']) {
      expect(ALTERING.some((pattern) => pattern.test(statement))).toBe(true);
    }
  });
});
