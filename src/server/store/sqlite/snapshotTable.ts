import type Database from 'better-sqlite3';
import type { StoredRecord } from '../mergeIncoming.ts';
import type { RowSource } from '../rows.ts';

/** The table holding the current (merged) copy of one kind of record, with prepared statements. */
export interface SnapshotTable<R> {
  /** The stored copy of `id`, or undefined when there is none. */
  read(unitId: string, id: string): StoredRecord | undefined;
  /** Inserts or replaces the copy of a record. */
  write(unitId: string, record: R, source: RowSource): void;
}

const KEY = new Set(['unit_id', 'id']);

/**
 * `dossiers` or `feedback`: one row per record, keyed by (unit_id, id), filled from the row
 * mapping `toRow` whose named parameters `columns` lists in table order.
 */
export function prepareSnapshotTable<R, Row extends object>(
  db: Database.Database,
  table: 'dossiers' | 'feedback',
  columns: ReadonlyArray<readonly [column: string, parameter: keyof Row & string]>,
  toRow: (unitId: string, record: R, source: RowSource) => Row,
): SnapshotTable<R> {
  const find = db.prepare<[string, string], StoredRecord>(
    `SELECT t.data AS data, t.clocks AS clocks, c.device_id AS deviceId
       FROM ${table} t JOIN changes c ON c.unit_id = t.unit_id AND c.change_id = t.change_id
      WHERE t.unit_id = ? AND t.id = ?`,
  );
  const upsert = db.prepare<[Row]>(
    `INSERT INTO ${table} (${columns.map(([c]) => c).join(', ')})
     VALUES (${columns.map(([, p]) => `@${p}`).join(', ')})
     ON CONFLICT (unit_id, id) DO UPDATE SET
       ${columns.filter(([c]) => !KEY.has(c)).map(([c]) => `${c} = excluded.${c}`).join(', ')}`,
  );
  return {
    read: (unitId, id) => find.get(unitId, id),
    write: (unitId, record, source) => {
      upsert.run(toRow(unitId, record, source));
    },
  };
}
