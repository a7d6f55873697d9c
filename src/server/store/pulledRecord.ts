import type { Entity, PulledRecord } from '../../sync/protocol.ts';
import { clockedSnapshot, type StoredRecord } from './mergeIncoming.ts';

/** A row of the pull query, from either snapshot table. */
export interface PullRow extends StoredRecord {
  readonly entity: Entity;
  readonly id: string;
  readonly pullSeq: number | string;
}

/** A stored row as a pull sends it: data in the current shape, with its register clocks. */
export function pulledRecord(row: PullRow): PulledRecord {
  const { value, clocks } = clockedSnapshot(row.entity, row);
  return { entity: row.entity, id: row.id, payload: value, clocks };
}

/** The SQL (one dialect placeholder style supplied) reading a unit's records after a cursor, both tables, in write order. */
export function pullQuery(placeholder: (n: number) => string): string {
  const part = (entity: Entity, table: string) =>
    `SELECT '${entity}' AS entity, t.id AS id, t.data AS data, t.clocks AS clocks, t.pull_seq AS "pullSeq", c.device_id AS "deviceId"
       FROM ${table} t JOIN changes c ON c.unit_id = t.unit_id AND c.change_id = t.change_id
      WHERE t.unit_id = ${placeholder(1)} AND t.pull_seq > ${placeholder(2)}`;
  return `${part('dossier', 'dossiers')} UNION ALL ${part('feedback', 'feedback')} ORDER BY "pullSeq" LIMIT ${placeholder(3)}`;
}

/**
 * The page a pull answers, from up to `limit + 1` rows (the extra one only says there is more).
 * A stored row that cannot be read is left out (and named in the server log by id only), so
 * one bad row never stops a whole unit's phones from pulling.
 */
export function pullPage(rows: readonly PullRow[], cursor: number, limit: number): { records: PulledRecord[]; cursor: number; more: boolean } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const records = page.flatMap((row) => {
    try {
      return [pulledRecord(row)];
    } catch {
      console.error(`Bỏ qua bản ghi ${row.entity} ${row.id} không đọc được khi gửi cho điện thoại.`);
      return [];
    }
  });
  return { records, cursor: last === undefined ? cursor : Number(last.pullSeq), more: rows.length > limit };
}

/**
 * A cursor beyond the unit's last write can only come from before a restore of the server from
 * an older backup: the phone then gets everything again (merging makes that harmless), and its
 * data-loss check tells the officer what the server lacks.
 */
export function cursorWithin(cursor: number, unitPullSeq: number): number {
  return cursor > unitPullSeq ? 0 : cursor;
}
