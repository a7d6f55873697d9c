import type pg from 'pg';
import { FEEDBACK_COLUMNS, feedbackRow } from '../feedbackRows.ts';
import type { MergedRecord, StoredRecord } from '../mergeIncoming.ts';
import { DOSSIER_COLUMNS, dossierRow, type RowSource } from '../rows.ts';

type Table = 'dossiers' | 'feedback';

/** An upsert of `table` from `columns`, with `$n` parameters in column order and jsonb `data` and `clocks`. */
function upsert(table: Table, columns: ReadonlyArray<readonly [string, string]>): string {
  const names = columns.map(([c]) => c);
  const values = names.map((c, i) => (c === 'data' || c === 'clocks' ? `$${i + 1}::jsonb` : `$${i + 1}`));
  const updates = names.filter((c) => c !== 'unit_id' && c !== 'id').map((c) => `${c} = excluded.${c}`);
  return `INSERT INTO ${table} (${names.join(', ')}) VALUES (${values.join(', ')})
    ON CONFLICT (unit_id, id) DO UPDATE SET ${updates.join(', ')}`;
}

const UPSERT_DOSSIER = upsert('dossiers', DOSSIER_COLUMNS);
const UPSERT_FEEDBACK = upsert('feedback', FEEDBACK_COLUMNS);

function readQuery(table: Table): string {
  return `SELECT t.data AS data, t.clocks AS clocks, c.device_id AS "deviceId"
     FROM ${table} t JOIN changes c ON c.unit_id = t.unit_id AND c.change_id = t.change_id
     WHERE t.unit_id = $1 AND t.id = $2 FOR UPDATE OF t`;
}

const READ = { dossier: readQuery('dossiers'), feedback: readQuery('feedback') } as const;

/** The stored copy of a record, its row locked for the rest of the transaction. */
export async function readStoredRecord(client: pg.PoolClient, unitId: string, entity: 'dossier' | 'feedback', id: string): Promise<StoredRecord | undefined> {
  const result = await client.query<StoredRecord>(READ[entity], [unitId, id]);
  return result.rows[0];
}

/** Writes a merged record into `dossiers` or `feedback`; its change must already be in `changes`. */
export async function writeMergedRecord(client: pg.PoolClient, unitId: string, merged: MergedRecord, source: RowSource): Promise<void> {
  if (merged.entity === 'dossier') {
    const row = dossierRow(unitId, merged.record, source);
    await client.query(UPSERT_DOSSIER, DOSSIER_COLUMNS.map(([, p]) => row[p]));
  } else {
    const row = feedbackRow(unitId, merged.record, source);
    await client.query(UPSERT_FEEDBACK, FEEDBACK_COLUMNS.map(([, p]) => row[p]));
  }
}
